package dev.ecomops.returns.memory;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundGateway;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link RefundGateway} that pays into memory: for tests, demos and the simulator. Idempotent by
 * key (the first payment's reference comes back, nothing is paid twice, even from racing
 * threads); refuses a negative amount naming {@code amount}. Thread safe.
 */
public final class InMemoryRefundGateway implements RefundGateway {
  /**
   * One payment made.
   *
   * @param reference its reference
   * @param key the idempotency key it was paid under
   * @param orderId the order refunded
   * @param amount the amount
   * @param storeCredit whether it was store credit
   */
  public record Payment(String reference, String key, OrderId orderId, Money amount, boolean storeCredit) {}

  private final ConcurrentHashMap<String, Payment> byKey = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  @Override
  public String pay(String idempotencyKey, OrderId orderId, Money amount, boolean storeCredit) {
    if (amount.isNegative()) {
      throw ValidationException.of("amount", "must not be negative", amount);
    }
    return byKey.computeIfAbsent(idempotencyKey, k -> new Payment("RF-" + sequence.incrementAndGet(), k, orderId, amount,
        storeCredit)).reference();
  }

  /** Every payment made, in reference order. */
  public List<Payment> payments() {
    return byKey.values().stream().sorted(java.util.Comparator.comparingLong(p -> Long.parseLong(p.reference()
        .substring(3)))).toList();
  }
}
