package dev.ecomops.core.inventory;


/**
 * A difference found by the {@code Reconciler}.
 *
 * @param key the (SKU, location)
 * @param bucket what differs, e.g. {@code onHand}
 * @param expected the value of the reference (the ledger replay, or the external snapshot)
 * @param actual the value checked (the stored balance, or our on hand)
 */
public record Discrepancy(StockKey key, String bucket, long expected, long actual) {

  /** Expected minus actual: the correction that would make actual agree. */
  public long difference() {
    return expected - actual;
  }
}
