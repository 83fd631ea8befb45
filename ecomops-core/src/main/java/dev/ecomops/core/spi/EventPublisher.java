package dev.ecomops.core.spi;

import dev.ecomops.core.event.DomainEvent;

/**
 * Receives every domain event ecomops emits, after the change it describes is committed, on the
 * thread that made the change. The host forwards them to its bus, outbox or KPI engine.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.event.EventPublisherContract}: thread safe
 * (called from many threads at once); events of one thread arrive in the order they were
 * published; {@code publish} should not block for long and should not throw. If it throws, the
 * change stays committed and ecomops logs the failure at WARN: delivery guarantees beyond that
 * are the host's (an outbox in the same transaction as the store gives exactly-once).
 */
@FunctionalInterface
public interface EventPublisher {

  /**
   * Publishes one event.
   *
   * @param event the event, never null
   */
  void publish(DomainEvent event);

  /** The publisher that drops every event (one shared instance; services may skip building events for it). */
  static EventPublisher noop() {
    return Noop.INSTANCE;
  }

  /** Holder of the shared no-op publisher. */
  final class Noop {
    private Noop() {}

    static final EventPublisher INSTANCE = event -> { };
  }
}
