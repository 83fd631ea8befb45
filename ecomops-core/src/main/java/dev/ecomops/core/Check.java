package dev.ecomops.core;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Cheap structural checks for hot paths and {@code @Value.Check} methods, each throwing a
 * {@link ValidationException} whose message names the field, the value and the rule, e.g.
 * {@code quantity: must be at least 1 (was -3)}.
 */
public final class Check {
  private Check() {}

  /**
   * Requires {@code value >= 1}.
   *
   * @return the value
   * @throws ValidationException naming {@code field} otherwise
   */
  public static long positive(String field, long value) {
    if (value < 1) {
      throw ValidationException.of(field, "must be at least 1", value);
    }
    return value;
  }

  /**
   * The most units one line, reservation or receipt may carry: 10^12. Sums of a few million such
   * quantities stay exact in a {@code long}, and a quantity no operation could mean is refused
   * instead of overflowing a total.
   */
  public static final long MAX_QUANTITY = 1_000_000_000_000L;

  /**
   * Requires {@code 1 <= value <= MAX_QUANTITY}.
   *
   * @return the value
   * @throws ValidationException naming {@code field} otherwise
   */
  public static long quantity(String field, long value) {
    positive(field, value);
    if (value > MAX_QUANTITY) {
      throw ValidationException.of(field, "must be at most " + MAX_QUANTITY, value);
    }
    return value;
  }

  /**
   * Requires {@code value >= 0}.
   *
   * @return the value
   * @throws ValidationException naming {@code field} otherwise
   */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw ValidationException.of(field, "must be at least 0", value);
    }
    return value;
  }

  /**
   * Requires {@code value != 0}.
   *
   * @return the value
   * @throws ValidationException naming {@code field} otherwise
   */
  public static long nonZero(String field, long value) {
    if (value == 0) {
      throw ValidationException.of(field, "must not be 0", value);
    }
    return value;
  }

  /**
   * Requires a non-null value.
   *
   * @return the value
   * @throws ValidationException naming {@code field} if it is null
   */
  public static <T> T present(String field, @Nullable T value) {
    if (value == null) {
      throw ValidationException.of(field, "must not be null", null);
    }
    return value;
  }

  /**
   * Requires a non-null string with a non-whitespace character, at most {@code maxLength} long.
   *
   * @return the value
   * @throws ValidationException naming {@code field} otherwise
   */
  public static String text(String field, @Nullable String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(field, "must not be blank", value == null ? null : "'" + value + "'");
    }
    if (value.length() > maxLength) {
      throw ValidationException.of(field, "must be at most " + maxLength + " characters", value.length() + " characters");
    }
    return value;
  }

  /**
   * Requires {@code value >= min}.
   *
   * @return the value
   * @throws ValidationException naming {@code field} otherwise
   */
  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw ValidationException.of(field, "must be at least " + min, value);
    }
    return value;
  }

  /**
   * Requires a non-null string with a non-whitespace character, of any length.
   *
   * @return the value
   * @throws ValidationException naming {@code field} otherwise
   */
  public static String notBlank(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(field, "must not be blank", value == null ? null : "'" + value + "'");
    }
    return value;
  }

  /**
   * Requires an amount of money of at least 0.
   *
   * @return the amount
   * @throws ValidationException naming {@code field} if it is null or negative
   */
  public static Money nonNegative(String field, @Nullable Money value) {
    present(field, value);
    if (value.amount().signum() < 0) {
      throw ValidationException.of(field, "must not be negative", value);
    }
    return value;
  }

  /**
   * Requires {@code value} not to be after {@code limit}, which the rule names as {@code limitField}.
   *
   * @return the value
   * @throws ValidationException naming {@code field} if it is null or after the limit
   */
  public static Instant notAfter(String field, @Nullable Instant value, String limitField, Instant limit) {
    present(field, value);
    if (value.isAfter(limit)) {
      throw ValidationException.of(field, "must not be after " + limitField + " (" + limit + ")", value);
    }
    return value;
  }
}
