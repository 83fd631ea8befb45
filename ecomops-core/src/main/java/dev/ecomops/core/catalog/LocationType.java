package dev.ecomops.core.catalog;

/** The kind of place stock is kept. */
public enum LocationType {
  /** A distribution centre run by the brand. */
  WAREHOUSE,
  /** A retail store that can ship or hand over orders. */
  STORE,
  /** A node of a third-party logistics provider. */
  THIRD_PARTY
}
