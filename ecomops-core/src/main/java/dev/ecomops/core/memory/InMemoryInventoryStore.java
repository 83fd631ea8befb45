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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.StampedLock;
import org.jspecify.annotations.Nullable;

/**
 * The embedded, thread-safe {@link InventoryStore}: everything in memory, gone with the instance.
 *
 * <p>A commit takes the write locks of the keys it touches in key order (so multi-key commits
 * cannot deadlock), checks every expected version, then writes. No read observes part of a
 * commit: balance reads are optimistic and wait while a commit writes the key, reservation reads
 * wait while a commit writes one of the reservation's keys, ledger reads copy under the read lock. The idempotency key is claimed before the locks with
 * {@code putIfAbsent}, so two concurrent commits with one key cannot both apply even when they
 * touch different keys; the claim is released only after the record is stored. Idempotency records are kept for the life of the store.
 */
public final class InMemoryInventoryStore implements InventoryStore {

  private final ConcurrentHashMap<StockKey, KeyState> keys = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ReservationId, Reservation> reservations;
  /** Idempotency records by the key's text (the caller's {@link IdempotencyKey} object is not kept). */
  private final ConcurrentHashMap<String, Object> commits;
  private final ConcurrentSkipListSet<Due> due = new ConcurrentSkipListSet<>();

  private InMemoryInventoryStore(int expected) {
    this.reservations = new ConcurrentHashMap<>(expected);
    this.commits = new ConcurrentHashMap<>(expected);
  }

  /** A new, empty store. */
  public static InMemoryInventoryStore create() {
    return new InMemoryInventoryStore(16);
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
    return new InMemoryInventoryStore(expectedCommands);
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
    Object o = commits.get(key.value());
    return o instanceof StoredCommit c ? Optional.of(materialize(key, c)) : Optional.empty();
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    IdempotencyKey key = commit.idempotencyKey();
    Pending mine = null;
    if (key != null) {
      mine = new Pending();
      Object prior;
      while ((prior = commits.putIfAbsent(key.value(), mine)) != null) {
        if (prior instanceof StoredCommit c) {
          return CommitOutcome.duplicate(materialize(key, c));
        }
        ((Pending) prior).await();
      }
    }
    boolean applied = false;
    KeyState[] locked = statesInLockOrder(commit);
    long[] stamps = new long[locked.length];
    for (int i = 0; i < locked.length; i++) {
      stamps[i] = locked[i].lock.writeLock();
    }
    try {
      if (!versionsMatch(commit)) {
        return CommitOutcome.conflict();
      }
      int[] ranges = new int[commit.stock().size() * 2];
      StockKey[] canonical = new StockKey[commit.stock().size()];
      for (int i = 0; i < commit.stock().size(); i++) {
        Commit.StockUpdate u = commit.stock().get(i);
        KeyState s = keys.get(u.key());
        canonical[i] = s.key;
        ranges[2 * i] = s.ledger.size();
        ranges[2 * i + 1] = u.movements().size();
        if (!u.movements().isEmpty()) {
          for (Movement m : u.movements()) {
            s.ledger.add(m);
          }
          s.balance = u.balance();
        }
      }
      for (Commit.ReservationUpdate u : commit.reservations()) {
        writeReservation(u.reservation());
      }
      CommitRecord record = null;
      if (key != null) {
        record = CommitRecord.of(commit);
        commits.put(key.value(), StoredCommit.of(commit, ranges, canonical));
      }
      applied = true;
      return CommitOutcome.applied(record);
    } finally {
      if (mine != null) {
        if (!applied) {
          commits.remove(key.value(), mine);
        }
        mine.done = true;
      }
      for (int i = locked.length - 1; i >= 0; i--) {
        locked[i].lock.unlockWrite(stamps[i]);
      }
    }
  }

