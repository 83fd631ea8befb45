package dev.ecomops.returns.policy;

/** The condition the customer declares an item in. */
public enum ItemCondition {
  /** Unopened, tags on. */
  UNOPENED,
  /** Opened, unused. */
  OPENED,
  /** Used. */
  USED,
  /** Damaged. */
  DAMAGED
}
