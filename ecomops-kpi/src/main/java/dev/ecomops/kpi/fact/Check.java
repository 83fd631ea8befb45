package dev.ecomops.kpi.fact;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import java.time.Instant;
import java.util.Objects;

/** Field checks shared by the fact records. */
final class Check {
  private Check() {}

  /** The id must not be blank, the instant present, the segments present (empty allowed). */
  static void present(String idField, String id, Instant at, String... segments) {
    if (id == null || id.isBlank()) {
      throw ValidationException.of(idField, "must not be blank", id);
    }
    Objects.requireNonNull(at, "at");
    for (String s : segments) {
      Objects.requireNonNull(s, "segment");
    }
  }

  static void atLeast(String field, long value, long min) {
    if (value < min) {
      throw ValidationException.of(field, "must be at least " + min, value);
    }
  }

  static void money(String field, Money m) {
    Objects.requireNonNull(m, field);
    if (m.amount().signum() < 0) {
      throw ValidationException.of(field, "must not be negative", m);
    }
  }

  static void notAfter(String field, Instant earlier, Instant at) {
    Objects.requireNonNull(earlier, field);
    if (earlier.isAfter(at)) {
      throw ValidationException.of(field, "must not be after at (" + at + ")", earlier);
    }
  }
}
