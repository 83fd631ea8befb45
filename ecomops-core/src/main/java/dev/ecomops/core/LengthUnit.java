package dev.ecomops.core;

/**
 * Units of length, each an exact whole number of micrometres (the international inch is exactly
 * 25.4 mm), so conversions through micrometres are exact.
 */
public enum LengthUnit {
  /** Millimetre. */
  MM(1_000L, "mm"),
  /** Centimetre. */
  CM(10_000L, "cm"),
  /** Metre. */
  M(1_000_000L, "m"),
  /** International inch, 2.54 cm. */
  IN(25_400L, "in"),
  /** International foot, 12 inches. */
  FT(304_800L, "ft");

  private final long micrometres;
  private final String symbol;

  LengthUnit(long micrometres, String symbol) {
    this.micrometres = micrometres;
    this.symbol = symbol;
  }

  /** Micrometres in one of this unit. */
  public long micrometres() {
    return micrometres;
  }

  /** The symbol, e.g. {@code cm}. */
  public String symbol() {
    return symbol;
  }
}
