package dev.ecomops.core.event;

import dev.ecomops.core.Sku;
import java.time.Instant;
import java.time.LocalDate;

/** Events of purchase orders: status changes, new promised dates, receipts. */
public sealed interface SupplyEvent extends DomainEvent {

  /** The purchase order. */
  String purchaseOrderId();

  /**
   * A purchase order changed status.
   *
   * @param purchaseOrderId the purchase order
   * @param supplier its supplier
   * @param from the status before ({@code NONE} when created)
   * @param to the status after
   * @param occurredAt when
   */
  record PurchaseOrderStatusChanged(String purchaseOrderId, String supplier, String from, String to, Instant occurredAt)
      implements SupplyEvent {}

  /**
   * The supplier promised a line for a date (first confirmation, or a change).
   *
   * @param purchaseOrderId the purchase order
   * @param lineId the line
   * @param promised the date promised
   * @param occurredAt when
   */
  record PurchaseOrderLinePromised(String purchaseOrderId, String lineId, LocalDate promised, Instant occurredAt)
      implements SupplyEvent {}

  /**
   * Units of a line arrived.
   *
   * @param purchaseOrderId the purchase order
   * @param supplier its supplier
   * @param receiptId the receipt
   * @param sku the SKU
   * @param good units in good order
   * @param damaged units damaged
   * @param promised the date promised for the line (for on-time measures), if any
   * @param occurredAt when
   */
  record PurchaseOrderReceived(String purchaseOrderId, String supplier, String receiptId, Sku sku, long good, long damaged,
      LocalDate promised, Instant occurredAt) implements SupplyEvent {}
}
