package dev.ecomops.core.inventory.service;

import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
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

/**
 * How reservations are made for {@link StockKeeper}: one request or several in one commit, at a
 * location or the first that can promise, and the availability rule they are checked against.
 * What happens to them afterwards is {@link ReservationLifecycle}'s.
 */
final class ReservationDesk {
  private final CommandRunner runner;
  private final Catalog catalog;
  private final IdGenerator ids;
  private final ReservationLifecycle lifecycle;
  private final ConcurrentHashMap<ReservationLine, ReservationLine> canonicalLines = new ConcurrentHashMap<>();

  ReservationDesk(CommandRunner runner, Catalog catalog, IdGenerator ids, ReservationLifecycle lifecycle) {
    this.runner = runner;
    this.lifecycle = lifecycle;
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
      for (Sku c : p.parts().skus()) {
        lifecycle.expireDue(StockKey.of(c, loc));
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
  private record Prepared(Parts parts, List<LocationId> candidates) {}

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
    long avail = Long.MAX_VALUE;
    for (int c = 0; c < parts.skus().length; c++) {
      avail = Math.min(avail, available(read.apply(StockKey.of(parts.skus()[c], at)), parts.perUnit()[c], now, onDay));
    }
    return avail;
  }

  /**
   * One part's share of the rule: its available units divided by the units per kit unit. Today's
   * date is derived only for a balance with lots (whose expiry it decides), so a plain balance
   * costs no date arithmetic on the hot path.
   */
  long available(Balance b, int perUnit, Instant now, @Nullable LocalDate onDay) {
    long units = onDay != null ? b.availableToPromiseOn(onDay)
        : b.lots().isEmpty() ? b.availableToPromise() : b.availableToPromise(runner.today(now));
    return units / perUnit;
  }

  private Prepared prepare(ReserveRequest req) {
    Optional<LocationId> at = req.location();
    List<LocationId> candidates = at.isPresent()
        ? List.of(knownLocation(at.get()))
        : catalog.locations().stream()
            .filter(l -> req.destinationCountry().map(l::canShipTo).orElse(true))
            .map(Location::id).toList();
    return new Prepared(parts(req.sku()), candidates);
  }

  /** @param expired whether due reservations on the candidates were expired before this attempt */
  private Reservation reserveIn(Plan plan, ReserveRequest req, Prepared p, boolean expired) {
    LocationId chosen = null;
    long best = 0;
    LocationId bestLoc = null;
    List<LocationId> candidates = p.candidates();
    Instant now = plan.now();
    for (int k = 0; k < candidates.size(); k++) {
      LocationId loc = candidates.get(k);
      long avail = Long.MAX_VALUE;
      for (int c = 0; c < p.parts().skus().length; c++) {
        avail = Math.min(avail, available(plan.balance(StockKey.of(p.parts().skus()[c], loc)), p.parts().perUnit()[c], now, null));
      }
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
    List<ReservationLine> lines = new ArrayList<>(p.parts().skus().length);
    for (int c = 0; c < p.parts().skus().length; c++) {
      StockKey key = StockKey.of(p.parts().skus()[c], chosen);
      lines.add(line(key, p.parts().perUnit()[c]));
      plan.move(key, Movement.builder().kind(MovementKind.RESERVE).quantity(quantity * p.parts().perUnit()[c]).reference(id.value()));
    }
    Reservation r = Reservation.of(id, req.reference(), req.sku(), chosen, quantity, quantity, 0, 0, 0, 0, lines,
        ReservationStatus.ACTIVE, plan.now(), req.timeToLive().map(plan.now()::plus), 1);
    plan.create(r);
    plan.event(r, new InventoryEvent.StockReserved(r));
    return r;
  }

  /** One shared line object per (key, units per unit): reservations of a key all point at it. */
  private ReservationLine line(StockKey key, int perUnit) {
    ReservationLine l = new ReservationLine(key, perUnit);
    ReservationLine known = canonicalLines.putIfAbsent(l, l);
    return known != null ? known : l;
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


}
