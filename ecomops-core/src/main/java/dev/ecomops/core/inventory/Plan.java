package dev.ecomops.core.inventory;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attempt at a command: reads balances and reservations once from the store, stages
 * movements (applying each to the staged balance, which throws before anything is written if a
 * bucket would go negative) and reservation writes, and turns them into one {@link Commit}
 * guarded by the versions it read.
 */
final class Plan {
  private final InventoryStore store;
  private final Instant now;
  private final Map<StockKey, Staged> stock = new LinkedHashMap<>(4);
  private final Map<ReservationId, Commit.ReservationUpdate> writes = new LinkedHashMap<>(2);
  private final Map<ReservationId, Reservation> read = new LinkedHashMap<>(2);
  private final List<DomainEvent> events = new ArrayList<>(4);

  Plan(InventoryStore store, Instant now) {
    this.store = store;
    this.now = now;
  }

  Instant now() {
    return now;
  }

  /** The staged balance of a key: as read from the store plus the movements staged so far. */
  Balance balance(StockKey key) {
    return staged(key).balance;
  }

  private Staged staged(StockKey key) {
    Staged s = stock.get(key);
    if (s == null) {
      Balance b = store.balance(key);
      s = new Staged(b);
      stock.put(key, s);
    }
    return s;
  }

  /**
   * Stages a movement on {@code key}; the builder gets the key, sequence and time here.
   *
   * @throws InsufficientStockException if the movement would break a balance rule
   */
  Movement move(StockKey key, Movement.Builder builder) {
    Staged s = staged(key);
    Movement m = builder.key(key).sequence(s.balance.version() + 1).occurredAt(now).build();
    s.balance = s.balance.apply(m);
    s.movements.add(m);
    events.add(new InventoryEvent.StockMoved(m));
    return m;
  }

  /**
   * The reservation as this plan sees it (staged write, else as read).
   *
   * @throws ValidationException naming {@code reservationId} if it is unknown
   */
  Reservation reservation(ReservationId id) {
    Commit.ReservationUpdate w = writes.get(id);
    if (w != null) {
      return w.reservation();
    }
    Reservation r = read.get(id);
    if (r == null) {
      r = store.reservation(id).orElseThrow(() -> ValidationException.of("reservationId", "must be a known reservation", id));
      read.put(id, r);
    }
    return r;
  }

  /** Stages a new reservation (version 1). */
  void create(Reservation r) {
    writes.put(r.id(), new Commit.ReservationUpdate(r, 0));
  }

  /**
   * Stages a change to a reservation read through {@link #reservation}; {@code changed} carries
   * the version after the change, one more than the version read.
   */
  Reservation update(Reservation changed) {
    writes.put(changed.id(), new Commit.ReservationUpdate(changed, changed.version() - 1));
    return changed;
  }

  void event(DomainEvent e) {
    events.add(e);
  }

  List<DomainEvent> events() {
    return events;
  }

  boolean isEmpty() {
    return writes.isEmpty() && stock.values().stream().allMatch(s -> s.movements.isEmpty());
  }

  /**
   * The commit of this plan. Every key the plan read is in it, those without movements as read
   * checks, so the commit applies only if nothing the decision rested on has changed.
   */
  Commit toCommit(IdempotencyKey key, String fingerprint) {
    List<Commit.StockUpdate> updates = new ArrayList<>(stock.size());
    for (Map.Entry<StockKey, Staged> e : stock.entrySet()) {
      Staged s = e.getValue();
      updates.add(new Commit.StockUpdate(e.getKey(), s.baseVersion, s.movements, s.balance));
    }
    return new Commit(key, fingerprint, updates, new ArrayList<>(writes.values()));
  }

  /**
   * Whether everything this plan read is still current in the store. Reads are not one snapshot,
   * so a refusal computed from them (not enough stock, wrong state) is only reported when they
   * still agree; otherwise the command is retried.
   */
  boolean readsCurrent() {
    for (Map.Entry<StockKey, Staged> e : stock.entrySet()) {
      if (store.balance(e.getKey()).version() != e.getValue().baseVersion) {
        return false;
      }
    }
    for (Reservation r : read.values()) {
      if (store.reservation(r.id()).map(Reservation::version).orElse(0L) != r.version()) {
        return false;
      }
    }
    return true;
  }

  private static final class Staged {
    final long baseVersion;
    Balance balance;
    final List<Movement> movements = new ArrayList<>(2);

    Staged(Balance b) {
      this.baseVersion = b.version();
      this.balance = b;
    }
  }
}
