package dev.ecomops.core.event;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Events of inbound supply: purchase-order status changes, promised dates, advance shipping
 * notices, receipts, inspections, and receipts that matched no order.
 */
public sealed interface SupplyEvent extends DomainEvent {

  /**
   * A purchase order changed status.
   *
   * @param purchaseOrderId the purchase order
   * @param supplier its supplier
   * @param from the status before, null when the order was just created
   * @param to the status after
   * @param occurredAt when
   */
  record PurchaseOrderStatusChanged(PurchaseOrderId purchaseOrderId, String supplier, @Nullable PoStatus from, PoStatus to,
      Instant occurredAt) implements SupplyEvent {
    /** Checks for nulls (but {@code from}). */
    public PurchaseOrderStatusChanged {
      Objects.requireNonNull(purchaseOrderId, "purchaseOrderId");
      Objects.requireNonNull(supplier, "supplier");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The supplier promised a line for a date (first confirmation, or a change).
   *
   * @param purchaseOrderId the purchase order
   * @param lineId the line
   * @param promised the date promised
   * @param occurredAt when
   */
  record PurchaseOrderLinePromised(PurchaseOrderId purchaseOrderId, String lineId, LocalDate promised, Instant occurredAt)
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
  record PurchaseOrderReceived(PurchaseOrderId purchaseOrderId, String supplier, String receiptId, Sku sku, long good, long damaged,
      LocalDate promised, Instant occurredAt) implements SupplyEvent {}

  /**
   * An advance shipping notice announced units of a purchase order.
   *
   * @param purchaseOrderId the purchase order
   * @param supplier its supplier
   * @param noticeId the notice
   * @param arrival the day the units are expected
   * @param units units announced, over all lines
   * @param occurredAt when
   */
  record AdvanceNoticeReceived(PurchaseOrderId purchaseOrderId, String supplier, String noticeId, LocalDate arrival, long units,
      Instant occurredAt) implements SupplyEvent {}

  /**
   * Units received on quality hold were inspected: passed units became sellable, failed ones damaged.
   *
   * @param purchaseOrderId the purchase order
   * @param supplier its supplier
   * @param sku the SKU
   * @param passed units released for sale
   * @param failed units found defective
   * @param occurredAt when
   */
  record ReceiptInspected(PurchaseOrderId purchaseOrderId, String supplier, Sku sku, long passed, long failed, Instant occurredAt)
      implements SupplyEvent {}

  /**
   * Units arrived that match no purchase-order line; they are held on quality hold.
   *
   * @param receiptId the receipt
   * @param supplier who sent them, if known
   * @param sku the SKU
   * @param location where they are held
   * @param quantity units
   * @param occurredAt when
   */
  record UnexpectedReceiptHeld(String receiptId, @Nullable String supplier, Sku sku, LocationId location, long quantity,
      Instant occurredAt) implements SupplyEvent {}

  /**
   * A held unexpected receipt was settled: matched to a purchase-order line, or written off.
   *
   * @param receiptId the receipt
   * @param resolution {@code po:<id>/<line>} or {@code written-off: <reason>}
   * @param occurredAt when
   */
  record UnexpectedReceiptResolved(String receiptId, String resolution, Instant occurredAt) implements SupplyEvent {}
}
