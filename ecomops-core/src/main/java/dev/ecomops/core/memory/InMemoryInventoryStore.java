package dev.ecomops.core.memory;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.spi.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The embedded, thread-safe {@link InventoryStore}: everything in memory, gone with the instance.
 *
 * <p>A commit takes the write locks of the keys it touches in key order (so multi-key commits
 * cannot deadlock), checks every expected version, then writes. No read observes part of a
 * commit: balance reads are optimistic and wait while a commit writes the key, reservation reads
 * wait while a commit writes one of the reservation's keys, ledger reads copy under the read lock.
 * The idempotency key is claimed before the locks, so two concurrent commits with one key cannot
 * both apply even when they touch different keys; the claim is released only after the record is
 * stored.
 *
 * <p>Everything is kept for the life of the store, laid out so that millions of commands cost the
 * garbage collector little: ledgers in columns ({@code CompactLedger}), settled reservations and
 * idempotency records as rows of primitives in segmented tables ({@code ReservationTable},
 * {@code CommitTable}), stock keys numbered once ({@code KeyRegistry}), reservation ids of the
 * embedded generator kept as numbers ({@code NumberedIds}). About 290 bytes stay reachable per
 * reserve+release pair, in no object of its own.
 */
public final class InMemoryInventoryStore implements InventoryStore {

  private final KeyRegistry keys = new KeyRegistry();
  private final ReservationTable reservations;
  /** Idempotency records by the key's text (the caller's {@link IdempotencyKey} object is not kept). */
  private final CommitTable commits;
  private final ConcurrentSkipListSet<Due> due = new ConcurrentSkipListSet<>();
  private final InMemoryOutbox outbox;

  private InMemoryInventoryStore(int expected, InMemoryOutbox outbox) {
    this.reservations = new ReservationTable(keys, expected);
    this.commits = new CommitTable(keys, expected);
    this.outbox = outbox;
  }

  /** A new, empty store with an outbox of its own. */
  public static InMemoryInventoryStore create() {
    return new InMemoryInventoryStore(16, InMemoryOutbox.create());
  }

  /**
   * A new, empty store that writes its commits' events to {@code outbox}, which other in-memory
   * stores may share, so one relay delivers all their events.
   */
  public static InMemoryInventoryStore create(InMemoryOutbox outbox) {
    return new InMemoryInventoryStore(16, java.util.Objects.requireNonNull(outbox, "outbox"));
  }

  /**
   * A new, empty store whose tables are sized up front for about {@code expectedCommands} keyed
   * commands and reservations, so that a store known to grow large does not pay for rehashing
   * as it grows (as with a hash map's initial capacity).
   *
   * @param expectedCommands a size hint, at least 0
   * @throws IllegalArgumentException if negative
   */
  public static InMemoryInventoryStore create(int expectedCommands) {
    if (expectedCommands < 0) {
      throw new IllegalArgumentException("expectedCommands was " + expectedCommands + " but must be at least 0");
    }
    return new InMemoryInventoryStore(expectedCommands, InMemoryOutbox.create());
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Balance balance(StockKey key) {
    KeyState s = keys.get(key);
    if (s == null) {
      return Balance.EMPTY;
    }
    long stamp = s.lock.tryOptimisticRead();
    Balance b = s.balance;
    if (stamp != 0 && s.lock.validate(stamp)) {
      return b;
    }
    stamp = s.lock.readLock();
    try {
      return s.balance;
    } finally {
      s.lock.unlockRead(stamp);
    }
  }

  @Override
  public List<Movement> movements(StockKey key) {
    KeyState s = keys.get(key);
    if (s == null) {
      return List.of();
    }
    long stamp = s.lock.readLock();
    try {
      return s.ledger.all(key);
    } finally {
      s.lock.unlockRead(stamp);
    }
  }

  @Override
  public List<StockKey> keys() {
    List<StockKey> out = new ArrayList<>();
    keys.forEach((k, s) -> {
      if (s.balance.version() > 0) {
        out.add(k);
      }
    });
    return List.copyOf(out);
  }

  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    Reservation r = reservations.get(id);
    if (r == null) {
      return Optional.empty();
    }
    // a commit is visible only once it is whole: if one of the reservation's keys is being
    // written, wait for that commit and read again
    for (ReservationLine l : r.lines()) {
      KeyState s = keys.get(l.key());
      if (s != null && s.lock.isWriteLocked()) {
        long stamp = s.lock.readLock();
        s.lock.unlockRead(stamp);
        return Optional.ofNullable(reservations.get(id));
      }
    }
    return Optional.of(r);
  }

