package dev.ecomops.testkit.returns;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.memory.InMemoryRefundLedger;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.RefundRecord;
import java.util.List;
import java.util.Optional;

/** A ledger that ignores versions: the last writer wins. */
final class VersionBlindRefundLedger implements RefundLedger {
  private final InMemoryRefundLedger real = new InMemoryRefundLedger();

  @Override
  public boolean save(RefundRecord record, long expectedVersion) {
    while (!real.save(record, real.find(record.key()).map(RefundRecord::version).orElse(0L))) {
      Thread.onSpinWait();
    }
    return true;
  }

  @Override
  public Optional<RefundRecord> find(String key) {
    return real.find(key);
  }

  @Override
  public List<RefundRecord> byOrder(OrderId orderId) {
    return real.byOrder(orderId);
  }
}
