package dev.ecomops.core.outbox;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.Outbox;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outbox of a service whose state lives in this process's memory, with no store of its own
 * (pack checks): its events are appended to an
 * in-memory outbox in the same step as the state change, then relayed to the publisher. A
 * publisher that throws delays an event until the next relay; it is never lost while the process
 * (and so the state) lives, and never thrown to the caller of the command. Hosts may relay {@link
 * #outbox()} themselves.
 *
 * <p>Sequences are the clock's milliseconds times 1,000 plus a counter, so ids stay unique across
 * restarts of the process (as long as its clock moves forward) and grow within an aggregate.
 * Thread safe.
 */
public final class ProcessOutbox {
  private final InMemoryOutbox outbox = InMemoryOutbox.create();
  private final @Nullable OutboxRelay relay;
  private final Clock clock;
  private long last;

  private ProcessOutbox(EventPublisher events, Clock clock) {
    this.clock = clock;
    this.relay = OutboxRelay.inline(outbox, events, clock);
  }

  /**
   * An outbox relayed to {@code events} after each command ({@link EventPublisher#noop()}: kept for
   * the host's own relay).
   */
  public static ProcessOutbox of(EventPublisher events, Clock clock) {
    return new ProcessOutbox(Objects.requireNonNull(events, "events"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Appends an event of aggregate {@code kind/key}; call it in the same step as the state change.
   *
   * @param kind the aggregate's kind, a word without {@code /}
   * @param key the aggregate's key
   */
  public synchronized void append(String kind, Object key, DomainEvent event) {
    // under the monitor: sequences taken and appended in one order, so an aggregate's stay in order
    long next = Math.max(last + 1, clock.millis() * 1_000);
    last = next;
    outbox.append(List.of(EventEnvelope.of(kind, key, next, event)));
  }

  /** Delivers what waits, if a publisher was given; failures stay in the outbox, logged. */
  public void relay() {
    if (relay != null) {
      relay.relayAfterCommand();
    }
  }

  /** The outbox, for a host that relays it itself. */
  public Outbox outbox() {
    return outbox;
  }
}
