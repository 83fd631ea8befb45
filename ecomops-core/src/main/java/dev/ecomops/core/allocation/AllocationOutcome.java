package dev.ecomops.core.allocation;

/** How an allocation ended. */
public enum AllocationOutcome {
  /** Every unit is held. */
  ALLOCATED,
  /** Some units are held; the rest is backordered or cancelled as the policy says. */
  PARTLY_ALLOCATED,
  /** Nothing is held now; every unit waits for stock. */
  BACKORDERED,
  /** Nothing is held: the policy refuses a shortfall and there was one. */
  REJECTED
}
