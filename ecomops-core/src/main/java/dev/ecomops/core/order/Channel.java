package dev.ecomops.core.order;

/** Where an order was placed. */
public enum Channel {
  /** The brand's web store. */
  WEB,
  /** The brand's mobile app. */
  MOBILE_APP,
  /** A marketplace (Amazon, eBay, Zalando, ...). */
  MARKETPLACE,
  /** A till in a store. */
  POINT_OF_SALE,
  /** Taken by phone or by customer service. */
  PHONE,
  /** A business customer's order. */
  WHOLESALE
}
