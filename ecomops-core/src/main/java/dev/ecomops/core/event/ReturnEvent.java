package dev.ecomops.core.event;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.order.OrderId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Events of returns (RMAs): status changes, receipts, inspections and refunds. */
public sealed interface ReturnEvent extends DomainEvent {

  /** The RMA's identifier. */
  RmaId rmaId();

  /** The order returned from. */
  OrderId orderId();

  /**
   * An RMA changed status.
   *
   * @param rmaId the RMA
   * @param orderId the order
   * @param from the status before, null when the RMA was just opened
   * @param to the status after
   * @param occurredAt when
   */
  record RmaStatusChanged(RmaId rmaId, OrderId orderId, @Nullable RmaStatus from, RmaStatus to, Instant occurredAt)
      implements ReturnEvent {
    /** Checks for nulls (but {@code from}). */
    public RmaStatusChanged {
      Objects.requireNonNull(rmaId, "rmaId");
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * Units arrived back.
   *
   * @param rmaId the RMA
   * @param orderId the order
   * @param packageId the package they came in
   * @param location where they arrived (the RMA's return location)
   * @param sku the SKU
   * @param quantity units
   * @param occurredAt when
   */
  record ReturnReceived(RmaId rmaId, OrderId orderId, String packageId, LocationId location, Sku sku, long quantity,
      Instant occurredAt) implements ReturnEvent {}

  /**
   * Units were graded and dispositioned (and posted to inventory).
   *
   * @param rmaId the RMA
   * @param orderId the order
   * @param sku the SKU
   * @param grade the inspection grade, e.g. {@code A}
   * @param disposition what happens to them, e.g. {@code RESTOCK_SELLABLE}
   * @param quantity units
   * @param occurredAt when
   */
  record ReturnInspected(RmaId rmaId, OrderId orderId, Sku sku, String grade, String disposition, long quantity,
      Instant occurredAt) implements ReturnEvent {}

  /**
   * Money went back to the customer.
   *
   * @param rmaId the RMA
   * @param orderId the order
   * @param amount how much
   * @param storeCredit whether as store credit
   * @param occurredAt when
   */
  record RefundIssued(RmaId rmaId, OrderId orderId, Money amount, boolean storeCredit, Instant occurredAt)
      implements ReturnEvent {}
}
