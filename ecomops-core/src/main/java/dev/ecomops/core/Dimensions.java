package dev.ecomops.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * The outer dimensions of a box-shaped item or parcel: length, width and height, each held
 * exactly as a whole number of micrometres, so values given in mm, cm, m, inches or feet convert
 * and compare exactly. Each side is positive.
 */
public final class Dimensions {
  private final long length;
  private final long width;
  private final long height;

  private Dimensions(long length, long width, long height) {
    this.length = length;
    this.width = width;
    this.height = height;
  }

  /**
   * Dimensions given in one unit.
   *
   * @throws ValidationException naming {@code length}, {@code width} or {@code height} if a side
   *     is not positive or is below one micrometre
   */
  public static Dimensions of(BigDecimal length, BigDecimal width, BigDecimal height, LengthUnit unit) {
    return new Dimensions(side("length", length, unit), side("width", width, unit), side("height", height, unit));
  }

  /** Dimensions given in whole units, e.g. {@code of(30, 20, 10, CM)}. */
  public static Dimensions of(long length, long width, long height, LengthUnit unit) {
    return of(BigDecimal.valueOf(length), BigDecimal.valueOf(width), BigDecimal.valueOf(height), unit);
  }

  private static long side(String field, BigDecimal value, LengthUnit unit) {
    long um;
    try {
      um = value.multiply(BigDecimal.valueOf(unit.micrometres())).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    } catch (ArithmeticException e) {
      throw ValidationException.of(field, "must be at most 9.2e12 mm", value + " " + unit.symbol());
    }
    if (um < 1) {
      throw ValidationException.of(field, "must be positive", value + " " + unit.symbol());
    }
    return um;
  }

  /** Length in micrometres. */
  public long lengthMicrometres() {
    return length;
  }

  /** Width in micrometres. */
  public long widthMicrometres() {
    return width;
  }

  /** Height in micrometres. */
  public long heightMicrometres() {
    return height;
  }

  /** The length in {@code unit} (exact when the quotient terminates, else 16 significant digits). */
  public BigDecimal length(LengthUnit unit) {
    return convert(length, unit);
  }

  /** The width in {@code unit}. */
  public BigDecimal width(LengthUnit unit) {
    return convert(width, unit);
  }

  /** The height in {@code unit}. */
  public BigDecimal height(LengthUnit unit) {
    return convert(height, unit);
  }

  /**
   * The volume in cubic {@code unit} (e.g. cm³ or in³), exact when the quotient terminates.
   */
  public BigDecimal volume(LengthUnit unit) {
    BigDecimal um3 = BigDecimal.valueOf(length).multiply(BigDecimal.valueOf(width)).multiply(BigDecimal.valueOf(height));
    BigDecimal per = BigDecimal.valueOf(unit.micrometres()).pow(3);
    try {
      return um3.divide(per).stripTrailingZeros();
    } catch (ArithmeticException nonTerminating) {
      return um3.divide(per, MathContext.DECIMAL64);
    }
  }

  /** The sides sorted from longest to shortest, in micrometres. */
  public long[] sortedSidesMicrometres() {
    long[] s = {length, width, height};
    Arrays.sort(s);
    return new long[] {s[2], s[1], s[0]};
  }

  /**
   * Whether this box fits inside {@code container} in some axis-aligned orientation (sides
   * compared longest to longest).
   */
  public boolean fitsWithin(Dimensions container) {
    long[] a = sortedSidesMicrometres();
    long[] b = container.sortedSidesMicrometres();
    return a[0] <= b[0] && a[1] <= b[1] && a[2] <= b[2];
  }

  private static BigDecimal convert(long um, LengthUnit unit) {
    BigDecimal n = BigDecimal.valueOf(um);
    BigDecimal d = BigDecimal.valueOf(unit.micrometres());
    try {
      return n.divide(d).stripTrailingZeros();
    } catch (ArithmeticException nonTerminating) {
      return n.divide(d, MathContext.DECIMAL64);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimensions d && d.length == length && d.width == width && d.height == height;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(length) * 961 + Long.hashCode(width) * 31 + Long.hashCode(height);
  }

  /** In centimetres, e.g. {@code 30 x 20 x 10 cm}. */
  @Override
  public String toString() {
    return length(LengthUnit.CM).toPlainString() + " x " + width(LengthUnit.CM).toPlainString()
        + " x " + height(LengthUnit.CM).toPlainString() + " cm";
  }
}