  @Override
  public List<Reservation> dueReservations(StockKey key, Instant now) {
    // nothing due anywhere (the common case, asked on every read): no per-key lookup; isEmpty
    // first because it allocates nothing, then the earliest entry (not first(): it may go meanwhile)
    if (due.isEmpty()) {
      return List.of();
    }
    Iterator<Due> anywhere = due.iterator();
    if (!anywhere.hasNext() || anywhere.next().at.isAfter(now)) {
      return List.of();
    }
    KeyState s = keys.get(key);
    ConcurrentSkipListSet<Due> set = s == null ? null : s.due;
    if (set == null) {
      return List.of();
    }
    // not isEmpty() then first(): another thread may take the last entry in between
    Iterator<Due> earliest = set.iterator();
    if (!earliest.hasNext() || earliest.next().at.isAfter(now)) {
      return List.of();
    }
    return collectDue(set, now, Integer.MAX_VALUE);
  }

  @Override
  public List<Reservation> dueReservations(Instant now, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit was " + limit + " but must be at least 1");
    }
    return collectDue(due, now, limit);
  }

  private List<Reservation> collectDue(ConcurrentSkipListSet<Due> set, Instant now, int limit) {
    List<Reservation> out = new ArrayList<>();
    for (Due d : set) {
      if (d.at.isAfter(now) || out.size() >= limit) {
        break;
      }
      Reservation r = reservations.get(d.id);
      if (r != null && r.isDue(now)) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public Optional<CommitRecord> committed(IdempotencyKey key) {
    StoredCommit c = commits.get(key.value());
    return c == null ? Optional.empty() : Optional.of(materialize(key, c));
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    IdempotencyKey key = commit.idempotencyKey();
    CommitTable.Pending mine = null;
    if (key != null) {
      mine = new CommitTable.Pending();
      Object prior;
      while ((prior = commits.claim(key.value(), mine)) != null) {
        if (prior instanceof StoredCommit c) {
          return CommitOutcome.duplicate(materialize(key, c));
        }
        ((CommitTable.Pending) prior).await();
      }
    }
    boolean applied = false;
    int n = commit.stock().size();
    // each stock update's key state, looked up once
    KeyState[] written = new KeyState[n];
    KeyState[] locked;
    if (n == 1 && coveredBy(commit, commit.stock().get(0).key())) {
      written[0] = keys.state(commit.stock().get(0).key());
      locked = written;
    } else {
      locked = statesInLockOrder(commit);
      for (int i = 0; i < n; i++) {
        written[i] = keys.get(commit.stock().get(i).key());
      }
    }
    for (KeyState s : locked) {
      s.lock.writeLock();
    }
    try {
      List<Commit.ReservationUpdate> rs = commit.reservations();
      if (!stockVersionsMatch(commit, written) || (rs.size() > 1 && !reservationVersionsMatch(rs))) {
        return CommitOutcome.conflict();
      }
      // a lone reservation is checked as it is written, first, so a stale one writes nothing
      if (rs.size() == 1 && !writeReservation(rs.get(0), written, true)) {
        return CommitOutcome.conflict();
      }
      // where each key's movements land, for the idempotency record
      int[] ranges = key == null ? null : new int[n * 2];
      for (int i = 0; i < n; i++) {
        Commit.StockUpdate u = commit.stock().get(i);
        KeyState s = written[i];
        if (ranges != null) {
          ranges[2 * i] = s.ledger.size();
          ranges[2 * i + 1] = u.movements().size();
        }
        if (!u.movements().isEmpty()) {
          for (Movement m : u.movements()) {
            s.ledger.add(m);
          }
          s.balance = u.balance();
        }
      }
      if (rs.size() > 1) {
        // checked above, all before any write
        for (Commit.ReservationUpdate u : rs) {
          writeReservation(u, written, false);
        }
      }
      if (key != null) {
        commits.store(key.value(), mine, commit, written, ranges);
      }
      if (!commit.events().isEmpty()) {
        // under the keys' write locks: an aggregate's events enter the outbox in sequence order
        outbox.append(commit.events());
      }
      applied = true;
      return CommitOutcome.applied();
    } finally {
      if (mine != null) {
        if (!applied) {
          commits.abandon(mine);
        }
        mine.done = true;
      }
      // every lock here is this thread's write lock: released without keeping the stamps
      for (int i = locked.length - 1; i >= 0; i--) {
        locked[i].lock.tryUnlockWrite();
      }
    }
  }

  /** The states of every key a commit touches, in lock order. */
  private KeyState[] statesInLockOrder(Commit commit) {
    TreeSet<StockKey> touched = new TreeSet<>();
    for (Commit.StockUpdate u : commit.stock()) {
      touched.add(u.key());
    }
    for (Commit.ReservationUpdate u : commit.reservations()) {
      for (ReservationLine l : u.reservation().lines()) {
        touched.add(l.key());
      }
    }
    KeyState[] states = new KeyState[touched.size()];
    int i = 0;
    for (StockKey k : touched) {
      states[i++] = keys.state(k);
    }
    return states;
  }

  private static boolean coveredBy(Commit commit, StockKey only) {
    // indexed loops: this runs on every commit, and iterators here were a visible allocation
    List<Commit.ReservationUpdate> rs = commit.reservations();
    for (int i = 0; i < rs.size(); i++) {
      List<ReservationLine> lines = rs.get(i).reservation().lines();
      for (int j = 0; j < lines.size(); j++) {
        if (!lines.get(j).key().equals(only)) {
          return false;
        }
      }
    }
    return true;
  }

  /** @param states the state of each stock update's key, in the commit's order */
  private static boolean stockVersionsMatch(Commit commit, KeyState[] states) {
    for (int i = 0; i < states.length; i++) {
      if (states[i].balance.version() != commit.stock().get(i).expectedVersion()) {
        return false;
      }
    }
    return true;
  }

  private boolean reservationVersionsMatch(List<Commit.ReservationUpdate> updates) {
    for (Commit.ReservationUpdate u : updates) {
      if (reservations.version(u.reservation().id()) != u.expectedVersion()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a reservation, if {@code check}ed only when its stored version is the one expected,
   * and keeps the expiry index.
   *
   * @param states key states the commit has at hand (a reservation's key is usually one of them)
   * @return false, having written nothing, if checked and the stored version is another
   */
  private boolean writeReservation(Commit.ReservationUpdate u, KeyState[] states, boolean check) {
    Reservation r = u.reservation();
    List<ReservationLine> lines = r.lines();
    Object put = reservations.putIfVersion(r, lines.size() == 1 ? stateOf(lines.get(0).key(), states).index : -1,
        check ? u.expectedVersion() : -1);
    if (put == ReservationTable.STALE) {
      return false;
    }
    if (put instanceof Instant wasDue) {
      // a reservation's lines never change, so the old entry sits under the new one's keys
      Due d = new Due(wasDue, r.id());
      due.remove(d);
      for (ReservationLine l : lines) {
        ConcurrentSkipListSet<Due> set = keys.get(l.key()).due;
        if (set != null) {
          set.remove(d);
        }
      }
    }
    if (r.expiresAt().isPresent() && r.status() == ReservationStatus.ACTIVE) {
      Due d = new Due(r.expiresAt().get(), r.id());
      due.add(d);
      for (ReservationLine l : r.lines()) {
        KeyState s = keys.get(l.key());
        if (s.due == null) {
          s.due = new ConcurrentSkipListSet<>();
        }
        s.due.add(d);
      }
    }
    return true;
  }

  private KeyState stateOf(StockKey key, KeyState[] states) {
    for (KeyState s : states) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return keys.state(key);
  }

  /** Rebuilds the record of a stored commit from the ledgers and reservations it wrote. */
  private CommitRecord materialize(IdempotencyKey key, StoredCommit c) {
    List<Movement> moved = new ArrayList<>();
    for (int i = 0; i < c.states().length; i++) {
      KeyState s = c.states()[i];
      long stamp = s.lock.readLock();
      try {
        moved.addAll(s.ledger.range(s.key, c.ranges()[2 * i], c.ranges()[2 * i + 1]));
      } finally {
        s.lock.unlockRead(stamp);
      }
    }
    List<Reservation> written = new ArrayList<>(c.reservations().length);
    for (Object o : c.reservations()) {
      written.add(o instanceof String id ? reservations.created(ReservationId.of(id)) : (Reservation) o);
    }
    return new CommitRecord(key, c.fingerprint(), moved, written);
  }

  /** An entry of the expiry index, ordered by time then id. */
  record Due(Instant at, ReservationId id) implements Comparable<Due> {
    @Override
    public int compareTo(Due o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : id.value().compareTo(o.id.value());
    }
  }
}
