package dev.ecomops.testkit.fault;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An {@link Outbox} that fails as a database does: a claim may throw (before claiming), an
 * acknowledgement or a give-back may throw before or after it took effect. A lost acknowledgement
 * makes the relay deliver the events again once their lease runs out: consumers must deduplicate.
 */
public final class FaultyOutbox implements Outbox {
  private final Outbox delegate;
  private final FaultInjector faults;

  /**
   * A wrapper.
   *
   * @param delegate the real outbox
   * @param faults the source of faults
   */
  public FaultyOutbox(Outbox delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public List<EventEnvelope> claim(Instant now, Duration lease, int limit) {
    faults.read("Outbox.claim");
    return delegate.claim(now, lease, limit);
  }

  @Override
  public void acknowledge(Collection<EventEnvelope> delivered) {
    faults.run("Outbox.acknowledge", () -> delegate.acknowledge(delivered));
  }

  @Override
  public void unclaim(Collection<EventEnvelope> undelivered) {
    faults.run("Outbox.unclaim", () -> delegate.unclaim(undelivered));
  }

  @Override
  public long pending() {
    return delegate.pending();
  }
}
