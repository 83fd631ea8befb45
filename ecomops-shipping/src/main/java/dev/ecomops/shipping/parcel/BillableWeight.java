package dev.ecomops.shipping.parcel;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A carrier's billable-weight rule: the greater of actual and dimensional weight, rounded up to
 * a whole increment, all in the carrier's unit system. Dimensional weight is volume over the
 * divisor: for example 139 in³/lb (US ground retail), 166 in³/lb, or 5,000 cm³/kg (most
 * international express). Exact: the arithmetic runs in decimals, not doubles.
 *
 * @param divisor volume per unit of weight, positive
 * @param system the units of the divisor, of the rounding and of the result
 * @param increment the rounding step in the system's weight unit (1 for whole pounds, 0.5 for half kilograms), positive
 */
public record BillableWeight(BigDecimal divisor, UnitSystem system, BigDecimal increment) {
  /** @throws ValidationException naming the field that breaks its rule */
  public BillableWeight {
    Objects.requireNonNull(system, "system");
    if (divisor == null || divisor.signum() <= 0) {
      throw ValidationException.of("divisor", "must be positive", divisor);
    }
    if (increment == null || increment.signum() <= 0) {
      throw ValidationException.of("increment", "must be positive", increment);
    }
  }

  /** Dimensional weight: volume / divisor, in the system's weight unit (unrounded, 6 decimals up). */
  public BigDecimal dimensional(Parcel p) {
    return p.dimensions().volume(system.length()).divide(divisor, 6, RoundingMode.UP);
  }

  /**
   * The billable weight of a parcel in the system's weight unit: max(actual, dimensional),
   * rounded up to the increment, at least one increment. Computed in floating point when the
   * result is unambiguous (the number of increments is not within 10⁻⁹ of a whole number), and
   * exactly in decimals otherwise, so boundary cases are exact and the common case is fast.
   */
  public BigDecimal of(Parcel p) {
    double unit = system.length().micrometres();
    double volume = p.dimensions().lengthMicrometres() / unit * (p.dimensions().widthMicrometres() / unit)
        * (p.dimensions().heightMicrometres() / unit);
    double heavier = Math.max((double) p.weight().nanograms() / system.weight().nanograms(),
        volume / divisor.doubleValue());
    double steps = heavier / increment.doubleValue();
    double up = Math.ceil(steps);
    if (up - steps > 1e-9 && steps - Math.floor(steps) > 1e-9 && up < 1e15) {
      return BigDecimal.valueOf((long) Math.max(1, up)).multiply(increment);
    }
    return exact(p);
  }

  /** {@link #of} in exact decimal arithmetic. */
  BigDecimal exact(Parcel p) {
    BigDecimal actual = p.weight().in(system.weight());
    BigDecimal heavier = actual.max(dimensional(p));
    BigDecimal steps = heavier.divide(increment, 0, RoundingMode.CEILING);
    return steps.multiply(increment).max(increment);
  }

  /** The billable weight as a {@link Weight}. */
  public Weight weight(Parcel p) {
    return Weight.of(of(p), system.weight());
  }
}
