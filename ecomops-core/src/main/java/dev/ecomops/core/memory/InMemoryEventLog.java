package dev.ecomops.core.memory;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.EventPublisher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded {@link EventPublisher}: keeps every event in arrival order, in memory, for the
 * CLI, the simulator and tests. Events delivered by a relay with their envelope are kept once per
 * id: a second delivery of the same event (at-least-once delivery) is counted in {@link
 * #duplicates()} and otherwise ignored. Thread safe.
 */
public final class InMemoryEventLog implements EventPublisher {
  private final List<DomainEvent> events = new ArrayList<>();
  private final List<EventEnvelope> envelopes = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private long duplicates;

  private InMemoryEventLog() {}

  /** A new, empty log. */
  public static InMemoryEventLog create() {
    return new InMemoryEventLog();
  }

  @Override
  public synchronized void publish(DomainEvent event) {
    events.add(event);
  }

  /** Keeps the event unless an event with the same id arrived before. */
  @Override
  public synchronized void deliver(EventEnvelope envelope) {
    if (!seen.add(envelope.id())) {
      duplicates++;
      return;
    }
    envelopes.add(envelope);
    events.add(envelope.event());
  }

  /** A snapshot of every event published so far, in order. */
  public synchronized List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** A snapshot of the envelopes delivered so far (each id once), in order. */
  public synchronized List<EventEnvelope> envelopes() {
    return List.copyOf(envelopes);
  }

  /** How many deliveries repeated an id already kept. */
  public synchronized long duplicates() {
    return duplicates;
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
