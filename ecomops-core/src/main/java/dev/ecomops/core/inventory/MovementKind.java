package dev.ecomops.core.inventory;

/**
 * What a ledger movement does to a {@link Balance}. Quantities are positive except for
 * {@link #ADJUSTMENT} and {@link #COUNT_CORRECTION}, whose quantity is a signed, non-zero delta,
 * and {@link #SAFETY_STOCK}, whose quantity is the new level (zero allowed).
 */
public enum MovementKind {
  /** Units arrive (optionally against a scheduled supply): on hand up, in the movement's state. */
  RECEIPT,
  /** A signed correction with a reason (shrinkage, found stock): sellable on hand changes. */
  ADJUSTMENT,
  /** Units leave for another location: on hand down here. */
  TRANSFER_OUT,
  /** Units dispatched to this location by a transfer: in transit up, scheduled for a date. */
  TRANSFER_IN_TRANSIT,
  /** A transfer arrives: in transit down, on hand up. */
  TRANSFER_IN,
  /** Sellable units promised to a reservation: reserved up. */
  RESERVE,
  /** A reservation gives units back: reserved down. */
  RELEASE,
  /** A reservation's time-to-live ran out: reserved down. */
  EXPIRE,
  /** Reserved units taken off the shelf: reserved and on hand down, picked up. */
  PICK,
  /** Picked units leave with a shipment: picked down. */
  SHIP,
  /**
   * Picked units go back on the shelf (the order was cancelled after picking): picked down, on
   * hand up, sellable, into the lot they were picked from.
   */
  PUT_BACK,
  /** Units come back from a customer: on hand up, in the movement's state. */
  RETURN,
  /** A cycle count's signed correction: sellable on hand changes. */
  COUNT_CORRECTION,
  /** Units change state (sellable, damaged, quality hold); on hand unchanged. */
  STATE_CHANGE,
  /** Supply (a purchase order line) is expected on a date: incoming up. */
  SUPPLY_EXPECTED,
  /** Expected supply is cancelled: incoming down. */
  SUPPLY_CANCELLED,
  /** The safety stock level is set; quantity is the new level. */
  SAFETY_STOCK
}
