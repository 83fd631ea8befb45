package dev.ecomops.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input breaks one or more rules. Holds every violation, sorted by path then rule,
 * and its message has one line per violation, such as {@code quantity: must be at least 1
 * (was -3)}. The operation that threw changed nothing.
 */
public final class ValidationException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  /** One broken rule: the property path, the rule and the offending value as text. */
  public record Violation(String path, String rule, String value) {
    /** {@code path: rule (was value)}. */
    @Override
    public String toString() {
      return path + ": " + rule + " (was " + value + ")";
    }
  }

  private final List<Violation> violations;

  private ValidationException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    this.violations = violations;
  }

  /**
   * An exception for one or more violations.
   *
   * @param violations at least one violation
   * @return the exception, with violations sorted by path then rule
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public static ValidationException of(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
    return new ValidationException(List.copyOf(sorted));
  }

  /**
   * An exception for a single violation.
   *
   * @param path the field, e.g. {@code quantity} or {@code lines[2].sku}
   * @param rule the rule, e.g. {@code must be at least 1}
   * @param value the offending value (may be null)
   */
  public static ValidationException of(String path, String rule, @Nullable Object value) {
    return of(List.of(new Violation(path, rule, String.valueOf(value))));
  }

  /** The violations, sorted by path then rule; never empty. */
  public List<Violation> violations() {
    return violations;
  }
}
