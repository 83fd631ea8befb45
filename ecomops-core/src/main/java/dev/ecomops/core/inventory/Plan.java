package dev.ecomops.core.inventory;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at a command: reads balances and reservations once from the store, stages
 * movements (applying each to the staged balance, which throws before anything is written if a
 * bucket would go negative) and reservation writes, and turns them into one {@link Commit}
 * guarded by the versions it read.
 *
 * <p>Commands touch one to a few keys, so staging is kept in small lists searched linearly.
 */
final class Plan {
  private final InventoryStore store;
  private final Instant now;
  private final List<Staged> stock = new ArrayList<>(2);
  private final List<Reservation> read = new ArrayList<>(1);
  private final List<Commit.ReservationUpdate> writes = new ArrayList<>(1);
  private final List<DomainEvent> events;
  private final boolean publishing;

  Plan(InventoryStore store, Instant now, boolean publishing) {
    this.store = store;
    this.now = now;
    this.publishing = publishing;
    this.events = publishing ? new ArrayList<>(4) : List.of();
  }

  Instant now() {
    return now;
  }

  /** The staged balance of a key: as read from the store plus the movements staged so far. */
  Balance balance(StockKey key) {
    return staged(key).balance;
  }

  private Staged staged(StockKey key) {
    for (int i = 0; i < stock.size(); i++) {
      if (stock.get(i).key.equals(key)) {
        return stock.get(i);
      }
    }
    Staged s = new Staged(key, store.balance(key));
    stock.add(s);
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
    if (publishing) {
      events.add(new InventoryEvent.StockMoved(m));
    }
    return m;
  }

  /**
   * The reservation as this plan sees it (staged write, else as read).
   *
   * @throws ValidationException naming {@code reservationId} if it is unknown
   */
  Reservation reservation(ReservationId id) {
    for (Commit.ReservationUpdate w : writes) {
      if (w.reservation().id().equals(id)) {
        return w.reservation();
      }
    }
    for (Reservation r : read) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    Reservation r = store.reservation(id)
        .orElseThrow(() -> ValidationException.of("reservationId", "must be a known reservation", id));
    read.add(r);
    return r;
  }

  /** Stages a new reservation (version 1). */
  void create(Reservation r) {
    writes.add(new Commit.ReservationUpdate(r, 0));
  }

  /**
   * Stages a change to a reservation read through {@link #reservation}; {@code changed} carries
   * the version after the change, one more than the version read.
   */
  Reservation update(Reservation changed) {
    writes.removeIf(w -> w.reservation().id().equals(changed.id()));
    writes.add(new Commit.ReservationUpdate(changed, changed.version() - 1));
    return changed;
  }

  /** Stages an event to publish after the commit; dropped when nothing listens. */
  void event(DomainEvent e) {
    if (publishing) {
      events.add(e);
    }
  }

  List<DomainEvent> events() {
    return events;
  }

  boolean isEmpty() {
    if (!writes.isEmpty()) {
      return false;
    }
    for (Staged s : stock) {
      if (!s.movements.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The commit of this plan. Every key the plan read is in it, those without movements as read
   * checks, so the commit applies only if nothing the decision rested on has changed.
   */
  Commit toCommit(@Nullable IdempotencyKey key, String fingerprint) {
    if (stock.size() == 1) {
      Staged s = stock.get(0);
      return new Commit(key, fingerprint, List.of(new Commit.StockUpdate(s.key, s.baseVersion, immutable(s.movements), s.balance)),
          immutable(writes));
    }
    List<Commit.StockUpdate> updates = new ArrayList<>(stock.size());
    for (Staged s : stock) {
      updates.add(new Commit.StockUpdate(s.key, s.baseVersion, immutable(s.movements), s.balance));
    }
    return new Commit(key, fingerprint, updates, immutable(writes));
  }

  /** An immutable copy, without the array copy for the usual zero or one element. */
  private static <T> List<T> immutable(List<T> list) {
    return switch (list.size()) {
      case 0 -> List.of();
      case 1 -> List.of(list.get(0));
      default -> List.copyOf(list);
    };
  }

  /**
   * Whether everything this plan read is still current in the store. Reads are not one snapshot,
   * so a refusal computed from them (not enough stock, wrong state) is only reported when they
   * still agree; otherwise the command is retried.
   */
  boolean readsCurrent() {
    for (Staged s : stock) {
      if (store.balance(s.key).version() != s.baseVersion) {
        return false;
      }
    }
    for (Reservation r : read) {
      if (store.reservation(r.id()).map(Reservation::version).orElse(0L) != r.version()) {
        return false;
      }
    }
    return true;
  }

  private static final class Staged {
    final StockKey key;
    final long baseVersion;
    Balance balance;
    final List<Movement> movements = new ArrayList<>(2);

    Staged(StockKey key, Balance b) {
      this.key = key;
      this.baseVersion = b.version();
      this.balance = b;
    }
  }
}
