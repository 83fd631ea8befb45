package dev.ecomops.testkit.fault;

import dev.ecomops.core.Money;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundGateway;
import java.util.Objects;

/**
 * A {@link RefundGateway} that fails as a payment provider does: it may throw before paying, or
 * pay and then throw (the response lost on the way back), or time out either way.
 */
public final class FaultyRefundGateway implements RefundGateway {
  private final RefundGateway delegate;
  private final FaultInjector faults;

  /**
   * A wrapper.
   *
   * @param delegate the real gateway
   * @param faults the source of faults
   */
  public FaultyRefundGateway(RefundGateway delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public String pay(String idempotencyKey, OrderId orderId, Money amount, boolean storeCredit) {
    return faults.call("RefundGateway.pay", () -> delegate.pay(idempotencyKey, orderId, amount, storeCredit));
  }
}
