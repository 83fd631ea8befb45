package dev.ecomops.testkit.fault;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.RefundRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@link RefundLedger} whose writes and reads fail as a database's do (see {@link FaultInjector}). */
public final class FaultyRefundLedger implements RefundLedger {
  private final RefundLedger delegate;
  private final FaultInjector faults;

  /**
   * A wrapper.
   *
   * @param delegate the real ledger
   * @param faults the source of faults
   */
  public FaultyRefundLedger(RefundLedger delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public boolean save(RefundRecord record, long expectedVersion) {
    return faults.write("RefundLedger.save", () -> delegate.save(record, expectedVersion), false);
  }

  @Override
  public Optional<RefundRecord> find(String key) {
    faults.read("RefundLedger.find");
    return delegate.find(key);
  }

  @Override
  public List<RefundRecord> byOrder(OrderId orderId) {
    faults.read("RefundLedger.byOrder");
    return delegate.byOrder(orderId);
  }
}
