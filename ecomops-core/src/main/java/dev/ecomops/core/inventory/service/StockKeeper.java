package dev.ecomops.core.inventory.service;

import dev.ecomops.core.Check;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.internal.Digest;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockState;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetriesExhaustedException;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.Catalog;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.IdGenerator;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The inventory service hosts call: every change of stock goes through it as a command, becomes
 * movements appended to the ledger in one atomic, version-checked commit, and is published as
 * events. Thread safe; holds no state of its own beyond its collaborators.
 *
 * <p>Guarantees: no balance ever goes negative and reserved never exceeds sellable stock (a
 * command that would break this throws {@link InsufficientStockException} and changes nothing);
 * a command replayed with the same {@link IdempotencyKey} returns the first result and appends
 * nothing (reusing a key for a different command throws {@link ValidationException}); unknown SKUs
 * or locations, non-positive quantities, blank ids and expired lots throw {@link
 * ValidationException} naming the field and rule, before anything is written. Reservations with a
 * time-to-live expire when their key is next read, when a reserve needs the units they hold, or by
 * {@link #expireDue(int)}: no background thread is needed. Time comes from the injected {@link Clock}.
 *
 * <p>Lot-tracked products: receipts name a lot (expiry defaults to today plus the shelf life);
 * units leave lots in the product's order, FEFO or FIFO, and picks never take expired lots.
 */
public final class StockKeeper {

  private final CommandRunner runner;
  private final Catalog catalog;
  private final ReservationDesk desk;
  private final ReservationLifecycle lifecycle;
  private final StockMoves moves;

  private StockKeeper(Builder b) {
    this.catalog = Objects.requireNonNull(b.catalog, "catalog");
    OutboxRelay relay = b.events == null ? null : OutboxRelay.inline(b.store.outbox(), b.events, b.clock);
    this.runner = new CommandRunner(b.store, b.recording || relay != null, relay, b.clock, b.retry);
    this.lifecycle = new ReservationLifecycle(runner, catalog);
    this.desk = new ReservationDesk(runner, catalog, b.ids, lifecycle);
    this.moves = new StockMoves(runner, catalog, b.ids, desk, lifecycle);
  }

  /** A builder; only the catalog is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Receives units into a location.
   *
   * @return the movement appended (on replay, the first one)
   * @throws ValidationException for an unknown SKU or location, a kit SKU, a missing or unexpected
   *     lot, or an expiry date before today
   */
  public List<Movement> receive(Receipt receipt) {
    return moves.receive(receipt);
  }

  /**
   * Corrects sellable stock by a signed delta, with a reason (shrinkage, found, write-off).
   * Lot-tracked products: an increase needs {@code lot}; a decrease without one takes lots in
   * consumption order, expired lots included.
   *
   * @param delta units to add (positive) or remove (negative), not zero
   * @param reason why, not blank
   * @param lot the lot to adjust, or null
   * @return the movements appended, one per lot touched
   * @throws InsufficientStockException if removing more than is sellable and unreserved
   * @throws ValidationException for bad input
   */
  public List<Movement> adjust(StockKey key, long delta, String reason, @Nullable String lot, IdempotencyKey idempotencyKey) {
    return moves.adjust(key, delta, reason, lot, idempotencyKey);
  }

  /**
   * Posts a cycle count's correction of sellable stock; as {@link #adjust} with a {@link
   * MovementKind#COUNT_CORRECTION} movement referring to the count.
   *
   * @return the movements appended
   */
  List<Movement> correctCount(StockKey key, long delta, String countId, IdempotencyKey idempotencyKey) {
    return moves.correct(MovementKind.COUNT_CORRECTION, key, delta, "cycle count", null, countId, idempotencyKey);
  }

  /**
   * Ships units from one location to another: on hand leaves {@code from} now and is in transit
   * to {@code to}, expected on {@code expectedArrival}, until {@link #receiveTransfer}.
   *
   * @return the transfer id
   * @throws InsufficientStockException if {@code from} has too few sellable, unreserved units
   * @throws ValidationException for bad input or {@code from} equal to {@code to}
   */
  public String transfer(Sku sku, LocationId from, LocationId to, long quantity, LocalDate expectedArrival,
      IdempotencyKey idempotencyKey) {
    return moves.transfer(sku, from, to, quantity, expectedArrival, idempotencyKey);
  }

  /**
   * Receives everything still in transit under a transfer at its destination.
   *
   * @return the movements appended
   * @throws ValidationException if nothing of that transfer is in transit to {@code to}
   */
  public List<Movement> receiveTransfer(StockKey to, String transferId, IdempotencyKey idempotencyKey) {
    return moves.receiveTransfer(to, transferId, idempotencyKey);
  }

  /**
   * Puts units a customer sent back into stock, in the state inspection found.
   *
   * @param lot the lot for lot-tracked products returned sellable, else null
   * @return the movement appended
   * @throws ValidationException for bad input
   */
  public List<Movement> returnToStock(StockKey key, long quantity, StockState state, @Nullable String lot,
      IdempotencyKey idempotencyKey) {
    return moves.returnToStock(key, quantity, state, lot, idempotencyKey);
  }

  /**
   * Moves units between states (sellable, damaged, quality hold). Units leaving the sellable state
   * cannot be reserved ones.
   *
   * @param lot for lot-tracked products entering the sellable state, the lot; leaving it, the lot
   *     to take them from (a recall), or null to take lots in the product's consumption order
   * @return the movements appended
   * @throws InsufficientStockException if {@code from} (or the named lot) holds too few units
   */
  public List<Movement> changeState(StockKey key, long quantity, StockState from, StockState to, String reason,
      @Nullable String lot, IdempotencyKey idempotencyKey) {
    return moves.changeState(key, quantity, from, to, reason, lot, idempotencyKey);
  }

  /**
   * Records supply expected on a date (an open purchase-order line), so available to promise by
   * date sees it. A {@link Receipt} naming the same supply reference consumes it.
   *
   * @return the movement appended
   */
  public List<Movement> expectSupply(StockKey key, long quantity, LocalDate expectedDate, String supplyReference,
      IdempotencyKey idempotencyKey) {
    return moves.expectSupply(key, quantity, expectedDate, supplyReference, idempotencyKey);
  }

  /**
   * Cancels what is still expected of a supply reference.
   *
   * @return the movement appended
   * @throws ValidationException if nothing of that reference is expected
   */
  public List<Movement> cancelSupply(StockKey key, String supplyReference, IdempotencyKey idempotencyKey) {
    return moves.cancelSupply(key, supplyReference, idempotencyKey);
  }

  /**
   * Sets the safety stock held back from promises at a key.
   *
   * @param level units, zero or more
   * @return the movement appended
   */
  public List<Movement> setSafetyStock(StockKey key, long level, IdempotencyKey idempotencyKey) {
    return moves.setSafetyStock(key, level, idempotencyKey);
  }

  /**
   * Holds units for an order line. A kit holds each component at one location, atomically. With
   * no location given, the first location by priority that can hold all of it is chosen.
   *
   * @return the reservation (on replay, the first one)
   * @throws InsufficientStockException if not enough is available to promise (and partial is not
   *     allowed, or nothing at all is available); nothing is held then
   * @throws ValidationException for an unknown SKU or location, a reused idempotency key, or a
   *     requested reservation id already in use
   */
  public Reservation reserve(ReserveRequest request) {
    return desk.reserve(request);
  }

  /**
   * Holds several requests atomically, in one commit: either every one is held or none is (an
   * order's lines across its shipments). Requests are served in order, so two requests on one
   * key both count against it. Idempotent under {@code idempotencyKey}; the requests' own keys
   * are not used.
   *
   * @param requests what to hold, at least one
   * @param idempotencyKey the key of the whole command
   * @return the reservations, one per request in request order (on replay, the first ones)
   * @throws InsufficientStockException if any request cannot be held (and does not allow
   *     partial); nothing is held then
   * @throws ValidationException for an empty list, an unknown SKU or location, or a reused key
   */
  public List<Reservation> reserveAll(List<ReserveRequest> requests, IdempotencyKey idempotencyKey) {
    return desk.reserveAll(requests, idempotencyKey);
  }

  /**
   * Records under {@code key} that a command decided to change nothing (an allocation that found
   * no stock to hold), so that a later run of the same key, on this node or another, is answered
   * by this decision instead of deciding again on stock that arrived meanwhile. Without the record
   * a second run could hold stock that the first run's caller had already recorded as not held.
   *
   * @param key the command's idempotency key
   * @param command what the command was (its canonical text, digested into the record's fingerprint)
   * @return empty when the empty decision was recorded now; the key's earlier record when the key
   *     was already used (replay that one)
   */
  public Optional<CommitRecord> recordNothing(IdempotencyKey key, String command) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      CommitOutcome outcome = runner.store().commit(new Commit(key, Digest.of(command), List.of(), List.of()));
      switch (outcome.status()) {
        case APPLIED -> {
          return Optional.empty();
        }
        case DUPLICATE -> {
          return outcome.recordIfAny();
        }
        default -> {
          // an empty commit has no version to conflict on; a store may still answer a lost race
          attempts = attempts != null ? attempts : retryPolicy().start("record of nothing held", key.value());
          attempts.backOff();
        }
      }
    }
  }

  /**
   * Keeps a reservation past its time-to-live: clears its expiry, so it holds until released or
   * confirmed (a cart's checkout hold becoming the order's). Idempotent; a reservation that is not
   * active or has no expiry is returned unchanged.
   *
   * @throws InvalidTransitionException if its expiry time has passed (it is due to expire)
   * @throws ValidationException if the reservation is unknown
   */
  public Reservation keep(ReservationId id) {
    lifecycle.expireDue(runner.store().reservation(id)
        .orElseThrow(() -> ValidationException.of("reservationId", "must be a known reservation", id)).lines().get(0).key());
    return lifecycle.keep(id);
  }

  /**
   * Gives back every unit several reservations still hold, in one commit: no reader sees some
   * released and others not (cancelling an order that ships from several locations). Idempotent.
   *
   * @param ids the reservations; the same id twice is released once
   * @return each reservation after release, in the order given
   * @throws ValidationException if a reservation is unknown; nothing is released then
   */
  public List<Reservation> releaseAll(List<ReservationId> ids) {
    return lifecycle.releaseEvery(ids);
  }

  /**
   * Gives back every unit a reservation still holds. Idempotent: releasing a reservation that
   * holds nothing returns it unchanged.
   *
   * @throws ValidationException if the reservation is unknown
   */
  public Reservation release(ReservationId id) {
    return lifecycle.releaseAll(id);
  }

  /**
   * Gives back some units of an active reservation.
   *
   * @throws InsufficientStockException if it holds fewer than {@code quantity}
   * @throws InvalidTransitionException if it is not active
   */
  public Reservation release(ReservationId id, long quantity, IdempotencyKey idempotencyKey) {
    return lifecycle.release(id, quantity, idempotencyKey);
  }

  /**
   * Confirms every held unit for picking: units leave the shelf (on hand and reserved go down,
   * picked goes up), lots by the product's consumption order. Idempotent.
   *
   * @throws InvalidTransitionException if the reservation is not active (released or expired)
   */
  public Reservation confirm(ReservationId id) {
    return lifecycle.confirmAll(id);
  }

  /**
   * Confirms some held units for picking.
   *
   * @throws InsufficientStockException if it holds fewer than {@code quantity}
   * @throws InvalidTransitionException if it is not active
   */
  public Reservation confirm(ReservationId id, long quantity, IdempotencyKey idempotencyKey) {
    return lifecycle.confirm(id, quantity, idempotencyKey);
  }

  /**
   * Puts every picked, unshipped unit of a reservation back on the shelf, sellable (an order
   * cancelled after picking): picked goes down, on hand up, lot-tracked units into the lots they
   * were picked from. Idempotent: a reservation with nothing picked is returned unchanged.
   *
   * @return the reservation afterwards, its picked units counted as released
   * @throws ValidationException if the reservation is unknown
   */
  public Reservation putBack(ReservationId id) {
    return lifecycle.putBack(id);
  }

  /**
   * Ships every picked unit of a reservation. Idempotent.
   *
   * @throws InvalidTransitionException if nothing was picked
   */
  public Reservation ship(ReservationId id) {
    return lifecycle.ship(id);
  }

  /**
   * Expires reservations whose time-to-live has run out, earliest first.
   *
   * @param limit the most to expire in this call, at least 1
   * @return how many expired
   */
  public int expireDue(int limit) {
    return lifecycle.sweep((int) Check.positive("limit", limit));
  }

  /** A reservation by id, as stored. */
  public Optional<Reservation> reservation(ReservationId id) {
    return runner.store().reservation(id);
  }

  /** The balance of a key, after expiring its due reservations. */
  public Balance balance(StockKey key) {
    lifecycle.expireDue(key);
    return runner.store().balance(key);
  }

  /**
   * Units available to promise today at a key: for a kit, the minimum over components of
   * available divided by units per kit.
   *
   * @throws ValidationException for an unknown SKU
   */
  public long available(StockKey key) {
    return availableOn(key, today());
  }

  /**
   * Units of one SKU available to promise today at each of several locations: what {@link
   * #available(StockKey)} returns for each, with the SKU's components, the date and the clock read
   * once (allocation reads a SKU at every candidate location for every order).
   *
   * @return one count per location, in the order given
   * @throws ValidationException for an unknown SKU
   */
  public long[] availableAt(Sku sku, List<LocationId> locations) {
    ReservationDesk.Parts parts = desk.parts(sku);
    java.time.Instant now = runner.clock().instant();
    long[] out = new long[locations.size()];
    if (parts.isPlain()) {
      // a plain SKU: one key per location, read in one call (one round trip for a database),
      // after expiring what is due; when nothing is due anywhere, no key is asked
      List<StockKey> keys = new java.util.ArrayList<>(out.length);
      for (LocationId at : locations) {
        keys.add(StockKey.of(sku, at));
      }
      if (!runner.store().dueReservations(now, 1).isEmpty()) {
        keys.forEach(key -> lifecycle.expireDue(key, now));
      }
      List<Balance> balances = runner.store().balances(keys);
      for (int i = 0; i < out.length; i++) {
        out[i] = desk.available(balances.get(i), 1, now, null);
      }
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = desk.available(parts, locations.get(i), key -> {
        lifecycle.expireDue(key, now);
        return runner.store().balance(key);
      }, now, null);
    }
    return out;
  }

  /** Units available to promise today, summed over every location. */
  public long available(Sku sku) {
    long sum = 0;
    for (Location l : catalog.locations()) {
      sum += available(StockKey.of(sku, l.id()));
    }
    return sum;
  }

  /**
   * Units that can be promised for {@code day}: available today (less lots expired by then) plus
   * expected supply and transfers arriving on or before it. For a kit, the minimum over
   * components.
   */
  public long availableOn(StockKey key, LocalDate day) {
    java.time.Instant now = runner.clock().instant();
    LocalDate onDay = day.equals(runner.today(now)) ? null : day;
    return desk.available(desk.parts(key.sku()), key.location(), this::balance, now, onDay);
  }

  /** The ledger of a key, in sequence order. */
  public List<Movement> ledger(StockKey key) {
    return runner.store().movements(key);
  }

  /** The catalog this keeper checks SKUs and locations against. */
  public Catalog catalog() {
    return catalog;
  }

  /** The store this keeper writes to. */
  public InventoryStore store() {
    return runner.store();
  }

  /** Today in the clock's zone. */
  public LocalDate today() {
    return LocalDate.now(runner.clock());
  }

  /** The retry policy every optimistic loop of this keeper runs under. */
  public RetryPolicy retryPolicy() {
    return runner.retry();
  }

  /**
   * Builds a {@link StockKeeper}. Defaults: in-memory store, UTC system clock, no events, sequential
   * ids, {@link RetryPolicy#defaults()}.
   */
  public static final class Builder {
    private @Nullable Catalog catalog;
    private InventoryStore store = InMemoryInventoryStore.create();
    private @Nullable EventPublisher events;
    private boolean recording;
    private RetryPolicy retry = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = SequentialIdGenerator.create();

    private Builder() {}

    /** The catalog of products, kits and locations (required). */
    public Builder catalog(Catalog catalog) {
      this.catalog = catalog;
      return this;
    }

    /** Where state lives. */
    public Builder store(InventoryStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Records every command's events in the store's outbox (with the change, atomically) and
     * relays them to {@code events} on the calling thread after each command, replays included.
     * What the publisher refuses stays in the outbox for the next command's relay (or the host's
     * {@link OutboxRelay}); nothing is lost, and a consumer deduplicating on {@link
     * dev.ecomops.core.event.EventEnvelope#id()} sees each event once. The no-op publisher turns
     * events off.
     */
    public Builder events(EventPublisher events) {
      Objects.requireNonNull(events, "events");
      this.events = events == EventPublisher.noop() ? null : events;
      return this;
    }

    /**
     * Records every command's events in the store's outbox, with the change, and leaves their
     * delivery to the host's {@link OutboxRelay} over {@code store.outbox()} (on a schedule, or on
     * another node).
     */
    public Builder recordEvents() {
      this.recording = true;
      return this;
    }

    /**
     * The policy for retries after version conflicts; {@link RetryPolicy#defaults()} by default.
     * A command that exhausts it throws {@link RetriesExhaustedException} having written nothing.
     */
    public Builder retry(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /** The source of time (expiry, timestamps, today). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of reservation and transfer ids. */
    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The keeper.
     *
     * @throws NullPointerException if no catalog was set
     */
    public StockKeeper build() {
      return new StockKeeper(this);
    }
  }
}
