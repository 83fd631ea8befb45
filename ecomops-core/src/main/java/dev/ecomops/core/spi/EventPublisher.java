package dev.ecomops.core.spi;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;

/**
 * Where delivered domain events go: the host's bus, a KPI engine, a test's list. ecomops never
 * calls it in the middle of a change: events are written with the change into the store's {@link
 * Outbox}, and an {@code OutboxRelay} hands them over afterwards, at least once, in order per
 * aggregate.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.event.EventPublisherContract}:
 *
 * <ol>
 *   <li><b>Delivered means kept.</b> When {@link #deliver} returns, the event is the publisher's
 *       (on the bus, counted); the relay acknowledges it and will not hand it over again, except
 *       after a crash (rule 3).
 *   <li><b>May throw.</b> A publisher that throws makes the relay keep the event, and the rest of
 *       its batch, in the outbox and try again later: a throwing publisher delays events but never
 *       loses them.
 *   <li><b>At least once.</b> The same event may arrive twice (after a relay's crash or an expired
 *       lease); a consumer that must count each event once deduplicates on {@link
 *       EventEnvelope#id()}.
 *   <li><b>Thread safe, short.</b> Relays on several threads may call it at once; each thread's
 *       events arrive in its order. It should not block for long: the relay holds a lease while it
 *       waits.
 * </ol>
 */
@FunctionalInterface
public interface EventPublisher {

  /**
   * Publishes one event.
   *
   * @param event the event, never null
   * @throws RuntimeException to refuse it for now; the relay will offer it again
   */
  void publish(DomainEvent event);

  /**
   * Delivers one event with its envelope (id, aggregate, sequence, schema version). By default
   * calls {@link #publish} with the bare event; override to deduplicate or to forward the id.
   *
   * @param envelope the event and its envelope, never null
   * @throws RuntimeException to refuse it for now; the relay will offer it again
   */
  default void deliver(EventEnvelope envelope) {
    publish(envelope.event());
  }

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
