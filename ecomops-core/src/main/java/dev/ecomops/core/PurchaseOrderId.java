package dev.ecomops.core;

/**
 * The id of a purchase order, chosen by the host or its ERP, e.g. {@code PO-2026-0042}. Typed,
 * as every entity's id is, so that a purchase order's id cannot be passed where a receipt's or a
 * supplier's is meant.
 *
 * @param value 1 to 100 characters, not blank
 */
public record PurchaseOrderId(String value) implements Comparable<PurchaseOrderId> {

  /** @throws ValidationException naming {@code purchaseOrderId} if blank or longer than 100 characters */
  public PurchaseOrderId {
    Check.text("purchaseOrderId", value, 100);
  }

  /**
   * The id with this value.
   *
   * @throws ValidationException naming {@code purchaseOrderId} if blank or longer than 100 characters
   */
  public static PurchaseOrderId of(String value) {
    return new PurchaseOrderId(value);
  }

  @Override
  public int compareTo(PurchaseOrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