  /** The states of every key a commit touches, in lock order. */
  private KeyState[] statesInLockOrder(Commit commit) {
    if (commit.stock().size() == 1 && coveredBy(commit, commit.stock().get(0).key())) {
      return new KeyState[] {state(commit.stock().get(0).key())};
    }
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
      states[i++] = state(k);
    }
    return states;
  }

  private static boolean coveredBy(Commit commit, StockKey only) {
    for (Commit.ReservationUpdate u : commit.reservations()) {
      for (ReservationLine l : u.reservation().lines()) {
        if (!l.key().equals(only)) {
          return false;
        }
      }
    }
    return true;
  }

  private KeyState state(StockKey k) {
    KeyState s = keys.get(k);
    return s != null ? s : keys.computeIfAbsent(k, KeyState::new);
  }

  private boolean versionsMatch(Commit commit) {
    for (Commit.StockUpdate u : commit.stock()) {
      if (keys.get(u.key()).balance.version() != u.expectedVersion()) {
        return false;
      }
    }
    for (Commit.ReservationUpdate u : commit.reservations()) {
      Reservation stored = reservations.get(u.reservation().id());
      long version = stored == null ? 0 : stored.version();
      if (version != u.expectedVersion()) {
        return false;
      }
    }
    return true;
  }

  private void writeReservation(Reservation r) {
    Reservation old = reservations.put(r.id(), r);
    if (old != null && old.expiresAt().isPresent() && old.status() == ReservationStatus.ACTIVE) {
      Due d = new Due(old.expiresAt().get(), old.id());
      due.remove(d);
      for (ReservationLine l : old.lines()) {
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
  }

  /** Rebuilds the record of a stored commit from the ledgers and reservations it wrote. */
  private CommitRecord materialize(IdempotencyKey key, StoredCommit c) {
    List<Movement> moved = new ArrayList<>();
    for (int i = 0; i < c.keyCount(); i++) {
      StockKey k = c.key(i);
      KeyState s = keys.get(k);
      long stamp = s.lock.readLock();
      try {
        moved.addAll(s.ledger.range(k, c.from(i), c.count(i)));
      } finally {
        s.lock.unlockRead(stamp);
      }
    }
    List<Reservation> written = new ArrayList<>(c.reservationCount());
    for (int i = 0; i < c.reservationCount(); i++) {
      Object o = c.reservation(i);
      written.add(o instanceof ReservationId id ? created(reservations.get(id)) : (Reservation) o);
    }
    return new CommitRecord(key, c.fingerprint(), moved, written);
  }

  /** A reservation as it was created: its identity fields (which never change) with everything open. */
  private static Reservation created(Reservation r) {
    return Reservation.builder().id(r.id()).reference(r.reference()).sku(r.sku()).location(r.location())
        .quantity(r.quantity()).open(r.quantity()).picked(0).shipped(0).released(0).expired(0).addAllLines(r.lines())
        .status(ReservationStatus.ACTIVE).createdAt(r.createdAt()).expiresAt(r.expiresAt()).version(1).build();
  }

  /**
   * What an applied keyed commit leaves behind: ledger ranges rather than movements, created
   * reservations by id (rebuilt from their current version), and a 64-bit digest rather than its
   * text when the fingerprint is one. The common commit (one key, at most one reservation) takes
   * one small object; others keep arrays.
   */
  private static final class StoredCommit {
    private final long digest;
    private final @Nullable String fingerprint;
    private final Object keys;
    private final int from;
    private final int count;
    private final int @Nullable [] ranges;
    private final @Nullable Object reservations;
    private final int reservationCount;

    private StoredCommit(String fingerprint, Object keys, int[] ranges, @Nullable Object reservations, int reservationCount) {
      boolean hex = isHexDigest(fingerprint);
      this.digest = hex ? Long.parseUnsignedLong(fingerprint, 16) : 0;
      this.fingerprint = hex ? null : fingerprint;
      this.keys = keys;
      this.from = ranges.length == 2 ? ranges[0] : 0;
      this.count = ranges.length == 2 ? ranges[1] : 0;
      this.ranges = ranges.length == 2 ? null : ranges;
      this.reservations = reservations;
      this.reservationCount = reservationCount;
    }

    /** @param canonical the store's own key objects, so the record holds no copy of its own */
    static StoredCommit of(Commit commit, int[] ranges, StockKey[] canonical) {
      Object keys = canonical.length == 1 ? canonical[0] : canonical;
      int r = commit.reservations().size();
      Object written = null;
      if (r == 1) {
        written = compact(commit.reservations().get(0).reservation());
      } else if (r > 1) {
        Object[] all = new Object[r];
        for (int i = 0; i < r; i++) {
          all[i] = compact(commit.reservations().get(i).reservation());
        }
        written = all;
      }
      return new StoredCommit(commit.fingerprint(), keys, ranges, written, r);
    }

    /** A created reservation is kept by id; any other state as written. */
    private static Object compact(Reservation r) {
      boolean asCreated = r.version() == 1 && r.status() == ReservationStatus.ACTIVE && r.open() == r.quantity()
          && r.picked() == 0 && r.shipped() == 0 && r.released() == 0 && r.expired() == 0;
      return asCreated ? r.id() : r;
    }

    /**
     * Whether the fingerprint is exactly what {@link Long#toHexString} prints (lower case, no
     * leading zero, 1 to 16 digits), so that it can be kept as a long and printed back unchanged.
     */
    private static boolean isHexDigest(String fingerprint) {
      int n = fingerprint.length();
      if (n == 0 || n > 16 || (n > 1 && fingerprint.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = fingerprint.charAt(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
          return false;
        }
      }
      return true;
    }

    String fingerprint() {
      return fingerprint != null ? fingerprint : Long.toHexString(digest);
    }

    int keyCount() {
      return keys instanceof StockKey ? 1 : ((StockKey[]) keys).length;
    }

    StockKey key(int i) {
      return keys instanceof StockKey k ? k : ((StockKey[]) keys)[i];
    }

    int from(int i) {
      return ranges == null ? from : ranges[2 * i];
    }

    int count(int i) {
      return ranges == null ? count : ranges[2 * i + 1];
    }

    int reservationCount() {
      return reservationCount;
    }

    Object reservation(int i) {
      return reservationCount == 1 ? reservations : ((Object[]) reservations)[i];
    }
  }

  /**
   * One key's state. Commits hold the write lock of every key they touch, in key order; balance
   * reads are optimistic and fall back to the read lock while a commit is writing.
   */
  private static final class KeyState {
    final StockKey key;
    final StampedLock lock = new StampedLock();
    final CompactLedger ledger = new CompactLedger();
    volatile Balance balance = Balance.EMPTY;
    volatile @Nullable ConcurrentSkipListSet<Due> due;

    KeyState(StockKey key) {
      this.key = key;
    }
  }

  /**
   * A claim on an idempotency key while its commit is in progress. Another commit with the same
   * key is rare (a client retrying while its first attempt is still running), so it spins.
   */
  private static final class Pending {
    volatile boolean done;

    void await() {
      for (int spins = 0; !done; spins++) {
        if (spins < 100) {
          Thread.onSpinWait();
        } else {
          Thread.yield();
        }
      }
    }
  }

  /** An entry of the expiry index, ordered by time then id. */
  private record Due(Instant at, ReservationId id) implements Comparable<Due> {
    @Override
    public int compareTo(Due o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : id.value().compareTo(o.id.value());
    }
  }
}
