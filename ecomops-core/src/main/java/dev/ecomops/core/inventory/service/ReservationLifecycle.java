package dev.ecomops.core.inventory.service;

import dev.ecomops.core.Check;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.Product;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Catalog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to a reservation after it is made: release (some, all, several at once), keep
 * (clear its expiry), expire (on access and by sweep), confirm (pick), put back, ship. Each is a
 * command through the {@link CommandRunner}; {@link ReservationDesk} makes reservations.
 */
final class ReservationLifecycle {
  private final CommandRunner runner;
  private final Catalog catalog;

  ReservationLifecycle(CommandRunner runner, Catalog catalog) {
    this.runner = runner;
    this.catalog = catalog;
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
    LocalDate today = runner.today(plan.now());
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
