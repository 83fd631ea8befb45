package dev.ecomops.core.inventory.service;

import dev.ecomops.core.Check;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.CountTolerance;
import dev.ecomops.core.inventory.CycleCount;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.memory.InMemoryCountRepository;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.IdGenerator;
import dev.ecomops.core.spi.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cycle counts: open a count over keys or a location, record what was found, then post the
 * variances as {@link MovementKind#COUNT_CORRECTION} movements and report inventory accuracy.
 *
 * <p>The variance of a line is fixed when it is recorded (counted minus on hand at that moment),
 * so picks between recording and posting do not distort it. Counts live in a {@link
 * CountRepository} (in memory by default), saved against their version, so a count survives a
 * restart and any node may record or post it; a lost race is retried under the keeper's retry
 * policy. Each recorded line's {@link InventoryEvent.StockCounted} is saved with the line.
 * Recording the same quantity again, and posting twice, change nothing: corrections are
 * idempotent per count and key, so a post interrupted between the ledger and the count is
 * completed by posting again. Thread safe.
 */
public final class CycleCounter {
  private final StockKeeper keeper;
  private final CountRepository counts;
  private final IdGenerator ids;
  private final @Nullable OutboxRelay relay;
  private final Clock clock;

  private CycleCounter(StockKeeper keeper, CountRepository counts, IdGenerator ids, EventPublisher events, Clock clock) {
    this.keeper = Objects.requireNonNull(keeper, "keeper");
    this.counts = Objects.requireNonNull(counts, "counts");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.relay = OutboxRelay.inline(counts.outbox(), Objects.requireNonNull(events, "events"), clock);
  }

  /**
   * A counter posting through {@code keeper}, keeping counts in memory (lost with the process).
   *
   * @param events where {@link InventoryEvent.StockCounted} events are relayed after each command
   *     ({@link EventPublisher#noop()}: left for the host's own relay of {@link #outbox()}); a
   *     publisher that throws delays an event, never loses it nor fails the count
   */
  public static CycleCounter of(StockKeeper keeper, IdGenerator ids, EventPublisher events, Clock clock) {
    return new CycleCounter(keeper, new InMemoryCountRepository(), ids, events, clock);
  }

  /**
   * A counter posting through {@code keeper}, keeping counts in {@code counts}.
   *
   * @param events as in {@link #of(StockKeeper, IdGenerator, EventPublisher, Clock)}
   */
  public static CycleCounter of(StockKeeper keeper, CountRepository counts, IdGenerator ids, EventPublisher events,
      Clock clock) {
    return new CycleCounter(keeper, counts, ids, events, clock);
  }

  /** The outbox of this counter's events (its repository's), for a host that relays it itself. */
  public Outbox outbox() {
    return counts.outbox();
  }

  /**
   * Opens a count over the given keys.
   *
   * @return the open count, every line {@link CycleCount.Status#OPEN}
   * @throws ValidationException if {@code keys} is empty
   */
  public CycleCount open(Collection<StockKey> keys, CountTolerance tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (keys.isEmpty()) {
      throw ValidationException.of("keys", "must not be empty", "[]");
    }
    Map<StockKey, CycleCount.Line> lines = new LinkedHashMap<>();
    for (StockKey k : keys) {
      lines.put(k, new CycleCount.Line(k, -1, -1, false, CycleCount.Status.OPEN, ""));
    }
    CycleCount count = new CycleCount(ids.nextId("C"), 1, tolerance, new ArrayList<>(lines.values()), false);
    if (!counts.save(count, 0, List.of())) {
      throw new IllegalStateException("count id " + count.id() + " was already taken: the id generator repeated it");
    }
    return count;
  }

  /** Opens a count over every key with stock history at a location. */
  public CycleCount open(LocationId location, CountTolerance tolerance) {
    List<StockKey> keys = keeper.store().keys().stream().filter(k -> k.location().equals(location)).sorted().toList();
    return open(keys, tolerance);
  }

  /** A count by id, open or posted. */
  public Optional<CycleCount> find(String countId) {
    return counts.find(countId);
  }

  /** Every count not yet posted, by id. */
  public List<CycleCount> open() {
    return counts.open();
  }

  /**
   * Records the quantity found for one key of an open count; the same quantity again changes
   * nothing, another replaces it (a recount).
   *
   * @param counted units found, zero or more
   * @return the count with the line recorded
   * @throws ValidationException for an unknown count, a key not in it, a posted count or a
   *     negative quantity
   * @throws dev.ecomops.core.retry.RetriesExhaustedException when other writers keep winning
   */
  public CycleCount record(String countId, StockKey key, long counted) {
    Check.nonNegative("counted", counted);
    RetryPolicy.Attempts attempts = null;
    while (true) {
      CycleCount count = openCount(countId);
      CycleCount.Line line = count.line(key)
          .orElseThrow(() -> ValidationException.of("key", "must belong to count " + countId, key));
      if (line.status() != CycleCount.Status.OPEN && line.counted() == counted) {
        return relayed(count);
      }
      long book = keeper.balance(key).onHand();
      boolean ok = count.tolerance().accepts(book, counted);
      CycleCount.Line now = new CycleCount.Line(key, book, counted, ok,
          counted == book ? CycleCount.Status.NO_CHANGE : CycleCount.Status.COUNTED, "");
      CycleCount next = count.next(replace(count, now), false);
      EventEnvelope event = EventEnvelope.ofVersion("count", countId, next.version(), 0,
          new InventoryEvent.StockCounted(countId, key, book, counted, ok, clock.instant()));
      if (counts.save(next, count.version(), List.of(event))) {
        return relayed(next);
      }
      attempts = attempts != null ? attempts : keeper.retryPolicy().start("cycle count", countId);
      attempts.backOff();
    }
  }

  /**
   * Posts every counted variance as a correction, and closes the count. Lines still open are
   * left out of the accuracy. A line whose correction cannot be posted is marked {@link
   * CycleCount.Status#BLOCKED} with the reason; the others are posted. Posting a posted count
   * returns it unchanged.
   *
   * @return the posted count, with accuracy
   * @throws ValidationException for an unknown count
   */
  public CycleCount post(String countId) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      CycleCount count = counts.find(countId)
          .orElseThrow(() -> ValidationException.of("countId", "must be a count", countId));
      if (count.posted()) {
        return count;
      }
      List<CycleCount.Line> lines = new ArrayList<>(count.lines().size());
      for (CycleCount.Line l : count.lines()) {
        lines.add(l.status() == CycleCount.Status.COUNTED ? posted(countId, l) : l);
      }
      CycleCount done = count.next(lines, true);
      if (counts.save(done, count.version(), List.of())) {
        return done;
      }
      attempts = attempts != null ? attempts : keeper.retryPolicy().start("cycle count", countId);
      attempts.backOff();
    }
  }

  private CycleCount.Line posted(String countId, CycleCount.Line l) {
    try {
      keeper.correctCount(l.key(), l.variance(), countId, IdempotencyKey.of("count|" + countId + "|" + l.key()));
      return new CycleCount.Line(l.key(), l.book(), l.counted(), l.withinTolerance(), CycleCount.Status.POSTED, "");
    } catch (InsufficientStockException | ValidationException e) {
      return new CycleCount.Line(l.key(), l.book(), l.counted(), l.withinTolerance(), CycleCount.Status.BLOCKED,
          e.getMessage());
    }
  }

  private static List<CycleCount.Line> replace(CycleCount count, CycleCount.Line now) {
    List<CycleCount.Line> lines = new ArrayList<>(count.lines());
    lines.replaceAll(l -> l.key().equals(now.key()) ? now : l);
    return lines;
  }

  private CycleCount openCount(String countId) {
    return counts.find(countId).filter(c -> !c.posted())
        .orElseThrow(() -> ValidationException.of("countId", "must be an open count", countId));
  }

  private CycleCount relayed(CycleCount count) {
    if (relay != null) {
      relay.relayAfterCommand();
    }
    return count;
  }
}
