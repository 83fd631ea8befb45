package dev.ecomops.core.inventory.service;

import dev.ecomops.core.Check;
import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Catalog;
import dev.ecomops.core.spi.IdGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reservation commands of {@link StockKeeper}: reserve, release, confirm, ship and expire. */
final class ReservationDesk {
  private final CommandRunner runner;
  private final Catalog catalog;
  private final IdGenerator ids;
  private final ConcurrentHashMap<ReservationLine, ReservationLine> canonicalLines = new ConcurrentHashMap<>();

  ReservationDesk(CommandRunner runner, Catalog catalog, IdGenerator ids) {
    this.runner = runner;
    this.catalog = catalog;
    this.ids = ids;
  }

  /**
   * Reserves, expiring due reservations on the candidate keys only when the stock they hold is
   * needed: a first attempt that finds too little signals it, the due ones expire, and the
   * attempt runs again. A reserve that fits costs no expiry query.
   */
  Reservation reserve(ReserveRequest req) {
    Prepared p = prepare(req);
    try {
      return runner.runDigested(req.idempotencyKey(), req.fingerprintDigest(), plan -> reserveIn(plan, req, p, false),
          rec -> rec.reservations().get(0));
    } catch (ShortBeforeExpiry e) {
      expireDue(p);
      return runner.runDigested(req.idempotencyKey(), req.fingerprintDigest(), plan -> reserveIn(plan, req, p, true),
          rec -> rec.reservations().get(0));
    }
  }

  /**
   * Thrown from inside an attempt that found too little stock before due reservations were
   * expired; the attempt wrote nothing. A refusal like any other to the runner, so a keyed retry
   * of a command already applied is answered from its record first.
   */
  private static final class ShortBeforeExpiry extends EcomopsException {
    private static final long serialVersionUID = 1L;

    ShortBeforeExpiry() {
      super("too little stock before due reservations expire");
    }
  }

  private void expireDue(Prepared p) {
    for (LocationId loc : p.candidates()) {
      for (Sku c : p.skus()) {
        expireDue(StockKey.of(c, loc));
      }
    }
  }

  /**
   * Reserves every request in one commit: all are held or none is. Each request's own idempotency
   * key is ignored in favour of {@code key}.
   */
  List<Reservation> reserveAll(List<ReserveRequest> requests, IdempotencyKey key) {
    if (requests.isEmpty()) {
      throw ValidationException.of("requests", "must not be empty", "[]");
    }
    List<Prepared> prepared = new ArrayList<>(requests.size());
    StringBuilder fingerprint = new StringBuilder("reserve-all");
    for (ReserveRequest r : requests) {
      prepared.add(prepare(r));
      fingerprint.append('|').append(r.fingerprint());
    }
    try {
      return reserveAllIn(requests, key, fingerprint.toString(), prepared, false);
    } catch (ShortBeforeExpiry e) {
      prepared.forEach(this::expireDue);
      return reserveAllIn(requests, key, fingerprint.toString(), prepared, true);
    }
  }

  private List<Reservation> reserveAllIn(List<ReserveRequest> requests, IdempotencyKey key, String fingerprint,
      List<Prepared> prepared, boolean expired) {
    return runner.run(key, fingerprint, plan -> {
      List<Reservation> out = new ArrayList<>(requests.size());
      for (int i = 0; i < requests.size(); i++) {
        out.add(reserveIn(plan, requests.get(i), prepared.get(i), expired));
      }
      return List.copyOf(out);
    }, rec -> rec.reservations());
  }

  /**
   * What a reserve request resolves to before its transaction: components (as arrays, walked
   * twice per attempt) and candidate locations.
   */
  private record Prepared(Sku[] skus, int[] perUnit, List<LocationId> candidates) {}

  /** A SKU as the stock it draws on: itself once, or a kit's components with units per kit. */
  record Parts(Sku[] skus, int[] perUnit) {
    boolean isPlain() {
      return skus.length == 1 && perUnit[0] == 1;
    }
  }

  /** The parts of a SKU (as arrays: availability walks them for every location of every order). */
  Parts parts(Sku sku) {
    Optional<Kit> kit = kitOf(sku);
    if (kit.isEmpty()) {
      // a plain SKU: itself once, no map of components
      return new Parts(new Sku[] {sku}, new int[] {1});
    }
    Map<Sku, Integer> parts = kit.get().components();
    Sku[] skus = new Sku[parts.size()];
    int[] per = new int[parts.size()];
    int i = 0;
    for (Map.Entry<Sku, Integer> c : parts.entrySet()) {
      skus[i] = c.getKey();
      per[i++] = c.getValue();
    }
    return new Parts(skus, per);
  }

