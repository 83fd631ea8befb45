package dev.ecomops.returns.memory;

import dev.ecomops.core.RmaId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The embedded {@link ReturnRepository}: a {@link VersionedMap} and an outbox. Thread safe. */
public final class InMemoryReturnRepository implements ReturnRepository {
  private final VersionedMap<Rma> rmas = new VersionedMap<>(r -> r.id().value(), Rma::version);
  private final InMemoryOutbox outbox;

  /** An empty repository with an outbox of its own. */
  public InMemoryReturnRepository() {
    this(InMemoryOutbox.create());
  }

  /** An empty repository writing its events to {@code outbox}, which other stores may share. */
  public InMemoryReturnRepository(InMemoryOutbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public boolean save(Rma rma, long expectedVersion, List<EventEnvelope> events) {
    return rmas.save(rma, expectedVersion, events, outbox);
  }

  @Override
  public Optional<Rma> find(RmaId id) {
    return rmas.find(id.value());
  }

  @Override
  public List<Rma> byOrder(OrderId orderId) {
    return rmas.values().stream().filter(r -> r.orderId().equals(orderId)).sorted(Comparator.comparing(Rma::id)).toList();
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
