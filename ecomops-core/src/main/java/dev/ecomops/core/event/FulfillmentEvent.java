package dev.ecomops.core.event;

import dev.ecomops.core.Sku;
import dev.ecomops.core.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Events of fulfilment: pack verification, and orders handed to and shipped by a fulfilment provider. */
public sealed interface FulfillmentEvent extends DomainEvent {

  /** The order concerned. */
  OrderId orderId();

  /** What a pack check found wrong on one SKU. */
  enum DiscrepancyKind {
    /** A SKU that is not on the order was scanned. */
    WRONG_ITEM,
    /** Fewer units than ordered were scanned (but some). */
    WRONG_QUANTITY,
    /** An ordered SKU was not scanned at all. */
    MISSING,
    /** More units than ordered were scanned. */
    EXTRA
  }

  /**
   * One error of a pack check.
   *
   * @param sku the SKU
   * @param kind what is wrong
   * @param expected units ordered (0 for a wrong item)
   * @param scanned units scanned
   */
  record Discrepancy(Sku sku, DiscrepancyKind kind, long expected, long scanned) {
    /** Checks for nulls. */
    public Discrepancy {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * A package was checked against its order's lines before closing. Order accuracy counts the
   * checks that passed.
   *
   * @param orderId the order
   * @param packageId the package checked
   * @param passed whether nothing was wrong
   * @param discrepancies what was wrong, empty when passed
   * @param occurredAt when
   */
  record PackVerified(OrderId orderId, String packageId, boolean passed, List<Discrepancy> discrepancies,
      Instant occurredAt) implements FulfillmentEvent {
    /** Copies the discrepancies. */
    public PackVerified {
      discrepancies = List.copyOf(discrepancies);
    }
  }

  /**
   * An order was handed to a fulfilment provider (a 3PL).
   *
   * @param orderId the order
   * @param provider the provider's name
   * @param reference the provider's reference for it
   * @param occurredAt when
   */
  record SubmittedToProvider(OrderId orderId, String provider, String reference, Instant occurredAt)
      implements FulfillmentEvent {}

  /**
   * A provider cancelled an order at our request.
   *
   * @param orderId the order
   * @param provider the provider's name
   * @param reference the provider's reference
   * @param occurredAt when
   */
  record ProviderCancelled(OrderId orderId, String provider, String reference, Instant occurredAt)
      implements FulfillmentEvent {}

  /**
   * A provider confirmed a shipment.
   *
   * @param orderId the order
   * @param provider the provider's name
   * @param carrier the carrier
   * @param trackingNumber the tracking number
   * @param units units shipped
   * @param occurredAt when it shipped
   */
  record ProviderShipped(OrderId orderId, String provider, String carrier, String trackingNumber, long units,
      Instant occurredAt) implements FulfillmentEvent {}
}
