package dev.ecomops.core.spi;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.StockKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the host keeps inventory state: one append-only ledger of {@link Movement}s per {@link
 * StockKey} with its derived {@link Balance}, the {@link Reservation}s, and a record of every
 * applied commit under its idempotency key. All decisions (what to append, whether stock
 * suffices) are made by {@code StockKeeper}; the store only keeps
 * state and applies {@link Commit}s atomically. The in-memory default is {@code InMemoryInventoryStore}.
 *
 * <p>The contract, checked by {@code dev.ecomops.testkit.inventory.InventoryStoreContract}:
 *
 * <ol>
 *   <li><b>Atomic, conditional commit.</b> {@link #commit} writes all of a commit or none of it.
 *       It writes only if, for every stock update, the stored balance version equals {@code
 *       expectedVersion} (also for updates without movements: those are read checks that write nothing),
 *       and for every reservation update the stored reservation version equals
 *       {@code expectedVersion} (0: the reservation must not exist). Otherwise it returns {@code
 *       CONFLICT} and writes nothing. Optimistic versions or a transaction with row locks both
 *       satisfy this.
 *   <li><b>Idempotent.</b> A commit whose idempotency key was already applied writes nothing and
 *       returns {@code DUPLICATE} with the first commit's record, whatever its content. Key check
 *       and write are atomic: of two concurrent commits with one key, at most one is applied. A
 *       commit without a key is guarded by its versions alone and leaves no record.
 *   <li><b>Linearizable reads.</b> No read observes part of a commit. After {@code commit}
 *       returns {@code APPLIED}, every read on any thread sees it: {@link #balance} returns the committed balance with its version, {@link
 *       #movements} ends with the committed movements in order, {@link #reservation} returns the
 *       written state, {@link #committed} returns the record.
 *   <li><b>Nothing lost under concurrency.</b> Concurrent commits to one key never both apply
 *       against the same version; no update is lost.
 *   <li><b>Unknown is empty.</b> An unknown key reads as {@link Balance#EMPTY} and no movements;
 *       unknown ids read as empty optionals.
 *   <li><b>Thread safe, non-blocking beyond the commit itself.</b> Every method may be called from
 *       many threads at once. Methods never return null.
 *   <li><b>Events with the state (the outbox).</b> An applied commit's {@link Commit#events()}
 *       are written to {@link #outbox()} in the same atomic step as its state, in order; a
 *       refused or duplicate commit writes none. A replay therefore needs to publish nothing: the
 *       first attempt's events are already waiting, even if its caller never saw it return.
 * </ol>
 *
 * <p>Any method may also fail (throw, time out) as a database does. A commit that throws may or
 * may not have been applied; callers retry it with the same idempotency key, and rule 2 answers
 * the retry with the first record.
 */
public interface InventoryStore {

  /**
   * The current balance of a key, with its version.
   *
   * @param key the (SKU, location)
   * @return its balance, {@link Balance#EMPTY} if it has no movements
   */
  Balance balance(StockKey key);

  /**
   * A balance to plan a command on: recent, possibly stale. The keeper stages its commands on
   * these and relies on each commit's version guard (a stale balance answers {@code CONFLICT},
   * and the command re-plans) and on {@link #balance} before it reports a refusal, so a store may
   * answer from a cache of what it last read or wrote, saving the read before a commit. It must
   * not answer a stale balance again after a commit on the key answered {@code CONFLICT} or after
   * {@link #balance} read it (or the command would re-plan on the same stale value until its
   * retries run out). The default reads {@link #balance}.
   *
   * @param key the (SKU, location)
   * @return its balance as recently known, {@link Balance#EMPTY} if it has no movements
   */
  default Balance planningBalance(StockKey key) {
    return balance(key);
  }

  /**
   * The balances of several keys at once, for reads that look at many (allocation looks at a SKU
   * at every candidate location). A database answers in one round trip; the default asks {@link
   * #balance} for each. The balances need not be one snapshot: each is as {@link #balance} would
   * answer at some moment during the call.
   *
   * @param keys the keys, in any order, repeats allowed
   * @return their balances in the same order, {@link Balance#EMPTY} for a key with no movements
   */
  default List<Balance> balances(List<StockKey> keys) {
    List<Balance> out = new java.util.ArrayList<>(keys.size());
    for (StockKey key : keys) {
      out.add(balance(key));
    }
    return out;
  }

  /**
   * The key's ledger in sequence order.
   *
   * @param key the (SKU, location)
   * @return an immutable snapshot of its movements, empty if none
   */
  List<Movement> movements(StockKey key);

  /**
   * A page of a key's ledger, for ledgers too long to read whole: the movements with a sequence
   * after {@code afterSequence}, in sequence order. A database answers with an index range scan;
   * the default filters {@link #movements(StockKey)}.
   *
   * @param afterSequence the last sequence already read, 0 for the start
   * @param limit the most to return, 1 to 10,000
   * @return up to {@code limit} movements; fewer means the end of the ledger
   * @throws IllegalArgumentException naming the argument out of range
   */
  default List<Movement> movements(StockKey key, long afterSequence, int limit) {
    Pages.check(afterSequence, limit);
    return movements(key).stream().filter(m -> m.sequence() > afterSequence).limit(limit).toList();
  }

  /**
   * Every key with at least one movement.
   *
   * @return an immutable snapshot, in no particular order
   */
  List<StockKey> keys();

  /**
   * A page of the keys with at least one movement, in {@link StockKey} order (SKU, then location,
   * each by code point), for stores with too many keys to list at once. The default sorts {@link
   * #keys()}.
   *
   * @param after the last key already read, or null for the start
   * @param limit the most to return, 1 to 10,000
   * @return up to {@code limit} keys after {@code after}; fewer means the end
   * @throws IllegalArgumentException naming {@code limit} when out of range
   */
  default List<StockKey> keys(@Nullable StockKey after, int limit) {
    Pages.check(0, limit);
    return keys().stream().filter(k -> after == null || k.compareTo(after) > 0).sorted().limit(limit).toList();
  }

  /**
   * A reservation by id.
   *
   * @param id the reservation id
   * @return its stored state, or empty if unknown
   */
  Optional<Reservation> reservation(ReservationId id);

  /**
   * A reservation with the balances of the keys its lines draw on, to plan a command that changes
   * the reservation (release, pick, confirm, ship, expire) on: recent, possibly stale, like
   * {@link #planningBalance}. The commit guards the reservation's and each balance's version, and
   * the keeper checks {@link #reservation} and {@link #balance} before it reports a refusal, so a
   * store may answer from what it last read or wrote (a node releasing the reservation it made
   * reads nothing), or in one round trip. It must not answer a stale reservation or balance again
   * after a commit on it answered {@code CONFLICT} or after {@link #reservation} or {@link
   * #balance} read it. The default asks {@link #reservation}, then {@link #balances}.
   *
   * @param id the reservation id
   * @return the reservation and, by key, the balances of its lines' keys; empty if unknown
   */
  default Optional<ReservationWithBalances> planningReservation(ReservationId id) {
    Optional<Reservation> found = reservation(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<ReservationLine> lines = found.get().lines();
    if (lines.size() == 1) { // the usual reservation: one SKU at one location
      StockKey key = lines.get(0).key();
      return Optional.of(new ReservationWithBalances(found.get(), java.util.Map.of(key, balances(List.of(key)).get(0))));
    }
    List<StockKey> keys = lines.stream().map(ReservationLine::key).distinct().toList();
    List<Balance> balances = balances(keys);
    java.util.Map<StockKey, Balance> byKey = new java.util.HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byKey.put(keys.get(i), balances.get(i));
    }
    return Optional.of(new ReservationWithBalances(found.get(), byKey));
  }

  /**
   * A reservation and the balances of its lines' keys, read together.
   *
   * @param reservation the reservation
   * @param balances by key, for the keys of its lines (a key missing is read when needed)
   */
  record ReservationWithBalances(Reservation reservation, java.util.Map<StockKey, Balance> balances) {
    /** Copies the map. */
    public ReservationWithBalances {
      balances = java.util.Map.copyOf(balances);
    }
  }

  /**
   * Active reservations on {@code key} whose expiry time is at or before {@code now}.
   *
   * @param key a key one of the reservation's lines draws on
   * @param now the instant to compare with
   * @return the due reservations, possibly empty
   */
  List<Reservation> dueReservations(StockKey key, Instant now);

  /**
   * Active reservations anywhere whose expiry time is at or before {@code now}, earliest first.
   *
   * @param now the instant to compare with
   * @param limit the most to return, at least 1
   * @return up to {@code limit} due reservations
   */
  List<Reservation> dueReservations(Instant now, int limit);

  /**
   * The record of the commit applied under {@code key}.
   *
   * @param key an idempotency key
   * @return the record, or empty if no commit with that key was applied
   */
  Optional<CommitRecord> committed(IdempotencyKey key);

  /**
   * Applies a commit atomically if every expected version matches and its key is new.
   *
   * @param commit the change
   * @return {@code APPLIED} (the record is kept for {@link #committed}, not returned), {@code CONFLICT} with
   *     nothing written, or {@code DUPLICATE} with the first record for that key
   */
  CommitOutcome commit(Commit commit);

  /**
   * The outbox this store writes commits' events to. Several stores may share one.
   *
   * @return the outbox, the same instance on every call
   */
  Outbox outbox();
}
