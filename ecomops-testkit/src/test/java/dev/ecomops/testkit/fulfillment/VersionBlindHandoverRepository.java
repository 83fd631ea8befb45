package dev.ecomops.testkit.fulfillment;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.fulfillment.memory.InMemoryHandoverRepository;
import dev.ecomops.fulfillment.spi.Handover;
import dev.ecomops.fulfillment.spi.HandoverRepository;
import java.util.List;
import java.util.Optional;

/** A repository that ignores versions: the last writer wins. */
final class VersionBlindHandoverRepository implements HandoverRepository {
  private final InMemoryHandoverRepository real = new InMemoryHandoverRepository();

  @Override
  public boolean save(Handover handover, long expectedVersion, List<EventEnvelope> events) {
    while (!real.save(handover, real.find(handover.orderId()).map(Handover::version).orElse(0L), events)) {
      Thread.onSpinWait();
    }
    return true;
  }

  @Override
  public Optional<Handover> find(OrderId orderId) {
    return real.find(orderId);
  }

  @Override
  public Outbox outbox() {
    return real.outbox();
  }
}
