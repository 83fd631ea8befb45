package dev.ecomops.core.memory;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded, thread-safe {@link Outbox}: an append-only linked queue in memory. Stores append a
 * write's events while they still hold the write's locks ({@link #append}), so an aggregate's
 * events enter in sequence order. Appending is wait-free (one atomic swap of the tail per write,
 * as in Vyukov's multi-producer queue) and allocates one node per event. Claims,
 * acknowledgements and give-backs take one monitor; delivered events leave from the head.
 *
 * <p>Acknowledge and give back the envelopes {@link #claim} returned: they are matched by
 * reference, in claim order, so a relay that acknowledges what it claimed costs no hashing.
 * Several in-memory stores may share one instance (pass it to each), so that one relay delivers
 * all their events.
 */
public final class InMemoryOutbox implements Outbox {

  /** A queued event; also the queue's node. */
  private static final class Entry {
    final EventEnvelope envelope;
    volatile Entry next;
    /** Guarded by the outbox's monitor. */
    Instant leasedUntil;
    boolean delivered;

    Entry(EventEnvelope envelope) {
      this.envelope = envelope;
    }
  }

  /** A sentinel before the first entry; the consumer's side of the queue, guarded by this. */
  private Entry head = new Entry(null);
  private final AtomicReference<Entry> tail = new AtomicReference<>(head);
  private final AtomicLong pending = new AtomicLong();
  /** Claimed and not yet acknowledged or given back, in claim order; guarded by this. */
  private final ArrayDeque<Entry> claimed = new ArrayDeque<>();

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
    if (events.isEmpty()) {
      return;
    }
    // linked privately first, then published with one swap of the tail: the swap orders appends,
    // the link from the previous tail makes them reachable a moment later
    Entry first = new Entry(events.get(0));
    Entry last = first;
    for (int i = 1; i < events.size(); i++) {
      Entry e = new Entry(events.get(i));
      last.next = e;
      last = e;
    }
    tail.getAndSet(last).next = first;
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
    Entry first;
    while ((first = head.next) != null && first.delivered) {
      head = first; // delivered entries leave from the head
    }
    Instant until = now.plus(lease);
    List<EventEnvelope> out = new ArrayList<>(); // sized as it fills: most claims after a command find a few
    Set<String> blocked = null;
    // stops at the first entry not linked yet: an append in progress, visible to the next claim
    for (Entry e = head.next; e != null; e = e.next) {
      if (e.delivered) {
        continue;
      }
      // the aggregate's text is built only once some aggregate is blocked (rare: several relays)
      if (blocked != null && blocked.contains(e.envelope.aggregate())) {
        continue;
      }
      if (e.leasedUntil != null && e.leasedUntil.isAfter(now)) {
        // held by a live lease: nothing later of its aggregate may overtake it
        if (blocked == null) {
          blocked = new HashSet<>();
        }
        blocked.add(e.envelope.aggregate());
        continue;
      }
      e.leasedUntil = until;
      claimed.addLast(e);
      out.add(e.envelope);
      if (out.size() == limit) {
        break;
      }
    }
    return out;
  }

  @Override
  public synchronized void acknowledge(Collection<EventEnvelope> delivered) {
    long done = 0;
    for (EventEnvelope d : delivered) {
      Entry e = takeClaimed(d);
      if (e != null && !e.delivered) {
        e.delivered = true;
        done++;
      }
    }
    pending.addAndGet(-done);
  }

  @Override
  public synchronized void unclaim(Collection<EventEnvelope> undelivered) {
    for (EventEnvelope d : undelivered) {
      Entry e = takeClaimed(d);
      if (e != null && !e.delivered) {
        e.leasedUntil = null;
      }
    }
  }

  /** Removes and returns the claimed entry of an envelope; the first one looked at, for a relay acknowledging in claim order. */
  private Entry takeClaimed(EventEnvelope d) {
    Entry oldest = claimed.peekFirst();
    if (oldest != null && oldest.envelope == d) {
      return claimed.pollFirst();
    }
    for (Iterator<Entry> it = claimed.iterator(); it.hasNext(); ) {
      Entry e = it.next();
      if (e.envelope == d) {
        it.remove();
        return e;
      }
      if (e.delivered) {
        it.remove(); // claimed twice (a lease ran out) and acknowledged the other time
      }
    }
    return null;
  }

  @Override
  public long pending() {
    return pending.get();
  }
}
