package dev.ecomops.core.memory;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded, thread-safe {@link Outbox}: an append-only queue in memory. Stores append a
 * write's events while they still hold the write's locks ({@link #append}), so an aggregate's
 * events enter in sequence order; appending takes no lock of its own. Claims, acknowledgements
 * and give-backs take one monitor; delivered events leave the queue from its head.
 *
 * <p>Several in-memory stores may share one instance (pass it to each), so that one relay
 * delivers all their events.
 */
public final class InMemoryOutbox implements Outbox {

  private static final class Entry {
    final EventEnvelope envelope;
    /** Guarded by the outbox's monitor. */
    Instant leasedUntil;
    volatile boolean delivered;

    Entry(EventEnvelope envelope) {
      this.envelope = envelope;
    }
  }

  private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
  private final AtomicLong pending = new AtomicLong();
  /** Claimed and not yet acknowledged, by event id; guarded by this. */
  private final Map<String, Entry> claimed = new HashMap<>();

  private InMemoryOutbox() {}

  /** A new, empty outbox. */
  public static InMemoryOutbox create() {
    return new InMemoryOutbox();
  }

  /**
   * Appends the events of an applied write. Call it while the write's locks are still held, so
   * events of one aggregate enter in sequence order.
   *
   * @param events the write's events, in order
   */
  public void append(List<EventEnvelope> events) {
    for (int i = 0; i < events.size(); i++) {
      queue.add(new Entry(events.get(i)));
    }
    pending.addAndGet(events.size());
  }

  @Override
  public synchronized List<EventEnvelope> claim(Instant now, Duration lease, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit was " + limit + " but must be at least 1");
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease was " + lease + " but must be positive");
    }
    Entry head;
    while ((head = queue.peek()) != null && head.delivered) {
      queue.poll();
    }
    Instant until = now.plus(lease);
    List<EventEnvelope> out = new ArrayList<>(Math.min(limit, 64));
    Set<String> blocked = null;
    for (Entry e : queue) {
      if (e.delivered) {
        continue;
      }
      String aggregate = e.envelope.aggregate();
      if (blocked != null && blocked.contains(aggregate)) {
        continue;
      }
      if (e.leasedUntil != null && e.leasedUntil.isAfter(now)) {
        // held by a live lease: nothing later of its aggregate may overtake it
        if (blocked == null) {
          blocked = new HashSet<>();
        }
        blocked.add(aggregate);
        continue;
      }
      e.leasedUntil = until;
      claimed.put(e.envelope.id(), e);
      out.add(e.envelope);
      if (out.size() == limit) {
        break;
      }
    }
    return out;
  }

  @Override
  public synchronized void acknowledge(Collection<String> eventIds) {
    for (String id : eventIds) {
      Entry e = claimed.remove(id);
      if (e != null && !e.delivered) {
        e.delivered = true;
        pending.decrementAndGet();
      }
    }
  }

  @Override
  public synchronized void unclaim(Collection<String> eventIds) {
    for (String id : eventIds) {
      Entry e = claimed.remove(id);
      if (e != null && !e.delivered) {
        e.leasedUntil = null;
      }
    }
  }

  @Override
  public long pending() {
    return pending.get();
  }
}
