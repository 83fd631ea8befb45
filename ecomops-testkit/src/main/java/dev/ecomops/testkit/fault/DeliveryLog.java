package dev.ecomops.testkit.fault;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.EventPublisher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulation's consumer: deduplicates deliveries on the event id, as every consumer of an
 * at-least-once relay must, and keeps each aggregate's first deliveries in arrival order.
 */
final class DeliveryLog implements EventPublisher {
  private final Map<String, EventEnvelope> byId = new HashMap<>();
  private final Map<String, List<EventEnvelope>> byAggregate = new LinkedHashMap<>();
  long deliveries;
  long duplicates;

  @Override
  public void publish(DomainEvent event) {
    throw new IllegalStateException("the relay delivers envelopes; a bare event means one bypassed the outbox: " + event);
  }

  @Override
  public void deliver(EventEnvelope e) {
    deliveries++;
    EventEnvelope first = byId.putIfAbsent(e.id(), e);
    if (first != null) {
      duplicates++;
      if (!first.equals(e)) {
        throw new IllegalStateException("two different events share the id " + e.id() + ": " + first + " and " + e);
      }
      return;
    }
    byAggregate.computeIfAbsent(e.aggregate(), k -> new ArrayList<>()).add(e);
  }

  /** Each aggregate's events, once each, in the order they first arrived. */
  Map<String, List<EventEnvelope>> byAggregate() {
    return byAggregate;
  }

  /** Distinct events delivered. */
  int distinct() {
    return byId.size();
  }
}
