package dev.ecomops.core.outbox;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events waiting in an {@link Outbox} to an {@link EventPublisher}: claims a batch
 * under a lease, hands each event to {@link EventPublisher#deliver}, and acknowledges what was
 * delivered. The guarantees are the outbox's: every committed event is delivered at least once,
 * an aggregate's events in sequence order, and no event twice while relays run normally (a relay
 * that dies mid-batch, or whose lease runs out, may cause a second delivery; consumers
 * deduplicate on {@link EventEnvelope#id()}).
 *
 * <p>A publisher that throws stops the batch at that event: the events before it are
 * acknowledged, that event and the rest of the batch are given back to the outbox at once, and
 * the failure is logged at WARN; the next {@code relayOnce} tries again from there. Nothing is
 * dropped. Exceptions of the outbox itself propagate (nothing was acknowledged that was not
 * delivered).
 *
 * <p>Thread safe: any number of threads (and nodes, on a shared outbox) may relay at once. Owns
 * no thread; see {@link #scheduleOn} for a helper that runs on the host's executor.
 */
public final class OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final Outbox outbox;
  private final EventPublisher publisher;
  private final Clock clock;
  private final Duration lease;

  private OutboxRelay(Builder b) {
    this.outbox = Objects.requireNonNull(b.outbox, "outbox");
    this.publisher = Objects.requireNonNull(b.publisher, "publisher");
    this.clock = b.clock;
    this.lease = b.lease;
  }

  /** A relay from {@code outbox} to {@code publisher}, on the system UTC clock, with a 30 s lease. */
  public static OutboxRelay of(Outbox outbox, EventPublisher publisher) {
    return builder().outbox(outbox).publisher(publisher).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Delivers up to {@code limit} waiting events.
   *
   * @param limit the most events to claim, at least 1
   * @return how many events were delivered and acknowledged
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public int relayOnce(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit was " + limit + " but must be at least 1");
    }
    List<EventEnvelope> batch = outbox.claim(clock.instant(), lease, limit);
    if (batch.isEmpty()) {
      return 0;
    }
    List<EventEnvelope> delivered = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      EventEnvelope e = batch.get(i);
      try {
        publisher.deliver(e);
      } catch (RuntimeException ex) {
        LOG.warn("event publisher failed on {}; it and {} later events of this batch stay in the outbox", e.id(),
            batch.size() - i - 1, ex);
        outbox.acknowledge(delivered);
        outbox.unclaim(batch.subList(i, batch.size()));
        return delivered.size();
      }
      delivered.add(e);
    }
    outbox.acknowledge(delivered);
    return delivered.size();
  }

  /**
   * Relays batches until the outbox has nothing claimable, at most {@code maxBatches} of them.
   *
   * @param batch events per batch, at least 1
   * @param maxBatches the most batches, at least 1
   * @return how many events were delivered
   * @throws IllegalArgumentException if either is below 1
   */
  public long drain(int batch, int maxBatches) {
    if (maxBatches < 1) {
      throw new IllegalArgumentException("maxBatches was " + maxBatches + " but must be at least 1");
    }
    long total = 0;
    for (int i = 0; i < maxBatches; i++) {
      int n = relayOnce(batch);
      total += n;
      if (n < batch) {
        break;
      }
    }
    return total;
  }

  /**
   * Runs {@link #drain} on the host's executor every {@code every}, with fixed delay. Failures of
   * one run are logged at WARN and do not stop later runs.
   *
   * @param executor the host's executor
   * @param every the delay between runs, positive
   * @param batch events per batch, at least 1
   * @return the scheduled task; cancel it to stop
   * @throws IllegalArgumentException if {@code every} is not positive or {@code batch} below 1
   */
  public ScheduledFuture<?> scheduleOn(ScheduledExecutorService executor, Duration every, int batch) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every was " + every + " but must be positive");
    }
    if (batch < 1) {
      throw new IllegalArgumentException("batch was " + batch + " but must be at least 1");
    }
    long nanos = every.toNanos();
    return executor.scheduleWithFixedDelay(() -> {
      try {
        drain(batch, 1_000);
      } catch (RuntimeException ex) {
        LOG.warn("outbox relay run failed; the next run tries again", ex);
      }
    }, nanos, nanos, TimeUnit.NANOSECONDS);
  }

  /**
   * Delivers what waits, as a service does right after a command: like {@link #drain drain(256,
   * 64)}, but a failure of the outbox is logged at WARN instead of thrown, since the command it
   * follows is committed and its events are safe in the outbox for the next relay.
   */
  public void relayAfterCommand() {
    try {
      drain(256, 64);
    } catch (RuntimeException ex) {
      LOG.warn("outbox relay failed; events stay in the outbox for the next relay", ex);
    }
  }

  /**
   * The relay a service runs after each of its commands: none for the no-op publisher (the host
   * then relays the outbox itself, or wants no events).
   *
   * @return a relay from {@code outbox} to {@code publisher} on {@code clock}, or null for {@link EventPublisher#noop()}
   */
  public static @Nullable OutboxRelay inline(Outbox outbox, EventPublisher publisher, Clock clock) {
    return publisher == EventPublisher.noop() ? null
        : builder().outbox(outbox).publisher(publisher).clock(clock).build();
  }

  /** Events not yet delivered, as the outbox counts them. */
  public long pending() {
    return outbox.pending();
  }

  /** Builds an {@link OutboxRelay}. */
  public static final class Builder {
    private @Nullable Outbox outbox;
    private @Nullable EventPublisher publisher;
    private Clock clock = Clock.systemUTC();
    private Duration lease = Duration.ofSeconds(30);

    private Builder() {}

    /** The outbox to drain (required). */
    public Builder outbox(Outbox outbox) {
      this.outbox = outbox;
      return this;
    }

    /** Where events go (required). */
    public Builder publisher(EventPublisher publisher) {
      this.publisher = publisher;
      return this;
    }

    /** The clock leases are measured on; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long a claim holds before another relay may take the events again; 30 s by default.
     * Longer than a batch takes to deliver.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder lease(Duration lease) {
      if (lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("lease was " + lease + " but must be positive");
      }
      this.lease = lease;
      return this;
    }

    /**
     * The relay.
     *
     * @throws NullPointerException if the outbox or publisher is missing
     */
    public OutboxRelay build() {
      return new OutboxRelay(this);
    }
  }
}
