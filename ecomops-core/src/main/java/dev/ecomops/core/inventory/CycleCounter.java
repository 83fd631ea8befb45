package dev.ecomops.core.inventory;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.outbox.ProcessOutbox;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.IdGenerator;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.core.validation.Check;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cycle counts: open a count over keys or a location, record what was found, then post the
 * variances as {@link MovementKind#COUNT_CORRECTION} movements and report inventory accuracy.
 *
 * <p>The variance of a line is fixed when it is recorded (counted minus on hand at that moment),
 * so picks between recording and posting do not distort it. Counts in progress are held in this
 * instance's memory; posted corrections are idempotent per count and key, so posting twice
 * changes nothing. Thread safe.
 */
public final class CycleCounter {
  private final StockKeeper keeper;
  private final IdGenerator ids;
  private final ProcessOutbox events;
  private final Clock clock;
  private final Map<String, Map<StockKey, CycleCount.Line>> counts = new ConcurrentHashMap<>();
  private final Map<String, CountTolerance> tolerances = new ConcurrentHashMap<>();

  private CycleCounter(StockKeeper keeper, IdGenerator ids, EventPublisher events, Clock clock) {
    this.keeper = keeper;
    this.ids = ids;
    this.events = ProcessOutbox.of(events, clock);
    this.clock = clock;
  }

  /**
   * A counter posting through {@code keeper}.
   *
   * @param events where {@link InventoryEvent.StockCounted} events are relayed: each is written to
   *     an in-process outbox with the count line it reports, so a publisher that throws delays it,
   *     never loses it nor fails the count
   */
  public static CycleCounter of(StockKeeper keeper, IdGenerator ids, EventPublisher events, Clock clock) {
    return new CycleCounter(keeper, ids, events, clock);
  }

  /** The outbox of this counter's events, for a host that relays it itself. */
  public Outbox outbox() {
    return events.outbox();
  }

  /**
   * Opens a count over the given keys.
   *
   * @return the open count, every line {@link CycleCount.Status#OPEN}
   * @throws ValidationException if {@code keys} is empty
   */
  public CycleCount open(Collection<StockKey> keys, CountTolerance tolerance) {
    if (keys.isEmpty()) {
      throw ValidationException.of("keys", "must not be empty", "[]");
    }
    String id = ids.nextId("C");
    Map<StockKey, CycleCount.Line> lines = new LinkedHashMap<>();
    for (StockKey k : keys) {
      lines.put(k, new CycleCount.Line(k, -1, -1, false, CycleCount.Status.OPEN, ""));
    }
    counts.put(id, lines);
    tolerances.put(id, tolerance);
    return view(id);
  }

  /** Opens a count over every key with stock history at a location. */
  public CycleCount open(LocationId location, CountTolerance tolerance) {
    List<StockKey> keys = keeper.store().keys().stream().filter(k -> k.location().equals(location)).sorted().toList();
    return open(keys, tolerance);
  }

  /**
   * Records the quantity found for one key of an open count.
   *
   * @param counted units found, zero or more
   * @return the count with the line recorded
   * @throws ValidationException for an unknown count, a key not in it, a posted count or a
   *     negative quantity
   */
  public synchronized CycleCount record(String countId, StockKey key, long counted) {
    Check.nonNegative("counted", counted);
    Map<StockKey, CycleCount.Line> lines = lines(countId);
    if (!lines.containsKey(key)) {
      throw ValidationException.of("key", "must belong to count " + countId, key);
    }
    long book = keeper.balance(key).onHand();
    boolean ok = tolerances.get(countId).accepts(book, counted);
    lines.put(key, new CycleCount.Line(key, book, counted, ok,
        counted == book ? CycleCount.Status.NO_CHANGE : CycleCount.Status.COUNTED, ""));
    events.append("count", countId, new InventoryEvent.StockCounted(countId, key, book, counted, ok, clock.instant()));
    events.relay();
    return view(countId);
  }

  /**
   * Posts every counted variance as a correction, and closes the count. Lines still open are
   * left out of the accuracy. A line whose correction cannot be posted is marked {@link
   * CycleCount.Status#BLOCKED} with the reason; the others are posted.
   *
   * @return the posted count, with accuracy
   */
  public synchronized CycleCount post(String countId) {
    Map<StockKey, CycleCount.Line> lines = lines(countId);
    for (CycleCount.Line l : new ArrayList<>(lines.values())) {
      if (l.status() != CycleCount.Status.COUNTED) {
        continue;
      }
      try {
        keeper.correctCount(l.key(), l.variance(), countId, IdempotencyKey.of("count|" + countId + "|" + l.key()));
        lines.put(l.key(), new CycleCount.Line(l.key(), l.book(), l.counted(), l.withinTolerance(), CycleCount.Status.POSTED, ""));
      } catch (InsufficientStockException | ValidationException e) {
        lines.put(l.key(), new CycleCount.Line(l.key(), l.book(), l.counted(), l.withinTolerance(),
            CycleCount.Status.BLOCKED, e.getMessage()));
      }
    }
    CycleCount done = new CycleCount(countId, new ArrayList<>(lines.values()), true);
    counts.remove(countId);
    tolerances.remove(countId);
    return done;
  }

  private Map<StockKey, CycleCount.Line> lines(String countId) {
    Map<StockKey, CycleCount.Line> lines = counts.get(countId);
    if (lines == null) {
      throw ValidationException.of("countId", "must be an open count", countId);
    }
    return lines;
  }

  private CycleCount view(String id) {
    return new CycleCount(id, new ArrayList<>(counts.get(id).values()), false);
  }
}
