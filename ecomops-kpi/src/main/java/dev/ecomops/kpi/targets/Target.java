package dev.ecomops.kpi.targets;

import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.Kpi;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A threshold for a KPI: at least {@code min}, at most {@code max}, or both (for example order
 * accuracy at least 0.99, cycle time p90 at most 48 hours).
 *
 * @param kpi the KPI
 * @param min the lowest acceptable value, or null
 * @param max the highest acceptable value, or null
 */
public record Target(Kpi kpi, @Nullable Double min, @Nullable Double max) {

  /** @throws ValidationException naming {@code min} when neither bound is given or they cross or are not finite */
  public Target {
    Objects.requireNonNull(kpi, "kpi");
    if (min == null && max == null) {
      throw ValidationException.of("min", "a target needs min, max or both", kpi.id());
    }
    if ((min != null && !Double.isFinite(min)) || (max != null && !Double.isFinite(max))) {
      throw ValidationException.of("min", "bounds must be finite numbers", kpi.id());
    }
    if (min != null && max != null && min > max) {
      throw ValidationException.of("min", "must not exceed max (" + max + ")", min);
    }
  }

  /** At least {@code min}. */
  public static Target atLeast(Kpi kpi, double min) {
    return new Target(kpi, min, null);
  }

  /** At most {@code max}. */
  public static Target atMost(Kpi kpi, double max) {
    return new Target(kpi, null, max);
  }

  /** Whether a value misses it; an undefined (NaN) value misses nothing (there was nothing to measure). */
  public boolean missedBy(double value) {
    return !Double.isNaN(value) && ((min != null && value < min) || (max != null && value > max));
  }

  /** The bound in words: {@code ≥ 0.99}, {@code ≤ 48}, or {@code 0.9 to 1.1}. */
  public String describe() {
    if (min != null && max != null) {
      return min + " to " + max;
    }
    return min != null ? "≥ " + min : "≤ " + max;
  }
}
