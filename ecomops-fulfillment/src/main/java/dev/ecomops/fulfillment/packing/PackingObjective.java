package dev.ecomops.fulfillment.packing;

/** What a packing minimizes when choosing cartons. */
public enum PackingObjective {
  /** The number of cartons, then their volume. */
  COUNT,
  /** The total billable weight: each carton's greater of actual and dimensional weight. */
  BILLABLE_WEIGHT,
  /** The total cost of the cartons. */
  COST
}
