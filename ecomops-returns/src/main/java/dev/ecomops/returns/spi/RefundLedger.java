package dev.ecomops.returns.spi;

import dev.ecomops.core.order.OrderId;
import java.util.List;
import java.util.Optional;

/**
 * Where refunds are recorded by idempotency key: the intent before the payment gateway is called,
 * then its reference. It makes a refund happen once however often it is retried, even through a
 * gateway whose own idempotency has expired (many keep keys for a day), and pins the amount a
 * retry pays to the one first intended.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.returns.RefundLedgerContract}:
 *
 * <ol>
 *   <li><b>Conditional, atomic saves.</b> {@link #save} stores the record only if the stored
 *       version is {@code expectedVersion} (0: absent); of two concurrent saves against one version
 *       at most one succeeds. Reads return the record as saved.
 *   <li><b>By order.</b> {@link #byOrder} lists exactly the records of an order, by key.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface RefundLedger {

  /**
   * Stores a record if the stored version is {@code expectedVersion} (0 for a new one).
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(RefundRecord record, long expectedVersion);

  /** The record of an idempotency key. */
  Optional<RefundRecord> find(String key);

  /** Every record of an order, by key. */
  List<RefundRecord> byOrder(OrderId orderId);
}
