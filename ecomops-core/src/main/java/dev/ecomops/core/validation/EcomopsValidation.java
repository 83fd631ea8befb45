package dev.ecomops.core.validation;

import dev.ecomops.core.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Builds the Jakarta {@link Validator} ecomops services use at their entry points and turns its
 * violations into a {@link ValidationException}.
 *
 * <p>The validator is Hibernate Validator configured without Jakarta EL (a {@link
 * ParameterMessageInterpolator}, so {@code ${...}} expressions are not expanded: constraints that
 * use them carry explicit messages), with English messages whatever the default locale, and with a
 * getter strategy that sees Immutables-style accessors ({@code code()}, not {@code getCode()}).
 * Building one is expensive (milliseconds); a service builds it once and keeps it.
 */
public final class EcomopsValidation {
  /**
   * Hibernate Validator announces its version at INFO when it starts (HV000001). Without a logging
   * backend of the host's, that goes through java.util.logging to every adopter's console and test
   * output; a library should not speak unasked, so this one logger is set to WARNING. Held here
   * because java.util.logging keeps loggers only weakly. A host with SLF4J or Log4j configures it
   * there as usual.
   */
  static final java.util.logging.Logger BANNER =
      java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

  static {
    if (BANNER.getLevel() == null) {
      BANNER.setLevel(java.util.logging.Level.WARNING);
    }
  }

  private EcomopsValidation() {}

  /**
   * One validator configured as described above, built on first use and shared: validators are
   * thread safe, and building one costs milliseconds, too much for every in-memory catalog.
   *
   * @return the shared, thread-safe validator
   */
  public static Validator shared() {
    return Shared.VALIDATOR;
  }

  /** Holds the shared validator; the JVM builds it once, on first access (initialization-on-demand). */
  private static final class Shared {
    static final Validator VALIDATOR = newValidator();
  }

  /**
   * A new validator configured as described above.
   *
   * @return a thread-safe validator
   */
  public static Validator newValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Validates {@code value} and throws if it breaks any constraint.
   *
   * @param validator the validator, usually from {@link #newValidator()}
   * @param value the value to check
   * @return the value, for chaining
   * @throws ValidationException listing every violation (path, rule, value)
   */
  public static <T> T validate(Validator validator, T value) {
    Set<ConstraintViolation<T>> found = validator.validate(value);
    if (!found.isEmpty()) {
      List<ValidationException.Violation> list = new ArrayList<>();
      for (ConstraintViolation<T> v : found) {
        list.add(new ValidationException.Violation(
            v.getPropertyPath().toString(), v.getMessage(), String.valueOf(v.getInvalidValue())));
      }
      throw ValidationException.of(list);
    }
    return value;
  }

  /** Accepts no-argument, non-void public methods other than Object's, as properties. */
  private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> EXCLUDED = Set.of("hashCode", "toString", "getClass", "clone", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || EXCLUDED.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

}