  /**
   * Units of a SKU or kit available to promise at one location: the minimum over its parts of each
   * part's available units divided by the units per kit. The one place this rule lives: reserve,
   * the keeper's reads and allocation's snapshots all come here.
   *
   * @param read the balance of a key, as the caller reads it (in a plan, or from the store)
   * @param now the time of the read; today's date is derived from it only when a lot needs it
   * @param onDay a later day to promise for (expected supply counts, lots expired by then do not),
   *     or null for today
   */
  long available(Parts parts, LocationId at, Function<StockKey, Balance> read, Instant now, @Nullable LocalDate onDay) {
    LocalDate today = null;
    long avail = Long.MAX_VALUE;
    for (int c = 0; c < parts.skus().length; c++) {
      Balance b = read.apply(StockKey.of(parts.skus()[c], at));
      long units;
      if (onDay != null) {
        units = b.availableToPromiseOn(onDay);
      } else {
        if (today == null && !b.lots().isEmpty()) {
          today = today(now);
        }
        units = today == null ? b.availableToPromise() : b.availableToPromise(today);
      }
      avail = Math.min(avail, units / parts.perUnit()[c]);
    }
    return avail;
  }

  private Prepared prepare(ReserveRequest req) {
    Optional<LocationId> at = req.location();
    List<LocationId> candidates = at.isPresent()
        ? List.of(knownLocation(at.get()))
        : catalog.locations().stream()
            .filter(l -> req.destinationCountry().map(l::canShipTo).orElse(true))
            .map(Location::id).toList();
    Parts parts = parts(req.sku());
    return new Prepared(parts.skus(), parts.perUnit(), candidates);
  }

  /** @param expired whether due reservations on the candidates were expired before this attempt */
  private Reservation reserveIn(Plan plan, ReserveRequest req, Prepared p, boolean expired) {
    LocationId chosen = null;
    long best = 0;
    LocationId bestLoc = null;
    List<LocationId> candidates = p.candidates();
    Parts parts = new Parts(p.skus(), p.perUnit());
    for (int k = 0; k < candidates.size(); k++) {
      LocationId loc = candidates.get(k);
      long avail = available(parts, loc, plan::balance, plan.now(), null);
      if (avail >= req.quantity()) {
        chosen = loc;
        break;
      }
      if (avail > best) {
        best = avail;
        bestLoc = loc;
      }
    }
    long quantity = req.quantity();
    if (chosen == null && !expired) {
      throw new ShortBeforeExpiry();
    }
    if (chosen == null) {
      if (!req.allowPartial() || best == 0) {
        String where = req.location().isPresent() ? req.sku() + "@" + req.location().get() : req.sku() + " at any location";
        throw new InsufficientStockException(where, "available to promise", req.quantity(), best);
      }
      chosen = bestLoc;
      quantity = best;
    }
    Optional<ReservationId> given = req.reservationId();
    ReservationId id = given.isPresent() ? given.get() : ReservationId.of(ids.nextId("R"));
    if (given.isPresent() && runner.store().reservation(id).isPresent()) {
      throw ValidationException.of("reservationId", "must not be in use already", id);
    }
    List<ReservationLine> lines = new ArrayList<>(p.skus().length);
    for (int c = 0; c < p.skus().length; c++) {
      StockKey key = StockKey.of(p.skus()[c], chosen);
      lines.add(line(key, p.perUnit()[c]));
      plan.move(key, Movement.builder().kind(MovementKind.RESERVE).quantity(quantity * p.perUnit()[c]).reference(id.value()));
    }
    Reservation r = Reservation.of(id, req.reference(), req.sku(), chosen, quantity, quantity, 0, 0, 0, 0, lines,
        ReservationStatus.ACTIVE, plan.now(), req.timeToLive().map(plan.now()::plus), 1);
    plan.create(r);
    plan.event(r, new InventoryEvent.StockReserved(r));
    return r;
  }

  Reservation release(ReservationId id, long quantity, IdempotencyKey key) {
    Check.quantity("quantity", quantity);
    return runner.run(key, "release|" + id + "|" + quantity, plan -> {
      Reservation r = plan.reservation(id);
      requireOpen(r, quantity, "release");
      return releaseOrExpire(plan, r, quantity, false);
    }, rec -> rec.reservations().get(0));
  }

  Reservation releaseAll(ReservationId id) {
    return runner.runUnkeyed("release-all", plan -> {
      Reservation r = plan.reservation(id);
      return r.open() == 0 ? r : releaseOrExpire(plan, r, r.open(), false);
    });
  }

