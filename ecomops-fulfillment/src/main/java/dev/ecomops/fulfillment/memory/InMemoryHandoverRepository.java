package dev.ecomops.fulfillment.memory;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.fulfillment.spi.Handover;
import dev.ecomops.fulfillment.spi.HandoverRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The embedded {@link HandoverRepository}: a {@link VersionedMap} and an outbox. Thread safe. */
public final class InMemoryHandoverRepository implements HandoverRepository {
  private final VersionedMap<Handover> handovers = new VersionedMap<>(h -> h.orderId().value(), Handover::version);
  private final InMemoryOutbox outbox;

  /** An empty repository with an outbox of its own. */
  public InMemoryHandoverRepository() {
    this(InMemoryOutbox.create());
  }

  /** An empty repository writing its events to {@code outbox}, which other stores may share. */
  public InMemoryHandoverRepository(InMemoryOutbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public boolean save(Handover handover, long expectedVersion, List<EventEnvelope> events) {
    return handovers.save(handover, expectedVersion, events, outbox);
  }

  @Override
  public Optional<Handover> find(OrderId orderId) {
    return handovers.find(orderId.value());
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
