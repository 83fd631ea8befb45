package dev.ecomops.core.catalog;

/** What a location can do beyond shipping domestic parcels. */
public enum LocationCapability {
  /** Ships to other countries. */
  SHIPS_INTERNATIONAL,
  /** Ships for same-day delivery. */
  SAME_DAY,
  /** Customers can pick orders up there. */
  PICKUP_POINT
}
