package dev.ecomops.core.memory;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.spi.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded {@link EventPublisher}: keeps every event in publication order, in memory, for the
 * CLI, the simulator and tests. Thread safe.
 */
public final class InMemoryEventLog implements EventPublisher {
  private final List<DomainEvent> events = new ArrayList<>();

  private InMemoryEventLog() {}

  /** A new, empty log. */
  public static InMemoryEventLog create() {
    return new InMemoryEventLog();
  }

  @Override
  public synchronized void publish(DomainEvent event) {
    events.add(event);
  }

  /** A snapshot of every event published so far, in order. */
  public synchronized List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** Snapshot of the events of one type, in order. */
  public synchronized <E extends DomainEvent> List<E> events(Class<E> type) {
    List<E> out = new ArrayList<>();
    for (DomainEvent e : events) {
      if (type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return out;
  }

  /** Number of events published so far. */
  public synchronized int size() {
    return events.size();
  }
}
