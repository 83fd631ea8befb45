package dev.ecomops.core.inventory.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.StockKey;
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
 * <p>Commands touch one to a few keys, so staging is kept in small lists searched linearly, and
 * the lists are made only when needed: a plan runs for every command, and most commands touch one
 * key and write one reservation.
 */
final class Plan {
  private final InventoryStore store;
  private final Instant now;
  /** The keys staged: the first held apart, the others (rare) in a list made when needed. */
  private @Nullable Staged first;
  private @Nullable List<Staged> others;
  /** Reservations read, in order: the first held apart, the others (rare) in a list. */
  private @Nullable Reservation firstRead;
  private @Nullable List<Reservation> moreReads;
  /** Reservation writes staged, in order, held the same way. */
  private Commit.@Nullable ReservationUpdate firstWrite;
  private @Nullable List<Commit.ReservationUpdate> moreWrites;
  /** Events staged, in order: the first two held apart (a pair's commits have two), the others in a list. */
  private @Nullable EventEnvelope event0;
  private @Nullable EventEnvelope event1;
  private @Nullable List<EventEnvelope> moreEvents;
  private final boolean recording;
  /** Balances read with a reservation, until a key is staged. */
  private java.util.@Nullable Map<StockKey, Balance> prefetched;

  Plan(InventoryStore store, Instant now, boolean recording) {
    this.store = store;
    this.now = now;
    this.recording = recording;
  }

  private void stage(EventEnvelope e) {
    if (event0 == null) {
      event0 = e;
    } else if (event1 == null) {
      event1 = e;
    } else {
      moreEvents = more(moreEvents, e);
    }
  }

  /** The staged events as an immutable list, which the commit keeps without copying. */
  private List<EventEnvelope> events() {
    if (event0 == null) {
      return List.of();
    }
    if (event1 == null) {
      return List.of(event0);
    }
    if (moreEvents == null) {
      return List.of(event0, event1);
    }
    List<EventEnvelope> all = new ArrayList<>(2 + moreEvents.size());
    all.add(event0);
    all.add(event1);
    all.addAll(moreEvents);
    return List.copyOf(all);
  }

  Instant now() {
    return now;
  }

  /** The staged balance of a key: as read from the store plus the movements staged so far. */
  Balance balance(StockKey key) {
    return staged(key).balance;
  }

  private Staged staged(StockKey key) {
    if (first != null && first.key.equals(key)) {
      return first;
    }
    if (others != null) {
      for (int i = 0; i < others.size(); i++) {
        if (others.get(i).key.equals(key)) {
          return others.get(i);
        }
      }
    }
    Balance read = prefetched == null ? null : prefetched.remove(key);
    Staged s = new Staged(key, read != null ? read : store.planningBalance(key));
    if (first == null) {
      first = s;
    } else {
      others = more(others, s);
    }
    return s;
  }

  private int stockCount() {
    return count(first, others);
  }

  /** The {@code i}th key staged, in staging order. */
  private Staged stock(int i) {
    return nth(first, others, i);
  }

  // Few lists: the first element held apart in a field, the others (rare) in a list made when
  // needed. A plan runs for every command, and most commands have one of each.

  /** {@code more} with {@code x} added, made if it was null. */
  private static <T> List<T> more(@Nullable List<T> more, T x) {
    List<T> list = more == null ? new ArrayList<>(2) : more;
    list.add(x);
    return list;
  }

  private static int count(@Nullable Object first, @Nullable List<?> more) {
    return first == null ? 0 : more == null ? 1 : 1 + more.size();
  }

  private static <T> T nth(@Nullable T first, @Nullable List<T> more, int i) {
    return i == 0 ? first : more.get(i - 1);
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
    s.add(m);
    if (recording) {
      stage(EventEnvelope.of("stock", key, m.sequence(), new InventoryEvent.StockMoved(m)));
    }
    return m;
  }

  /**
   * The reservation as this plan sees it (staged write, else as read).
   *
   * @throws ValidationException naming {@code reservationId} if it is unknown
   */
  Reservation reservation(ReservationId id) {
    for (int i = 0; i < writeCount(); i++) {
      if (write(i).reservation().id().equals(id)) {
        return write(i).reservation();
      }
    }
    for (int i = 0; i < readCount(); i++) {
      if (read(i).id().equals(id)) {
        return read(i);
      }
    }
    InventoryStore.ReservationWithBalances read = store.planningReservation(id)
        .orElseThrow(() -> ValidationException.of("reservationId", "must be a known reservation", id));
    Reservation r = read.reservation();
    // kept aside, not staged: a key becomes part of the commit only when the command touches it
    if (!read.balances().isEmpty()) {
      prefetched = prefetched == null ? new java.util.HashMap<>(read.balances()) : prefetched;
      read.balances().forEach(prefetched::putIfAbsent);
    }
    if (firstRead == null) {
      firstRead = r;
    } else {
      moreReads = more(moreReads, r);
    }
    return r;
  }

