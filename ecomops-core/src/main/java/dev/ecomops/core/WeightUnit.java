package dev.ecomops.core;

/**
 * Units of mass, each an exact whole number of nanograms: the international pound is defined as
 * exactly 0.45359237 kg (1959), and the avoirdupois ounce as 1/16 pound, so conversions through
 * nanograms are exact.
 */
public enum WeightUnit {
  /** Gram. */
  G(1_000_000_000L, "g"),
  /** Kilogram. */
  KG(1_000_000_000_000L, "kg"),
  /** Avoirdupois ounce, 28.349523125 g. */
  OZ(28_349_523_125L, "oz"),
  /** International pound, 453.59237 g. */
  LB(453_592_370_000L, "lb");

  private final long nanograms;
  private final String symbol;

  WeightUnit(long nanograms, String symbol) {
    this.nanograms = nanograms;
    this.symbol = symbol;
  }

  /** Nanograms in one of this unit. */
  public long nanograms() {
    return nanograms;
  }

  /** The symbol, e.g. {@code kg}. */
  public String symbol() {
    return symbol;
  }
}
