package dev.ecomops.returns.spi;

import dev.ecomops.core.Money;
import dev.ecomops.core.order.OrderId;
import java.util.Objects;

/**
 * One refund, as {@code ReturnService} records it in a {@link RefundLedger}: first the intent (no
 * reference yet), written before the gateway is called, then the payment's reference.
 *
 * @param key the refund's idempotency key, the one the gateway is called with
 * @param version 1 for the intent, 2 once paid
 * @param orderId the order refunded
 * @param amount what is (or was) paid; a retry pays this amount, whatever it asks for
 * @param storeCredit whether it is paid as store credit
 * @param reference the gateway's reference once paid, else empty
 */
public record RefundRecord(String key, long version, OrderId orderId, Money amount, boolean storeCredit,
    String reference) {

  /** Checks for nulls. */
  public RefundRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
  }

  /** Whether the gateway's payment is recorded. */
  public boolean paid() {
    return !reference.isEmpty();
  }

  /** This record, paid under {@code paymentReference}, at the next version. */
  public RefundRecord paidAs(String paymentReference) {
    return new RefundRecord(key, version + 1, orderId, amount, storeCredit, paymentReference);
  }
}
