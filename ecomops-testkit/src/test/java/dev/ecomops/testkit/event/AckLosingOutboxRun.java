package dev.ecomops.testkit.event;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.spi.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The outbox kit run against an outbox that loses acknowledgements (it never marks an event
 * delivered, so a lease's end hands it out again, forever). Not a test of its own: {@link
 * KitsCanFailTest} runs it and expects failures.
 */
class AckLosingOutboxRun extends OutboxContract {
  private InMemoryOutbox real;

  @Override
  protected Outbox newOutbox() {
    InMemoryOutbox outbox = InMemoryOutbox.create();
    real = outbox;
    return new Outbox() {
      @Override
      public List<EventEnvelope> claim(Instant now, Duration lease, int limit) {
        return outbox.claim(now, lease, limit);
      }

      @Override
      public void acknowledge(Collection<EventEnvelope> delivered) {
        // lost: the events are given back instead of marked delivered
        outbox.unclaim(delivered);
      }

      @Override
      public void unclaim(Collection<EventEnvelope> undelivered) {
        outbox.unclaim(undelivered);
      }

      @Override
      public long pending() {
        return outbox.pending();
      }
    };
  }

  @Override
  protected void append(Outbox outbox, List<EventEnvelope> events) {
    real.append(events);
  }
}
