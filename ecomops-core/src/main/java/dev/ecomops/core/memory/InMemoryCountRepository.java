package dev.ecomops.core.memory;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.inventory.CycleCount;
import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.core.spi.Outbox;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The embedded {@link CountRepository}: a {@link VersionedMap} and an outbox. Thread safe. */
public final class InMemoryCountRepository implements CountRepository {
  private final VersionedMap<CycleCount> counts = new VersionedMap<>(CycleCount::id, CycleCount::version);
  private final InMemoryOutbox outbox;

  /** An empty repository with an outbox of its own. */
  public InMemoryCountRepository() {
    this(InMemoryOutbox.create());
  }

  /** An empty repository writing its events to {@code outbox}, which other stores may share. */
  public InMemoryCountRepository(InMemoryOutbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public boolean save(CycleCount count, long expectedVersion, List<EventEnvelope> events) {
    return counts.save(count, expectedVersion, events, outbox);
  }

  @Override
  public Optional<CycleCount> find(String id) {
    return counts.find(id);
  }

  @Override
  public List<CycleCount> open() {
    return counts.values().stream().filter(c -> !c.posted()).sorted(Comparator.comparing(CycleCount::id)).toList();
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
