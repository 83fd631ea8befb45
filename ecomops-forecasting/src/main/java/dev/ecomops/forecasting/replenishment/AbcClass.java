package dev.ecomops.forecasting.replenishment;

/** Pareto class of a SKU by its share of total value. */
public enum AbcClass {
  /** The few SKUs that make most of the value. */
  A,
  /** The middle. */
  B,
  /** The long tail. */
  C
}
