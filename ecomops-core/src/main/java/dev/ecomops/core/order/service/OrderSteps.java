package dev.ecomops.core.order.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.StockIntent;
import dev.ecomops.core.order.spi.OrderRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The unit of work every order command runs through: the order's lock, loading with any intent a
 * fault left completed first, and saving a change the safe way (the stock intent first, then the
 * stock commands, then the lines). {@link OrderManager}, {@link OrderPlacement} and {@link
 * OrderEdits} say what changes; this class makes it happen once.
 */
final class OrderSteps {
  private static final int STRIPES = 64;

  final OrderStock stock;
  final OrderRepository orders;
  final OrderWrites writes;
  final Clock clock;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  OrderSteps(OrderStock stock, OrderRepository orders, OrderWrites writes, Clock clock) {
    this.stock = stock;
    this.orders = orders;
    this.writes = writes;
    this.clock = clock;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** For a step whose line and order status changes are all its events. */
  static final java.util.function.BiFunction<Order, List<OrderLineState>, List<DomainEvent>> NO_EVENTS =
      (o, moved) -> List.of();

  <T> T locked(OrderId id, Supplier<T> body) {
    ReentrantLock lock = locks[Math.floorMod(id.hashCode(), STRIPES)];
    lock.lock();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }

  /** The order, with any intent a fault left on it completed first. */
  Order load(OrderId id) {
    return complete(orders.find(id).orElseThrow(() -> ValidationException.of("orderId", "must be a known order", id)));
  }

  /** Carries out the order's pending intent, if any, and stores its lines with the intent cleared. */
  Order complete(Order o) {
    if (o.pending().isEmpty()) {
      return o;
    }
    StockIntent intent = o.pending().get();
    Order next;
    if (intent instanceof StockIntent.Apply a) {
      stock.run(a.ops());
      next = o.withLines(a.lines());
    } else if (intent instanceof StockIntent.Allocate a) {
      Order adopted = a.cart().isEmpty() ? o : lines(o, stock.adopt(o, a.cart()));
      next = lines(adopted, stock.allocateWaiting(adopted, a.key()));
    } else {
      next = lines(o, stock.reallocate(o, (StockIntent.Reallocate) intent));
    }
    return writes.save(o, next.withPending(Optional.empty()), List.of());
  }

  Order applyWith(Order o, Order next, List<StockIntent.StockOp> ops) {
    return applyWith(o, next, ops, List.of());
  }

  /**
   * Saves {@code next} (whose lines follow from stock operations) the safe way: with operations to
   * run, the intent first, then the operations, then the lines; without, in one write. The {@code
   * extra} events go with the first write, the one that decides the change (the intent, which the
   * next command completes whatever fails after it).
   */
  Order applyWith(Order o, Order next, List<StockIntent.StockOp> ops, List<DomainEvent> extra) {
    if (next == o) {
      return o;
    }
    if (ops.isEmpty()) {
      return writes.save(o, next, extra);
    }
    return complete(writes.save(o, o.withPending(new StockIntent.Apply(ops, next.lines())), extra));
  }

  Order allocateWaiting(Order o, IdempotencyKey key) {
    if (o.lines().stream().noneMatch(l -> l.waiting() > 0)) {
      return o;
    }
    return complete(writes.save(o, o.withPending(new StockIntent.Allocate(key, List.of())), List.of()));
  }

  /** Loads (completing any pending intent), applies a change without stock, and saves it if anything changed. */
  Order change(OrderId id, UnaryOperator<Order> change) {
    return locked(id, () -> {
      Order o = load(id);
      Order next = change.apply(o);
      return writes.relayed(next == o ? o : writes.save(o, next, List.of()));
    });
  }

  /**
   * Moves the lines in {@code from} to {@code to} (all of them, or those named in {@code only}),
   * with one {@code kind} operation per reservation (null: none), and the events {@code extra}
   * makes of the order (as loaded) and the lines moved, in the same commit.
   */
  Order advance(OrderId id, Set<String> only, LineStatus from, LineStatus to,
      StockIntent.StockOp.@Nullable Kind kind, java.util.function.BiFunction<Order, List<OrderLineState>, List<DomainEvent>> extra) {
    return locked(id, () -> {
      Order o = load(id);
      for (String lineId : only) {
        LineStatus status = o.line(lineId).status();
        if (status != from && (status.compareTo(to) < 0 || status == LineStatus.CANCELLED)) {
          throw new InvalidTransitionException("order " + id + " line " + lineId, status.name(), to.name());
        }
      }
      List<OrderLineState> moved = new ArrayList<>();
      for (OrderLineState l : o.lines()) {
        if (l.status() == from && (only.isEmpty() || only.contains(l.lineId()))) {
          moved.add(l);
        }
      }
      if (moved.isEmpty()) {
        if (o.lines().stream().anyMatch(l -> l.status().compareTo(to) >= 0 && l.status() != LineStatus.CANCELLED
            && (only.isEmpty() || only.contains(l.lineId())))) {
          return writes.relayed(o);
        }
        throw new InvalidTransitionException("order " + id, o.status().name(), to.name());
      }
      if (o.isOnHold() && from.compareTo(LineStatus.RELEASED) <= 0) {
        throw new InvalidTransitionException("order " + id, "ON_HOLD (" + o.holdReasons() + ")", to.name());
      }
      List<StockIntent.StockOp> ops = new ArrayList<>();
      Order next = withLines(o, l -> {
        if (l.status() != from || (!only.isEmpty() && !only.contains(l.lineId()))) {
          return l;
        }
        if (kind != null) {
          OrderStock.each(l, kind, ops);
        }
        return to == LineStatus.SHIPPED ? new OrderLineState(l.line(), to, 0, l.cancelled(), l.reservations())
            : l.with(to);
      });
      return writes.relayed(applyWith(o, next, ops, extra.apply(o, moved)));
    });
  }

  static Order withLines(Order o, UnaryOperator<OrderLineState> f) {
    List<OrderLineState> lines = new ArrayList<>(o.lines().size());
    for (OrderLineState l : o.lines()) {
      OrderLineState n = f.apply(l);
      if (n.status() != l.status() && !l.status().canMoveTo(n.status())) {
        throw new InvalidTransitionException("order " + o.id() + " line " + l.lineId(), l.status().name(), n.status().name());
      }
      lines.add(n);
    }
    return o.withLines(lines);
  }

  static Order replaceLine(Order o, OrderLineState line) {
    List<OrderLineState> lines = new ArrayList<>();
    for (OrderLineState l : o.lines()) {
      lines.add(l.lineId().equals(line.lineId()) ? line : l);
    }
    return o.withLines(lines);
  }

  static Order lines(Order o, @Nullable UnaryOperator<OrderLineState> f) {
    return f == null ? o : withLines(o, f);
  }

  static List<StockIntent.StockOp> releaseAll(List<ReservationId> held) {
    return held.isEmpty() ? List.of()
        : List.of(new StockIntent.StockOp(StockIntent.StockOp.Kind.RELEASE_ALL, held, 0, null));
  }

  static List<String> lineIds(List<OrderLineState> lines) {
    return lines.stream().map(OrderLineState::lineId).toList();
  }
}
