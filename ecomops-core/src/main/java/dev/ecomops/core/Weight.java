package dev.ecomops.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A non-negative mass, held exactly as a whole number of nanograms so that values given in
 * grams, kilograms, ounces or pounds convert and compare exactly. Up to about 9,200 tonnes.
 */
public final class Weight implements Comparable<Weight> {
  /** Zero mass. */
  public static final Weight ZERO = new Weight(0);

  private final long nanograms;

  private Weight(long nanograms) {
    this.nanograms = nanograms;
  }

  /**
   * A weight of {@code value} in {@code unit}. Digits below one nanogram are rounded half-even.
   *
   * @throws ValidationException naming {@code weight} if the value is negative or too large
   */
  public static Weight of(BigDecimal value, WeightUnit unit) {
    if (value.signum() < 0) {
      throw ValidationException.of("weight", "must be at least 0", value + " " + unit.symbol());
    }
    try {
      return new Weight(value.multiply(BigDecimal.valueOf(unit.nanograms()))
          .setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    } catch (ArithmeticException e) {
      throw ValidationException.of("weight", "must be at most 9.2e9 g", value + " " + unit.symbol());
    }
  }

  /** A weight of {@code value} in {@code unit}, e.g. {@code of("1.5", KG)}. */
  public static Weight of(String value, WeightUnit unit) {
    try {
      return of(new BigDecimal(value), unit);
    } catch (NumberFormatException e) {
      throw ValidationException.of("weight", "must be a decimal number", value);
    }
  }

  /** A weight of a whole number of {@code unit}. */
  public static Weight of(long value, WeightUnit unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /** The exact mass in nanograms. */
  public long nanograms() {
    return nanograms;
  }

  /**
   * This weight in {@code unit}: exact when the quotient terminates (always for g and kg and for
   * anything that was given in the target unit), otherwise to 16 significant digits.
   */
  public BigDecimal in(WeightUnit unit) {
    BigDecimal n = BigDecimal.valueOf(nanograms);
    BigDecimal d = BigDecimal.valueOf(unit.nanograms());
    try {
      return n.divide(d).stripTrailingZeros();
    } catch (ArithmeticException nonTerminating) {
      return n.divide(d, MathContext.DECIMAL64);
    }
  }

  /** The sum of two weights. */
  public Weight plus(Weight other) {
    return new Weight(Math.addExact(nanograms, other.nanograms));
  }

  /** This weight times a whole count. */
  public Weight times(long count) {
    return new Weight(Math.multiplyExact(nanograms, requireCount(count)));
  }

  private static long requireCount(long count) {
    if (count < 0) {
      throw ValidationException.of("count", "must be at least 0", count);
    }
    return count;
  }

  @Override
  public int compareTo(Weight o) {
    return Long.compare(nanograms, o.nanograms);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weight w && w.nanograms == nanograms;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(nanograms);
  }

  /** In grams, e.g. {@code 1500 g}. */
  @Override
  public String toString() {
    return in(WeightUnit.G).toPlainString() + " g";
  }
}