  private int readCount() {
    return count(firstRead, moreReads);
  }

  private Reservation read(int i) {
    return nth(firstRead, moreReads, i);
  }

  private int writeCount() {
    return count(firstWrite, moreWrites);
  }

  private Commit.ReservationUpdate write(int i) {
    return nth(firstWrite, moreWrites, i);
  }

  /** Stages a new reservation (version 1). */
  void create(Reservation r) {
    write(new Commit.ReservationUpdate(r, 0));
  }

  /**
   * Stages a change to a reservation read through {@link #reservation}; {@code changed} carries
   * the version after the change, one more than the version read.
   */
  Reservation update(Reservation changed) {
    // a reservation written twice in one plan keeps only its last write, at the end
    if (moreWrites != null) {
      moreWrites.removeIf(w -> w.reservation().id().equals(changed.id()));
    }
    if (firstWrite != null && firstWrite.reservation().id().equals(changed.id())) {
      firstWrite = moreWrites == null || moreWrites.isEmpty() ? null : moreWrites.remove(0);
    }
    write(new Commit.ReservationUpdate(changed, changed.version() - 1));
    return changed;
  }

  private void write(Commit.ReservationUpdate u) {
    if (firstWrite == null) {
      firstWrite = u;
    } else {
      moreWrites = more(moreWrites, u);
    }
  }

  /**
   * Stages an event about a reservation's new version, to be written with the commit; dropped
   * when the keeper records no events.
   */
  void event(Reservation after, DomainEvent e) {
    if (recording) {
      stage(EventEnvelope.of("reservation", after.id(), after.version(), e));
    }
  }

  boolean isEmpty() {
    if (firstWrite != null) {
      return false;
    }
    for (int i = 0; i < stockCount(); i++) {
      if (stock(i).moved()) {
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
    List<Commit.ReservationUpdate> written = firstWrite == null ? List.of()
        : moreWrites == null || moreWrites.isEmpty() ? List.of(firstWrite) : allWrites();
    int n = stockCount();
    if (n == 1) {
      return new Commit(key, fingerprint, List.of(first.update()), written, events());
    }
    List<Commit.StockUpdate> updates = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      updates.add(stock(i).update());
    }
    return new Commit(key, fingerprint, updates, written, events());
  }

  private List<Commit.ReservationUpdate> allWrites() {
    List<Commit.ReservationUpdate> all = new ArrayList<>(writeCount());
    for (int i = 0; i < writeCount(); i++) {
      all.add(write(i));
    }
    return List.copyOf(all);
  }

  /**
   * Whether everything this plan read is still current in the store. Reads are not one snapshot,
   * so a refusal computed from them (not enough stock, wrong state) is only reported when they
   * still agree; otherwise the command is retried.
   */
  boolean readsCurrent() {
    for (int i = 0; i < stockCount(); i++) {
      Staged s = stock(i);
      if (store.balance(s.key).version() != s.baseVersion) {
        return false;
      }
    }
    for (int i = 0; i < readCount(); i++) {
      Reservation r = read(i);
      if (store.reservation(r.id()).map(Reservation::version).orElse(0L) != r.version()) {
        return false;
      }
    }
    return true;
  }

  /** One key as staged: the balance read, and the movements since (the first held apart). */
  private static final class Staged {
    final StockKey key;
    final long baseVersion;
    Balance balance;
    private @Nullable Movement first;
    private @Nullable List<Movement> more;

    Staged(StockKey key, Balance b) {
      this.key = key;
      this.baseVersion = b.version();
      this.balance = b;
    }

    void add(Movement m) {
      if (first == null) {
        first = m;
      } else {
        if (more == null) {
          more = new ArrayList<>(2);
          more.add(first);
        }
        more.add(m);
      }
    }

    boolean moved() {
      return first != null;
    }

    Commit.StockUpdate update() {
      List<Movement> movements = first == null ? List.of() : more == null ? List.of(first) : List.copyOf(more);
      return new Commit.StockUpdate(key, baseVersion, movements, balance);
    }
  }
}
