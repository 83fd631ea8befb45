package dev.ecomops.core.inventory;

/** Where a reservation is in its life. Only {@link #ACTIVE} holds units. */
public enum ReservationStatus {
  /** Units are held. */
  ACTIVE,
  /** Every unit was given back by a release. */
  RELEASED,
  /** The time-to-live ran out before the units were confirmed. */
  EXPIRED,
  /** Every held unit was confirmed (picked); some may have been released before. */
  CONFIRMED,
  /** Every picked unit has shipped. */
  SHIPPED;

  /** Whether the reservation can still change. */
  public boolean isOpen() {
    return this == ACTIVE || this == CONFIRMED;
  }
}
