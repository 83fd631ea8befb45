package dev.ecomops.shipping.spi;

/** The normalized tracking vocabulary every carrier's events are mapped to. */
public enum TrackingStatus {
  /** Label created, not yet handed over. */
  PRE_TRANSIT,
  /** Moving through the network. */
  IN_TRANSIT,
  /** On the vehicle for delivery today. */
  OUT_FOR_DELIVERY,
  /** Waiting at a pickup point or locker. */
  AVAILABLE_FOR_PICKUP,
  /** Delivered. */
  DELIVERED,
  /** A delivery attempt failed. */
  DELIVERY_FAILED,
  /** On its way back to the sender. */
  RETURNED_TO_SENDER,
  /** Something went wrong (damage, customs hold, lost). */
  EXCEPTION
}
