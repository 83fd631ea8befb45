package dev.ecomops.testkit.event;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reading what waits in an outbox, for the contract kits of the stores that write one. */
public final class Outboxes {
  private Outboxes() {}

  /**
   * The events waiting in {@code outbox} and claimable now, oldest first; they are given back
   * at once, so the outbox is as it was.
   *
   * @param outbox an outbox with no live leases
   * @return the waiting events
   */
  public static List<EventEnvelope> waiting(Outbox outbox) {
    List<EventEnvelope> got = outbox.claim(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(1), 1_000_000);
    outbox.unclaim(got);
    return got;
  }
}
