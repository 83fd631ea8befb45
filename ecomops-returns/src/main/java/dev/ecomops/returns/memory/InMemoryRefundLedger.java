package dev.ecomops.returns.memory;

import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.RefundRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The embedded {@link RefundLedger}: a {@link VersionedMap}. Thread safe. */
public final class InMemoryRefundLedger implements RefundLedger {
  private final VersionedMap<RefundRecord> records = new VersionedMap<>(RefundRecord::key, RefundRecord::version);

  @Override
  public boolean save(RefundRecord record, long expectedVersion) {
    return records.save(record, expectedVersion);
  }

  @Override
  public Optional<RefundRecord> find(String key) {
    return records.find(key);
  }

  @Override
  public List<RefundRecord> byOrder(OrderId orderId) {
    return records.values().stream().filter(r -> r.orderId().equals(orderId))
        .sorted(Comparator.comparing(RefundRecord::key)).toList();
  }
}
