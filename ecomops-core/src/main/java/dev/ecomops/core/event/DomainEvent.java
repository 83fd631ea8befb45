package dev.ecomops.core.event;

import java.time.Instant;

/**
 * An immutable fact about a committed change. Sealed: one sub-interface per emitting domain, so a
 * consumer's {@code switch} is checked for completeness. Later domains (orders, fulfillment,
 * shipments, returns, supply, service) add their own.
 */
public sealed interface DomainEvent
    permits InventoryEvent, OrderEvent, FulfillmentEvent, ReturnEvent, SupplyEvent, SupportEvent {

  /** When the change happened, from the emitting service's clock. */
  Instant occurredAt();
}
