package dev.ecomops.core.order.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.Shipment;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.StockIntent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The stock side of {@link OrderManager}'s commands: what each does to reservations, and the line
 * states that follow. The manager records a {@link StockIntent} on the order first; the methods
 * here carry it out (every stock command idempotent, by key or by reservation state, so carrying
 * out an intent twice changes stock once) and return how the order's lines change (null when
 * nothing does); the manager then stores the lines and clears the intent.
 */
final class OrderStock {
  private final Allocator allocator;
  private final StockKeeper keeper;

  OrderStock(Allocator allocator, StockKeeper keeper) {
    this.allocator = allocator;
    this.keeper = keeper;
  }

  /** A line's status from what it wants, holds and has given up. */
  static LineStatus statusFor(long quantity, long held, long cancelled) {
    if (cancelled >= quantity) {
      return LineStatus.CANCELLED;
    }
    if (held + cancelled >= quantity) {
      return LineStatus.ALLOCATED;
    }
    return held > 0 ? LineStatus.PARTLY_ALLOCATED : LineStatus.BACKORDERED;
  }

  /** A checkout hold's reservations, one unit of {@link StockIntent.Allocate#cart()} each. */
  static List<StockIntent.CartUnit> cartUnits(@Nullable Allocation cartHold) {
    if (cartHold == null) {
      return List.of();
    }
    List<StockIntent.CartUnit> out = new ArrayList<>();
    for (Shipment s : cartHold.shipments()) {
      for (int i = 0; i < s.lines().size(); i++) {
        AllocationLine l = s.lines().get(i);
        out.add(new StockIntent.CartUnit(l.lineId(), l.sku(), s.reservations().get(i).id()));
      }
    }
    return out;
  }

  /**
   * Makes a cart hold's active reservations the order's, up to what each line wants; the rest is
   * given back. Done again, it finds the same reservations kept and the excess already released.
   */
  @Nullable UnaryOperator<OrderLineState> adopt(Order o, List<StockIntent.CartUnit> cart) {
    Held adopted = new Held();
    for (StockIntent.CartUnit l : cart) {
      {
        OrderLineState line = o.lines().stream().filter(x -> x.lineId().equals(l.lineId())).findFirst().orElse(null);
        long want = line == null || !line.line().sku().equals(l.sku()) ? 0
            : line.line().quantity() - adopted.units.getOrDefault(l.lineId(), 0L);
        Reservation now;
        try {
          now = keeper.keep(l.reservation());
        } catch (InvalidTransitionException expired) {
          continue;
        }
        if (now.status() != ReservationStatus.ACTIVE || now.open() == 0) {
          continue;
        }
        if (now.open() > want) {
          keeper.release(now.id(), now.open() - want, IdempotencyKey.of("adopt/" + o.id() + "/" + now.id()));
        }
        if (want > 0) {
          adopted.add(l.lineId(), Math.min(want, now.open()), now.id());
        }
      }
    }
    if (adopted.units.isEmpty()) {
      return null;
    }
    return l -> {
      long h = adopted.units.getOrDefault(l.lineId(), 0L);
      return h == 0 ? l : new OrderLineState(l.line(), statusFor(l.line().quantity(), h, 0), h, 0,
          adopted.reservations.get(l.lineId()));
    };
  }

  /** Allocates every waiting unit of the order's lines in one allocation under its policy. */
  @Nullable UnaryOperator<OrderLineState> allocateWaiting(Order o, IdempotencyKey key) {
    List<AllocationLine> wanted = new ArrayList<>();
    for (OrderLineState l : o.lines()) {
      if (l.waiting() > 0) {
        wanted.add(AllocationLine.of(l.lineId(), l.line().sku(), l.waiting()));
      }
    }
    if (wanted.isEmpty()) {
      return null;
    }
    Allocation a = allocator.allocate(request(o, wanted, o.policy(), key).build());
    if (holdsAny(o, a)) {
      // the key was applied to this order before (a host retried a command that had gone
      // through): the allocator replays the first result, whose units the order already holds
      return null;
    }
    Held got = Held.of(a);
    Map<String, Long> given = new HashMap<>();
    for (AllocationLine l : a.unfilled()) {
      given.merge(l.lineId(), l.quantity(), Long::sum);
    }
    return l -> {
      if (l.waiting() == 0) {
        return l;
      }
      long h = l.held() + got.units.getOrDefault(l.lineId(), 0L);
      long c = l.cancelled() + given.getOrDefault(l.lineId(), 0L);
      List<ReservationId> rs = new ArrayList<>(l.reservations());
      rs.addAll(got.reservations.getOrDefault(l.lineId(), List.of()));
      return new OrderLineState(l.line(), statusFor(l.line().quantity(), h, c), h, c, rs);
    };
  }

