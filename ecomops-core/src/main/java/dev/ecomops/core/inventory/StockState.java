package dev.ecomops.core.inventory;

/** The condition of units on hand. Only sellable units can be reserved. */
public enum StockState {
  /** Fit to sell. */
  SELLABLE,
  /** Damaged: counted on hand, never available. */
  DAMAGED,
  /** On quality hold (inspection, recall): counted on hand, not available until released. */
  QUALITY_HOLD
}
