package dev.ecomops.testkit.inventory;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.inventory.CycleCount;
import dev.ecomops.core.memory.InMemoryCountRepository;
import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.core.spi.Outbox;
import java.util.List;
import java.util.Optional;

/** A repository that ignores versions: the last writer wins. */
final class VersionBlindCountRepository implements CountRepository {
  private final InMemoryCountRepository real = new InMemoryCountRepository();

  @Override
  public boolean save(CycleCount count, long expectedVersion, List<EventEnvelope> events) {
    while (!real.save(count, real.find(count.id()).map(CycleCount::version).orElse(0L), events)) {
      Thread.onSpinWait();
    }
    return true;
  }

  @Override
  public Optional<CycleCount> find(String id) {
    return real.find(id);
  }

  @Override
  public List<CycleCount> open() {
    return real.open();
  }

  @Override
  public Outbox outbox() {
    return real.outbox();
  }
}
