package dev.ecomops.core.order.service;

import dev.ecomops.core.Address;
import dev.ecomops.core.Check;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.OrderStatus;
import dev.ecomops.core.order.StockIntent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an order before it ships: cancelling it or a line (putting picked units back and
 * releasing what they hold), holds, quantity and address edits before release, and moving what a
 * failed location holds elsewhere. Each is idempotent and goes through {@link OrderSteps}.
 */
final class OrderEdits {
  private final OrderSteps steps;

  OrderEdits(OrderSteps steps) {
    this.steps = steps;
  }

  /**
   * Cancels the whole order before anything ships: units already picked go back on the shelf
   * ({@link StockKeeper#putBack}), then every unit it holds is released in one commit. Idempotent.
   *
   * @throws InvalidTransitionException if a line has shipped
   */
  Order cancel(OrderId id) {
    return steps.locked(id, () -> {
      Order o = steps.load(id);
      if (o.status() == OrderStatus.CANCELLED) {
        return steps.writes.relayed(o);
      }
      if (o.lines().stream().anyMatch(l -> l.status().hasShipped())) {
        throw new InvalidTransitionException("order " + id, o.status().name(), "CANCELLED");
      }
      List<StockIntent.StockOp> ops = new ArrayList<>();
      List<ReservationId> held = new ArrayList<>();
      for (OrderLineState l : o.lines()) {
        OrderStock.cancelling(l, ops, held);
      }
      ops.addAll(OrderSteps.releaseAll(held));
      return steps.writes.relayed(steps.applyWith(o, OrderSteps.withLines(o, OrderStock::cancelled), ops));
    });
  }

  /**
   * Cancels one line before it ships, putting picked units back on the shelf and releasing what it
   * holds. Idempotent.
   *
   * @throws InvalidTransitionException if the line has shipped
   * @throws ValidationException if the order has no such line
   */
  Order cancelLine(OrderId id, String lineId) {
    return steps.locked(id, () -> {
      Order o = steps.load(id);
      OrderLineState line = o.line(lineId);
      if (line.status() == LineStatus.CANCELLED) {
        return steps.writes.relayed(o);
      }
      if (!line.status().canMoveTo(LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + id + " line " + lineId, line.status().name(), "CANCELLED");
      }
      Order next = OrderSteps.withLines(o, l -> l.lineId().equals(lineId) ? OrderStock.cancelled(l) : l);
      List<StockIntent.StockOp> ops = new ArrayList<>();
      List<ReservationId> held = new ArrayList<>();
      OrderStock.cancelling(line, ops, held);
      ops.addAll(OrderSteps.releaseAll(held));
      return steps.writes.relayed(steps.applyWith(o, next, ops));
    });
  }

  /**
   * Puts an order on hold for a reason (it keeps its stock but is not released). Holds of
   * different reasons stack, each lifted on its own; holding again for a reason it is held for
   * changes nothing.
   *
   * @throws InvalidTransitionException if every line has shipped or is cancelled
   */
  Order hold(OrderId id, Hold.Reason reason, String note) {
    return steps.locked(id, () -> {
      Order o = steps.load(id);
      if (o.holds().stream().anyMatch(h -> h.reason() == reason)) {
        return steps.writes.relayed(o);
      }
      if (o.lines().stream().allMatch(l -> l.status().hasShipped() || l.status() == LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + o.id(), o.status().name(), "ON_HOLD");
      }
      Hold h = new Hold(reason, note, steps.clock.instant());
      List<Hold> holds = new ArrayList<>(o.holds());
      holds.add(h);
      return steps.writes.relayed(steps.writes.save(o, o.withHolds(holds), List.of(new OrderEvent.OrderHeld(o.id(), h))));
    });
  }

  /**
   * Lifts an order's hold for one reason; holds for other reasons stay. Idempotent: an order not
   * held for that reason is returned unchanged.
   */
  Order releaseHold(OrderId id, Hold.Reason reason) {
    return steps.locked(id, () -> {
      Order o = steps.load(id);
      if (o.holds().stream().noneMatch(h -> h.reason() == reason)) {
        return steps.writes.relayed(o);
      }
      List<Hold> left = o.holds().stream().filter(h -> h.reason() != reason).toList();
      return steps.writes.relayed(steps.writes.save(o, o.withHolds(left),
          List.of(new OrderEvent.OrderHoldReleased(id, reason, steps.clock.instant()))));
    });
  }

  /**
   * Changes a line's quantity before release. Fewer units release exactly the difference from the
   * line's reservations; more units allocate the difference under the order's policy. Idempotent
   * for the same quantity.
   *
   * @param key the key of the allocation of any extra units
   * @throws InvalidTransitionException if the line was released or cancelled
   * @throws ValidationException if the quantity is below 1 or the line unknown
   */
  Order changeQuantity(OrderId id, String lineId, long quantity, IdempotencyKey key) {
    Check.quantity("quantity", quantity);
    return steps.locked(id, () -> {
      Order o = steps.load(id);
      OrderLineState line = o.line(lineId);
      if (line.line().quantity() == quantity) {
        return steps.writes.relayed(o);
      }
      if (!line.status().isBeforeRelease()) {
        throw new InvalidTransitionException("order " + id + " line " + lineId, line.status().name(), "EDITED");
      }
      List<StockIntent.StockOp> ops = new ArrayList<>();
      OrderLineState edited = steps.stock.shorten(line, quantity, ops);
      Order next = steps.applyWith(o, OrderSteps.replaceLine(o, edited), ops);
      return steps.writes.relayed(steps.allocateWaiting(next, key));
    });
  }

  /**
   * Changes where an order ships, before any line is released. The stock it holds stays where it
   * is; call {@link OrderManager#allocateBackorders} or re-allocate if the new address should change that.
   * Idempotent for the same address.
   *
   * @throws InvalidTransitionException if a line was released already
   */
  Order changeAddress(OrderId id, Address shipTo, @Nullable GeoPoint position) {
    return steps.locked(id, () -> {
      Order o = steps.load(id);
      if (o.shipTo().equals(shipTo) && o.shipToPosition().equals(Optional.ofNullable(position))) {
        return steps.writes.relayed(o);
      }
      if (o.lines().stream().anyMatch(l -> !l.status().isBeforeRelease() && l.status() != LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + id, o.status().name(), "ADDRESS_CHANGED");
      }
      return steps.writes.relayed(steps.writes.save(o, o.withShipTo(shipTo).withShipToPosition(Optional.ofNullable(position)),
          List.of(new OrderEvent.OrderEdited(id, "shipTo", o.shipTo().toString(), shipTo.toString(), steps.clock.instant()))));
    });
  }

  /**
   * Moves what a location holds for an order elsewhere, when it cannot fulfil (a 3PL rejected the
   * order, a pick found a short): allocates those units with the location excluded, then releases
   * its reservations, so the units are never unheld in between. Lines released to fulfilment go
   * back to allocated (to be released to their new location); units no other location can promise
   * are backordered. Does nothing if the location holds nothing for the order.
   *
   * @param key the key of the new allocation
   * @throws InvalidTransitionException if a line held there was already picked
   */
  Order reallocate(OrderId id, LocationId failed, IdempotencyKey key) {
    return steps.locked(id, () -> {
      Order o = steps.load(id);
      StockIntent.Reallocate intent = steps.stock.reallocation(o, failed, key);
      if (intent == null) {
        return steps.writes.relayed(o);
      }
      return steps.writes.relayed(steps.complete(steps.writes.save(o, o.withPending(intent), List.of())));
    });
  }
}
