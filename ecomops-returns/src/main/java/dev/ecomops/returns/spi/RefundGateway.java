package dev.ecomops.returns.spi;

import dev.ecomops.core.Money;
import dev.ecomops.core.order.OrderId;

/**
 * Pays refunds: the host's payment provider. Calls must be idempotent by key: paying again with
 * a key already paid returns the first payment's reference and pays nothing.
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