  /** Whether the order already holds one of the allocation's reservations. */
  private static boolean holdsAny(Order o, Allocation a) {
    for (Shipment s : a.shipments()) {
      for (Reservation r : s.reservations()) {
        for (OrderLineState l : o.lines()) {
          if (l.reservations().contains(r.id())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * What moving {@code failed}'s holds elsewhere would take: the reservations there and their
   * units per line, or null if the location holds nothing for the order.
   *
   * @throws InvalidTransitionException if a line held there was already picked
   */
  StockIntent.@Nullable Reallocate reallocation(Order o, LocationId failed, IdempotencyKey key) {
    Map<String, List<ReservationId>> there = new HashMap<>();
    Map<String, Long> units = new HashMap<>();
    List<AllocationLine> moving = new ArrayList<>();
    for (OrderLineState l : o.lines()) {
      for (ReservationId r : l.reservations()) {
        Reservation res = keeper.reservation(r).orElseThrow();
        if (res.location().equals(failed) && (res.open() > 0 || res.picked() > 0)) {
          if (res.picked() > 0 || l.status().compareTo(LineStatus.RELEASED) > 0) {
            throw new InvalidTransitionException("order " + o.id() + " line " + l.lineId(), l.status().name(),
                "RE-ALLOCATED");
          }
          there.computeIfAbsent(l.lineId(), k -> new ArrayList<>()).add(r);
          units.merge(l.lineId(), res.open(), Long::sum);
        }
      }
      if (units.containsKey(l.lineId())) {
        moving.add(AllocationLine.of(l.lineId(), l.line().sku(), units.get(l.lineId())));
      }
    }
    return moving.isEmpty() ? null : new StockIntent.Reallocate(failed, key, there, units);
  }

  /**
   * Moves a failed location's holds elsewhere, as recorded: allocates the units with that location
   * excluded (backordering what cannot move), then releases the location's reservations, so the
   * units are never unheld in between.
   */
  UnaryOperator<OrderLineState> reallocate(Order o, StockIntent.Reallocate r) {
    Map<String, List<ReservationId>> there = r.there();
    Map<String, Long> units = r.units();
    List<AllocationLine> moving = new ArrayList<>();
    for (OrderLineState l : o.lines()) {
      if (units.containsKey(l.lineId())) {
        moving.add(AllocationLine.of(l.lineId(), l.line().sku(), units.get(l.lineId())));
      }
    }
    Allocation a = allocator.allocate(request(o, moving, o.policy().withWhenShort(AllocationPolicy.WhenShort.BACKORDER),
        r.key()).addExcludedLocations(r.failed()).build());
    keeper.releaseAll(there.values().stream().flatMap(List::stream).toList());
    Held got = Held.of(a);
    return l -> {
      if (!there.containsKey(l.lineId())) {
        return l;
      }
      long h = l.held() - units.get(l.lineId()) + got.units.getOrDefault(l.lineId(), 0L);
      List<ReservationId> rs = new ArrayList<>(l.reservations());
      rs.removeAll(there.get(l.lineId()));
      rs.addAll(got.reservations.getOrDefault(l.lineId(), List.of()));
      return new OrderLineState(l.line(), statusFor(l.line().quantity(), h, l.cancelled()), h, l.cancelled(), rs);
    };
  }

  /**
   * A line shortened to {@code quantity}: the partial releases that give back what it holds beyond
   * that, newest reservation first (each under a key of its own), and the line afterwards.
   *
   * @param ops receives the releases
   */
  OrderLineState shorten(OrderLineState line, long quantity, List<StockIntent.StockOp> ops) {
    long excess = line.held() - quantity;
    List<ReservationId> kept = new ArrayList<>(line.reservations());
    for (int i = kept.size() - 1; i >= 0 && excess > 0; i--) {
      Reservation r = keeper.reservation(kept.get(i)).orElseThrow();
      long give = Math.min(excess, r.open());
      if (give == 0) {
        continue;
      }
      ops.add(new StockIntent.StockOp(StockIntent.StockOp.Kind.RELEASE_PART, List.of(r.id()), give,
          IdempotencyKey.of("shorten/" + r.id() + "/" + r.version())));
      excess -= give;
      if (give == r.open()) {
        kept.remove(i);
      }
    }
    long held = Math.min(line.held(), quantity);
    long cancelled = Math.min(line.cancelled(), quantity - held);
    return new OrderLineState(line.line().withQuantityOf(quantity), statusFor(quantity, held, cancelled), held, cancelled,
        kept);
  }

  /** A line cancelled: it gives up every unit (its reservations are released by the manager's op). */
  static OrderLineState cancelled(OrderLineState l) {
    return l.status() == LineStatus.CANCELLED ? l
        : new OrderLineState(l.line(), LineStatus.CANCELLED, 0, l.line().quantity(), l.reservations());
  }

  /**
   * What cancelling a line takes: picked units back on the shelf, then everything the line's
   * reservations still hold released (with the other lines' in one commit).
   *
   * @param ops receives the put-backs
   * @param held receives the reservations to release
   */
  static void cancelling(OrderLineState l, List<StockIntent.StockOp> ops, List<ReservationId> held) {
    if (l.status() == LineStatus.CANCELLED) {
      return;
    }
    if (l.status() == LineStatus.PICKED || l.status() == LineStatus.PACKED) {
      each(l, StockIntent.StockOp.Kind.PUT_BACK, ops);
    }
    held.addAll(l.reservations());
  }

  /** One operation per reservation of a line. */
  static void each(OrderLineState l, StockIntent.StockOp.Kind kind, List<StockIntent.StockOp> ops) {
    for (ReservationId r : l.reservations()) {
      ops.add(new StockIntent.StockOp(kind, List.of(r), 0, null));
    }
  }

  /** Carries out operations on reservations; each is idempotent, so carrying them out again changes nothing. */
  void run(List<StockIntent.StockOp> ops) {
    for (StockIntent.StockOp op : ops) {
      switch (op.kind()) {
        case RELEASE_ALL -> keeper.releaseAll(op.reservations());
        case RELEASE_PART -> keeper.release(op.reservations().get(0), op.quantity(), java.util.Objects.requireNonNull(op.key()));
        case CONFIRM -> keeper.confirm(op.reservations().get(0));
        case PUT_BACK -> keeper.putBack(op.reservations().get(0));
        case SHIP -> keeper.ship(op.reservations().get(0));
      }
    }
  }

  private static AllocationRequest.Builder request(Order o, List<AllocationLine> lines, AllocationPolicy policy,
      IdempotencyKey key) {
    return AllocationRequest.builder().orderId(o.id().value()).addAllLines(lines).shipToCountry(o.shipTo().country())
        .shipTo(o.shipToPosition()).policy(policy).idempotencyKey(key);
  }

  /** Units and reservations per line id. */
  private static final class Held {
    final Map<String, Long> units = new HashMap<>();
    final Map<String, List<ReservationId>> reservations = new HashMap<>();

    void add(String lineId, long quantity, ReservationId id) {
      units.merge(lineId, quantity, Long::sum);
      reservations.computeIfAbsent(lineId, k -> new ArrayList<>()).add(id);
    }

    static Held of(Allocation a) {
      Held h = new Held();
      for (Shipment s : a.shipments()) {
        for (int i = 0; i < s.lines().size(); i++) {
          h.add(s.lines().get(i).lineId(), s.lines().get(i).quantity(), s.reservations().get(i).id());
        }
      }
      return h;
    }
  }
}