  /** Clears a reservation's expiry, so it holds until released or confirmed. */
  Reservation keep(ReservationId id) {
    return runner.runUnkeyed("keep", plan -> {
      Reservation r = plan.reservation(id);
      if (r.expiresAt().isEmpty() || r.status() != ReservationStatus.ACTIVE) {
        return r;
      }
      if (r.isDue(plan.now())) {
        throw new InvalidTransitionException("reservation " + id, "DUE", "KEPT");
      }
      return plan.update(Reservation.of(r.id(), r.reference(), r.sku(), r.location(), r.quantity(), r.open(),
          r.picked(), r.shipped(), r.released(), r.expired(), r.lines(), r.status(), r.createdAt(),
          java.util.Optional.empty(), r.version() + 1));
    });
  }

  /** Releases every unit of several reservations in one commit. */
  List<Reservation> releaseEvery(List<ReservationId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return runner.runUnkeyed("release-every", plan -> {
      List<Reservation> out = new ArrayList<>(ids.size());
      for (ReservationId id : ids) {
        Reservation r = plan.reservation(id);
        out.add(r.open() == 0 ? r : releaseOrExpire(plan, r, r.open(), false));
      }
      return List.copyOf(out);
    });
  }

  Reservation expire(ReservationId id) {
    return runner.runUnkeyed("expire", plan -> {
      Reservation r = plan.reservation(id);
      return r.isDue(plan.now()) ? releaseOrExpire(plan, r, r.open(), true) : r;
    });
  }

  private Reservation releaseOrExpire(Plan plan, Reservation r, long q, boolean expiry) {
    MovementKind kind = expiry ? MovementKind.EXPIRE : MovementKind.RELEASE;
    for (ReservationLine l : r.lines()) {
      plan.move(l.key(), Movement.builder().kind(kind).quantity(q * l.perUnit()).reference(r.id().value()));
    }
    Reservation u = plan.update(expiry
        ? counts(r, r.open() - q, r.picked(), r.shipped(), r.released(), r.expired() + q)
        : counts(r, r.open() - q, r.picked(), r.shipped(), r.released() + q, r.expired()));
    plan.event(u, expiry ? new InventoryEvent.ReservationExpired(u, q, plan.now())
        : new InventoryEvent.ReservationReleased(u, q, plan.now()));
    return u;
  }

  /**
   * Puts every picked, unshipped unit of a reservation back on the shelf, sellable; idempotent by
   * state (a reservation with nothing picked is returned as it is). Lot-tracked units go back into
   * the lots this reservation's picks took them from, the latest picks first.
   */
  Reservation putBack(ReservationId id) {
    return runner.runUnkeyed("put-back", plan -> {
      Reservation r = plan.reservation(id);
      if (r.picked() == 0) {
        return r;
      }
      long q = r.picked();
      for (ReservationLine l : r.lines()) {
        long units = q * l.perUnit();
        Product p = catalog.product(l.key().sku()).orElseThrow();
        if (p.lotTracked()) {
          List<Movement> ledger = runner.store().movements(l.key());
          for (int i = ledger.size() - 1; i >= 0 && units > 0; i--) {
            Movement m = ledger.get(i);
            if (m.kind() == MovementKind.PICK && m.reference().map(r.id().value()::equals).orElse(false)) {
              long back = Math.min(units, m.quantity());
              Movement.Builder b = Movement.builder().kind(MovementKind.PUT_BACK).quantity(back).reference(r.id().value());
              m.lot().ifPresent(b::lot);
              b.lotExpiry(m.lotExpiry());
              plan.move(l.key(), b);
              units -= back;
            }
          }
        }
        if (units > 0) {
          plan.move(l.key(), Movement.builder().kind(MovementKind.PUT_BACK).quantity(units).reference(r.id().value()));
        }
      }
      Reservation u = plan.update(counts(r, r.open(), 0, r.shipped(), r.released() + q, r.expired()));
      plan.event(u, new InventoryEvent.ReservationReleased(u, q, plan.now()));
      return u;
    });
  }

  Reservation confirm(ReservationId id, long quantity, IdempotencyKey key) {
    Check.quantity("quantity", quantity);
    return runner.run(key, "confirm|" + id + "|" + quantity, plan -> {
      Reservation r = plan.reservation(id);
      requireOpen(r, quantity, "confirm");
      return pick(plan, r, quantity);
    }, rec -> rec.reservations().get(0));
  }

  Reservation confirmAll(ReservationId id) {
    return runner.runUnkeyed("confirm-all", plan -> {
      Reservation r = plan.reservation(id);
      if (r.status() == ReservationStatus.CONFIRMED || r.status() == ReservationStatus.SHIPPED) {
        return r;
      }
      if (r.status() != ReservationStatus.ACTIVE) {
        throw new InvalidTransitionException("reservation " + id, r.status().name(), "CONFIRMED");
      }
      return pick(plan, r, r.open());
    });
  }

