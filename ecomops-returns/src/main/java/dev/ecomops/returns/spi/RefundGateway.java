package dev.ecomops.returns.spi;

import dev.ecomops.core.Money;
import dev.ecomops.core.order.OrderId;

/**
 * Pays refunds: the host's payment provider.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.returns.RefundGatewayContract}:
 *
 * <ol>
 *   <li><b>Idempotent by key.</b> Paying again with a key already paid returns the first payment's
 *       reference and pays nothing, also when several threads retry one key at once. (The
 *       {@code RefundLedger} makes a refund happen once even when the provider forgets keys after
 *       a day; this rule covers the retries within its window.)
 *   <li><b>Distinct refunds, distinct references.</b> Different keys are different payments.
 *   <li><b>Failures are the caller's to retry.</b> {@link #pay} may throw or time out before or
 *       after paying; the caller retries with the same key, and rule 1 keeps it to one payment.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface RefundGateway {

  /**
   * Pays a refund.
   *
   * @param idempotencyKey the same for retries of one refund
   * @param storeCredit whether to issue store credit instead of money
   * @return the provider's reference
   */
  String pay(String idempotencyKey, OrderId orderId, Money amount, boolean storeCredit);
}