  private Reservation pick(Plan plan, Reservation r, long q) {
    LocalDate today = today(plan.now());
    for (ReservationLine l : r.lines()) {
      long units = q * l.perUnit();
      Product p = catalog.product(l.key().sku()).orElseThrow();
      if (p.lotTracked() && !plan.balance(l.key()).lots().isEmpty()) {
        for (Lots.Take t : Lots.take(l.key(), plan.balance(l.key()), units, p.lotConsumption(), today, false)) {
          plan.move(l.key(), Movement.builder().kind(MovementKind.PICK).quantity(t.quantity())
              .reference(r.id().value()).lot(t.lot()).lotExpiry(java.util.Optional.ofNullable(t.expiry())));
        }
      } else {
        plan.move(l.key(), Movement.builder().kind(MovementKind.PICK).quantity(units).reference(r.id().value()));
      }
    }
    Reservation u = plan.update(counts(r, r.open() - q, r.picked() + q, r.shipped(), r.released(), r.expired()));
    plan.event(u, new InventoryEvent.ReservationConfirmed(u, q, plan.now()));
    return u;
  }

  Reservation ship(ReservationId id) {
    return runner.runUnkeyed("ship", plan -> {
      Reservation r = plan.reservation(id);
      if (r.picked() == 0) {
        if (r.status() == ReservationStatus.SHIPPED) {
          return r;
        }
        throw new InvalidTransitionException("reservation " + id, r.status().name(), "SHIPPED");
      }
      long q = r.picked();
      for (ReservationLine l : r.lines()) {
        plan.move(l.key(), Movement.builder().kind(MovementKind.SHIP).quantity(q * l.perUnit()).reference(r.id().value()));
      }
      Reservation u = plan.update(counts(r, r.open(), 0, r.shipped() + q, r.released(), r.expired()));
      plan.event(u, new InventoryEvent.ReservationShipped(u, q, plan.now()));
      return u;
    });
  }

  /** One shared line object per (key, units per unit): reservations of a key all point at it. */
  private ReservationLine line(StockKey key, int perUnit) {
    ReservationLine l = new ReservationLine(key, perUnit);
    ReservationLine known = canonicalLines.putIfAbsent(l, l);
    return known != null ? known : l;
  }

  /** Expires every due reservation on {@code key}; the "on access" half of expiry. */
  void expireDue(StockKey key) {
    expireDue(key, runner.clock().instant());
  }

  /** Expires every reservation on {@code key} due at {@code now}. */
  void expireDue(StockKey key, Instant now) {
    for (Reservation r : runner.store().dueReservations(key, now)) {
      expire(r.id());
    }
  }

  /** Expires up to {@code limit} due reservations anywhere; returns how many expired. */
  int sweep(int limit) {
    int n = 0;
    for (Reservation r : runner.store().dueReservations(runner.clock().instant(), limit)) {
      if (expire(r.id()).status() == ReservationStatus.EXPIRED) {
        n++;
      }
    }
    return n;
  }


  /**
   * The kit {@code sku} is, or empty for a plain product.
   *
   * @throws ValidationException naming {@code sku} if it is not a known product
   */
  private Optional<Kit> kitOf(Sku sku) {
    if (catalog.product(sku).isEmpty()) {
      throw ValidationException.of("sku", "must be a known product", sku);
    }
    return catalog.kit(sku);
  }

  LocationId knownLocation(LocationId id) {
    if (catalog.location(id).isEmpty()) {
      throw ValidationException.of("location", "must be a known location", id);
    }
    return id;
  }

  LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, runner.clock().getZone());
  }

  private static void requireOpen(Reservation r, long quantity, String action) {
    if (r.status() != ReservationStatus.ACTIVE) {
      throw new InvalidTransitionException("reservation " + r.id(), r.status().name(), action);
    }
    if (quantity > r.open()) {
      throw new InsufficientStockException("reservation " + r.id(), "open quantity", quantity, r.open());
    }
  }

  /** The next version of {@code r}: new counts and the status they imply. */
  static Reservation counts(Reservation r, long open, long picked, long shipped, long released, long expired) {
    // the all-parameter factory: one object, no builder (this runs on every release and confirm)
    return Reservation.of(r.id(), r.reference(), r.sku(), r.location(), r.quantity(), open, picked, shipped,
        released, expired, r.lines(), status(open, picked, shipped, expired), r.createdAt(), r.expiresAt(), r.version() + 1);
  }

  static ReservationStatus status(long open, long picked, long shipped, long expired) {
    if (open > 0) {
      return ReservationStatus.ACTIVE;
    }
    if (picked > 0) {
      return ReservationStatus.CONFIRMED;
    }
    if (shipped > 0) {
      return ReservationStatus.SHIPPED;
    }
    return expired > 0 ? ReservationStatus.EXPIRED : ReservationStatus.RELEASED;
  }
}
