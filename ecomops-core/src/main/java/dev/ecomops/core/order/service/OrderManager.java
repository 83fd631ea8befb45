package dev.ecomops.core.order.service;

import dev.ecomops.core.Address;
import dev.ecomops.core.Check;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.order.Dispatch;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.OrderStatus;
import dev.ecomops.core.order.PlaceOrder;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;
import dev.ecomops.core.order.StockIntent;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.spi.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Drives orders through their life: placement (risk check, allocation), release to fulfilment,
 * pick, pack, ship, deliver, cancellation of the order or a line before it ships, holds, and
 * edits before release. Stock follows every step through the {@link Allocator} and its {@link
 * StockKeeper}: a cancelled or shortened line releases exactly what it held, a lengthened one
 * allocates the difference, a pick confirms the reservations and a shipment ships them.
 *
 * <p>Every transition is idempotent (asking for the state an order is already in changes nothing
 * and publishes nothing) and writes an {@link OrderEvent} per line and order status change with
 * the order, in the repository's outbox. Asking for a transition the state machine ({@link
 * LineStatus}) does not allow throws {@link InvalidTransitionException} naming the state and the
 * one asked for, and changes nothing.
 *
 * <p>Faults: a command that changes stock is one unit of work over two stores, made safe by a
 * recorded intent ({@link StockIntent}). The intent is saved on the order first, the stock
 * command runs (idempotent by key or by reservation state), and the order's new lines are saved
 * with the intent cleared. Whatever fails in between (a store that throws before or after it
 * wrote, a lost version race), the intent stays on the order and is completed first by the next
 * command on that order, a retry of the same command, or {@link #settle}/{@link #settlePending}:
 * an order's lines never run ahead of its stock, and no reservation is stranded.
 *
 * <p>Thread safe: commands on one order are serialized within this manager, and every write is
 * conditional on the version read, so a change made elsewhere (another node sharing the
 * repository) makes a command fail with {@link ConcurrentModificationException} rather than be
 * overwritten. Hosts running several nodes route an order's commands to one node.
 */
public final class OrderManager {
  private static final int STRIPES = 64;

  private final Allocator allocator;
  private final OrderStock stock;
  private final OrderRepository orders;
  private final OrderWrites writes;
  private final Clock clock;
  /** Null when orders are not assessed. */
  private final @Nullable OrderRiskAssessor risk;
  private final int holdAtScore;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  private OrderManager(Builder b) {
    this.allocator = Objects.requireNonNull(b.allocator, "allocator");
    this.stock = new OrderStock(allocator, Objects.requireNonNull(b.keeper, "keeper"));
    this.orders = Objects.requireNonNull(b.orders, "orders");
    this.clock = b.clock;
    this.writes = new OrderWrites(orders, OutboxRelay.inline(orders.outbox(), b.events, b.clock), b.clock);
    this.risk = b.risk;
    this.holdAtScore = b.holdAtScore;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Places an order: stores it, assesses its risk (holding it at or above the threshold), and
   * allocates every line under its policy. Lines end {@code ALLOCATED}, {@code PARTLY_ALLOCATED}
   * or {@code BACKORDERED}; units the policy gives up ({@code PARTIAL}, {@code REJECT}) are
   * cancelled. Placing an id again returns the stored order, completing its allocation first if a
   * fault interrupted it.
   *
   * @return the order after allocation
   * @throws ValidationException if the id was placed with different lines, or a SKU is unknown
   */
  public Order place(PlaceOrder command) {
    return place(command, null);
  }

  /**
   * Holds a cart's stock at checkout for a while, before payment: an allocation whose reservations
   * expire after the request's time-to-live unless an order placed with it keeps them.
   *
   * @param cart the cart as an allocation request (its order id is the cart's id; line ids as the
   *     order will have them), with a time-to-live
   * @throws ValidationException naming {@code timeToLive} if the request has none
   */
  public Allocation holdCart(AllocationRequest cart) {
    if (cart.timeToLive().isEmpty()) {
      throw ValidationException.of("timeToLive", "must be set for a cart hold", "empty");
    }
    return allocator.allocate(cart);
  }

  /**
   * Places an order whose cart was held at checkout: the hold's reservations that are still active
   * become the order's (their expiry cleared, any units beyond the line's quantity released); units
   * whose hold expired (payment came late) are allocated afresh if stock allows, else follow the
   * order's backorder policy. Otherwise as {@link #place(PlaceOrder)}.
   *
   * @param cartHold the checkout hold, or null for none
   */
  public Order place(PlaceOrder command, @Nullable Allocation cartHold) {
    return locked(command.orderId(), () -> {
      var existing = orders.find(command.orderId());
      if (existing.isPresent()) {
        requireSamePlacement(existing.get(), command);
        return writes.relayed(complete(existing.get()));
      }
      Instant now = clock.instant();
      List<OrderLineState> lines = new ArrayList<>();
      for (OrderLine l : command.lines()) {
        lines.add(new OrderLineState(l, LineStatus.PLACED, 0, 0, List.of()));
      }
      Order placed = Order.builder().id(command.orderId()).channel(command.channel()).customerId(command.customerId())
          .shipTo(command.shipTo()).shipToPosition(command.shipToPosition()).billingCountry(command.billingCountry())
          .paymentFingerprint(command.paymentFingerprint()).service(command.service()).shipBy(command.shipBy())
          .deliverBy(command.deliverBy()).placedAt(now).policy(command.policy()).addAllLines(lines).version(1).build();
      // without an assessor, the customer's history is not read: an address many orders share would
      // otherwise cost a lookup growing with every order placed to it
      RiskAssessment assessment = risk == null ? RiskAssessment.NONE : risk.assess(placed, new RiskContext(
          orders.byCustomer(command.customerId()), placed.paymentFingerprint().map(orders::byPaymentFingerprint)
          .orElse(List.of()), orders.byShipToKey(placed.shipToKey())));
      List<DomainEvent> events = new ArrayList<>(2);
      events.add(new OrderEvent.OrderPlaced(placed));
      if (assessment.score() >= holdAtScore) {
        Hold h = new Hold(Hold.Reason.RISK_REVIEW, "risk score " + assessment.score() + ": "
            + String.join("; ", assessment.reasons()), now);
        placed = placed.withHolds(List.of(h));
        events.add(new OrderEvent.OrderHeld(placed.id(), h));
      }
      // the allocation is recorded as the order's intent in the same write that stores it
      Order stored = writes.insert(placed.withPending(new StockIntent.Allocate(
          IdempotencyKey.of("place/" + command.orderId()), OrderStock.cartUnits(cartHold))), events);
      return writes.relayed(complete(stored));
    });
  }

  /**
   * Allocates the units of an order's lines that are still waiting (backordered), for example after
   * stock arrived. Does nothing if none are waiting.
   *
   * @param key the key of this allocation attempt (a replay returns its result)
   */
  public Order allocateBackorders(OrderId id, IdempotencyKey key) {
    return locked(id, () -> writes.relayed(allocateWaiting(load(id), key)));
  }

  /**
   * Hands the allocated lines of an order to fulfilment. Lines still waiting for stock stay as they
   * are. Idempotent: an order with nothing allocated left to release is returned unchanged.
   *
   * @throws InvalidTransitionException if the order is on hold, or has no allocated line to release
   */
  public Order release(OrderId id) {
    return change(id, o -> {
      if (o.isOnHold()) {
        throw new InvalidTransitionException("order " + id, "ON_HOLD (" + o.holdReasons() + ")", "RELEASED");
      }
      if (o.lines().stream().noneMatch(l -> l.status() == LineStatus.ALLOCATED)) {
        if (o.lines().stream().anyMatch(l -> l.status().compareTo(LineStatus.RELEASED) >= 0
            && l.status() != LineStatus.CANCELLED)) {
          return o;
        }
        throw new InvalidTransitionException("order " + id, o.status().name(), "RELEASED");
      }
      return withLines(o, l -> l.status() == LineStatus.ALLOCATED ? l.with(LineStatus.RELEASED) : l);
    });
  }

  /**
   * Marks released lines picked, confirming their reservations: with no line ids every released
   * line, with some only those (a split order's shipments are picked apart). Idempotent.
   *
   * @throws InvalidTransitionException if a named line is neither released nor past picking
   */
  public Order markPicked(OrderId id, String... lineIds) {
    return advance(id, Set.of(lineIds), LineStatus.RELEASED, LineStatus.PICKED, StockIntent.StockOp.Kind.CONFIRM,
        NO_EVENTS);
  }

  /**
   * Marks picked lines packed: with no line ids every picked line, with some only those.
   * Idempotent.
   *
   * @throws InvalidTransitionException if a named line is neither picked nor past packing
   */
  public Order markPacked(OrderId id, String... lineIds) {
    return advance(id, Set.of(lineIds), LineStatus.PICKED, LineStatus.PACKED, null, NO_EVENTS);
  }

  /**
   * Ships packed lines, shipping their reservations' stock. With no line ids, every packed line
   * ships; with some, only those (the order is then partly shipped). Idempotent for lines already
   * shipped.
   *
   * @throws InvalidTransitionException if a named line is not packed or shipped
   */
  public Order ship(OrderId id, String... lineIds) {
    return advance(id, Set.of(lineIds), LineStatus.PACKED, LineStatus.SHIPPED, StockIntent.StockOp.Kind.SHIP,
        NO_EVENTS);
  }

  /**
   * Ships one shipment: its packed lines ship as {@link #ship(OrderId, String...)} does, and the
   * same commit publishes {@link OrderEvent.ShipmentDispatched} with the dispatch's carrier,
   * promise and costs. Idempotent: shipping lines that already shipped publishes nothing again.
   *
   * @throws InvalidTransitionException if a line of the dispatch is not packed or shipped
   */
  public Order ship(OrderId id, Dispatch dispatch) {
    Objects.requireNonNull(dispatch, "dispatch");
    return advance(id, Set.copyOf(dispatch.lineIds()), LineStatus.PACKED, LineStatus.SHIPPED,
        StockIntent.StockOp.Kind.SHIP, (o, moved) -> {
          long units = moved.stream().mapToLong(l -> l.line().quantity() - l.cancelled()).sum();
          return List.of(new OrderEvent.ShipmentDispatched(id, dispatch.shipmentId(), o.channel(), dispatch.location(),
              dispatch.carrier(), dispatch.service(), lineIds(moved), units, dispatch.costs(), o.placedAt(),
              o.shipBy().orElse(null), dispatch.promisedBy(), clock.instant()));
        });
  }

  /**
   * Marks shipped lines delivered: with no line ids every shipped line, with some only those.
   * Idempotent.
   *
   * @throws InvalidTransitionException if a named line is neither shipped nor delivered
   */
  public Order deliver(OrderId id, String... lineIds) {
    return advance(id, Set.of(lineIds), LineStatus.SHIPPED, LineStatus.DELIVERED, null, NO_EVENTS);
  }

  /**
   * Marks one shipment delivered: its lines as {@link #deliver(OrderId, String...)} does (every
   * shipped line when {@code lineIds} is empty), and the same commit publishes {@link
   * OrderEvent.ShipmentDelivered}. Idempotent: delivering lines already delivered publishes nothing
   * again.
   *
   * @param shipmentId the shipment, as dispatched
   * @param damaged whether it arrived damaged
   * @throws InvalidTransitionException if a named line is neither shipped nor delivered
   */
  public Order deliver(OrderId id, String shipmentId, boolean damaged, List<String> lineIds) {
    Objects.requireNonNull(shipmentId, "shipmentId");
    return advance(id, Set.copyOf(lineIds), LineStatus.SHIPPED, LineStatus.DELIVERED, null,
        (o, moved) -> List.of(new OrderEvent.ShipmentDelivered(id, shipmentId, lineIds(moved), damaged,
            clock.instant())));
  }

  /**
   * Cancels the whole order before anything ships: units already picked go back on the shelf
   * ({@link StockKeeper#putBack}), then every unit it holds is released in one commit. Idempotent.
   *
   * @throws InvalidTransitionException if a line has shipped
   */
  public Order cancel(OrderId id) {
    return locked(id, () -> {
      Order o = load(id);
      if (o.status() == OrderStatus.CANCELLED) {
        return writes.relayed(o);
      }
      if (o.lines().stream().anyMatch(l -> l.status().hasShipped())) {
        throw new InvalidTransitionException("order " + id, o.status().name(), "CANCELLED");
      }
      List<StockIntent.StockOp> ops = new ArrayList<>();
      List<ReservationId> held = new ArrayList<>();
      for (OrderLineState l : o.lines()) {
        OrderStock.cancelling(l, ops, held);
      }
      ops.addAll(releaseAll(held));
      return writes.relayed(applyWith(o, withLines(o, OrderStock::cancelled), ops));
    });
  }

  /**
   * Cancels one line before it ships, putting picked units back on the shelf and releasing what it
   * holds. Idempotent.
   *
   * @throws InvalidTransitionException if the line has shipped
   * @throws ValidationException if the order has no such line
   */
  public Order cancelLine(OrderId id, String lineId) {
    return locked(id, () -> {
      Order o = load(id);
      OrderLineState line = o.line(lineId);
      if (line.status() == LineStatus.CANCELLED) {
        return writes.relayed(o);
      }
      if (!line.status().canMoveTo(LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + id + " line " + lineId, line.status().name(), "CANCELLED");
      }
      Order next = withLines(o, l -> l.lineId().equals(lineId) ? OrderStock.cancelled(l) : l);
      List<StockIntent.StockOp> ops = new ArrayList<>();
      List<ReservationId> held = new ArrayList<>();
      OrderStock.cancelling(line, ops, held);
      ops.addAll(releaseAll(held));
      return writes.relayed(applyWith(o, next, ops));
    });
  }

  /**
   * Puts an order on hold for a reason (it keeps its stock but is not released). Holds of
   * different reasons stack, each lifted on its own; holding again for a reason it is held for
   * changes nothing.
   *
   * @throws InvalidTransitionException if every line has shipped or is cancelled
   */
  public Order hold(OrderId id, Hold.Reason reason, String note) {
    return locked(id, () -> {
      Order o = load(id);
      if (o.holds().stream().anyMatch(h -> h.reason() == reason)) {
        return writes.relayed(o);
      }
      if (o.lines().stream().allMatch(l -> l.status().hasShipped() || l.status() == LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + o.id(), o.status().name(), "ON_HOLD");
      }
      Hold h = new Hold(reason, note, clock.instant());
      List<Hold> holds = new ArrayList<>(o.holds());
      holds.add(h);
      return writes.relayed(writes.save(o, o.withHolds(holds), List.of(new OrderEvent.OrderHeld(o.id(), h))));
    });
  }

  /**
   * Lifts an order's hold for one reason; holds for other reasons stay. Idempotent: an order not
   * held for that reason is returned unchanged.
   */
  public Order releaseHold(OrderId id, Hold.Reason reason) {
    return locked(id, () -> {
      Order o = load(id);
      if (o.holds().stream().noneMatch(h -> h.reason() == reason)) {
        return writes.relayed(o);
      }
      List<Hold> left = o.holds().stream().filter(h -> h.reason() != reason).toList();
      return writes.relayed(writes.save(o, o.withHolds(left),
          List.of(new OrderEvent.OrderHoldReleased(id, reason, clock.instant()))));
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
  public Order changeQuantity(OrderId id, String lineId, long quantity, IdempotencyKey key) {
    Check.quantity("quantity", quantity);
    return locked(id, () -> {
      Order o = load(id);
      OrderLineState line = o.line(lineId);
      if (line.line().quantity() == quantity) {
        return writes.relayed(o);
      }
      if (!line.status().isBeforeRelease()) {
        throw new InvalidTransitionException("order " + id + " line " + lineId, line.status().name(), "EDITED");
      }
      List<StockIntent.StockOp> ops = new ArrayList<>();
      OrderLineState edited = stock.shorten(line, quantity, ops);
      Order next = applyWith(o, replaceLine(o, edited), ops);
      return writes.relayed(allocateWaiting(next, key));
    });
  }

  /**
   * Changes where an order ships, before any line is released. The stock it holds stays where it
   * is; call {@link #allocateBackorders} or re-allocate if the new address should change that.
   * Idempotent for the same address.
   *
   * @throws InvalidTransitionException if a line was released already
   */
  public Order changeAddress(OrderId id, Address shipTo, @Nullable GeoPoint position) {
    return locked(id, () -> {
      Order o = load(id);
      if (o.shipTo().equals(shipTo) && o.shipToPosition().equals(Optional.ofNullable(position))) {
        return writes.relayed(o);
      }
      if (o.lines().stream().anyMatch(l -> !l.status().isBeforeRelease() && l.status() != LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + id, o.status().name(), "ADDRESS_CHANGED");
      }
      return writes.relayed(writes.save(o, o.withShipTo(shipTo).withShipToPosition(Optional.ofNullable(position)),
          List.of(new OrderEvent.OrderEdited(id, "shipTo", o.shipTo().toString(), shipTo.toString(), clock.instant()))));
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
  public Order reallocate(OrderId id, LocationId failed, IdempotencyKey key) {
    return locked(id, () -> {
      Order o = load(id);
      StockIntent.Reallocate intent = stock.reallocation(o, failed, key);
      if (intent == null) {
        return writes.relayed(o);
      }
      return writes.relayed(complete(writes.save(o, o.withPending(intent), List.of())));
    });
  }

  /**
   * Completes the stock intent a fault left on an order, if any (see {@link StockIntent}). Every
   * command on the order does this first; hosts call it (or {@link #settlePending}) after a crash.
   *
   * @return the order with no pending intent
   * @throws ValidationException naming {@code orderId} if unknown
   */
  public Order settle(OrderId id) {
    return locked(id, () -> writes.relayed(load(id)));
  }

  /**
   * Completes the stock intents faults left on orders, oldest first: the recovery sweep a host
   * runs after a restart or on a schedule.
   *
   * @param limit the most orders to settle in this call, at least 1
   * @return how many orders were settled
   */
  public int settlePending(int limit) {
    int n = 0;
    for (Order o : orders.pending((int) Check.positive("limit", limit))) {
      settle(o.id());
      n++;
    }
    return n;
  }

  /** An order by id. */
  public Optional<Order> find(OrderId id) {
    return orders.find(id);
  }

  // ---- internals

  private Order applyWith(Order o, Order next, List<StockIntent.StockOp> ops) {
    return applyWith(o, next, ops, List.of());
  }

  /**
   * Saves {@code next} (whose lines follow from stock operations) the safe way: with operations to
   * run, the intent first, then the operations, then the lines; without, in one write. The {@code
   * extra} events go with the first write, the one that decides the change (the intent, which the
   * next command completes whatever fails after it).
   */
  private Order applyWith(Order o, Order next, List<StockIntent.StockOp> ops, List<DomainEvent> extra) {
    if (next == o) {
      return o;
    }
    if (ops.isEmpty()) {
      return writes.save(o, next, extra);
    }
    return complete(writes.save(o, o.withPending(new StockIntent.Apply(ops, next.lines())), extra));
  }

  private Order allocateWaiting(Order o, IdempotencyKey key) {
    if (o.lines().stream().noneMatch(l -> l.waiting() > 0)) {
      return o;
    }
    return complete(writes.save(o, o.withPending(new StockIntent.Allocate(key, List.of())), List.of()));
  }

  /** Carries out the order's pending intent, if any, and stores its lines with the intent cleared. */
  private Order complete(Order o) {
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

  private static Order lines(Order o, @Nullable UnaryOperator<OrderLineState> f) {
    return f == null ? o : withLines(o, f);
  }

  private static List<StockIntent.StockOp> releaseAll(List<ReservationId> held) {
    return held.isEmpty() ? List.of()
        : List.of(new StockIntent.StockOp(StockIntent.StockOp.Kind.RELEASE_ALL, held, 0, null));
  }

  /** For a step whose line and order status changes are all its events. */
  private static final java.util.function.BiFunction<Order, List<OrderLineState>, List<DomainEvent>> NO_EVENTS =
      (o, moved) -> List.of();

  private static List<String> lineIds(List<OrderLineState> lines) {
    return lines.stream().map(OrderLineState::lineId).toList();
  }

  /**
   * Moves the lines in {@code from} to {@code to} (all of them, or those named in {@code only}),
   * with one {@code kind} operation per reservation (null: none), and the events {@code extra}
   * makes of the order (as loaded) and the lines moved, in the same commit.
   */
  private Order advance(OrderId id, Set<String> only, LineStatus from, LineStatus to,
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

  /** Loads (completing any pending intent), applies a change without stock, and saves it if anything changed. */
  private Order change(OrderId id, UnaryOperator<Order> change) {
    return locked(id, () -> {
      Order o = load(id);
      Order next = change.apply(o);
      return writes.relayed(next == o ? o : writes.save(o, next, List.of()));
    });
  }


  private static Order withLines(Order o, UnaryOperator<OrderLineState> f) {
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

  private static Order replaceLine(Order o, OrderLineState line) {
    List<OrderLineState> lines = new ArrayList<>();
    for (OrderLineState l : o.lines()) {
      lines.add(l.lineId().equals(line.lineId()) ? line : l);
    }
    return o.withLines(lines);
  }

  /** The order, with any intent a fault left on it completed first. */
  private Order load(OrderId id) {
    return complete(orders.find(id).orElseThrow(() -> ValidationException.of("orderId", "must be a known order", id)));
  }

  /** A re-placement must name the same customer and the same lines (ids and SKUs; quantities may have been edited since). */
  private static void requireSamePlacement(Order existing, PlaceOrder command) {
    List<String> placed = existing.lines().stream().map(l -> l.lineId() + "|" + l.line().sku()).toList();
    List<String> asked = command.lines().stream().map(l -> l.lineId() + "|" + l.sku()).toList();
    if (!existing.customerId().equals(command.customerId()) || !placed.equals(asked)) {
      throw ValidationException.of("orderId", "was already placed with different content", command.orderId());
    }
  }

  private <T> T locked(OrderId id, Supplier<T> body) {
    ReentrantLock lock = locks[Math.floorMod(id.hashCode(), STRIPES)];
    lock.lock();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }

  /** Builds an {@link OrderManager}. */
  public static final class Builder {
    private @Nullable Allocator allocator;
    private @Nullable StockKeeper keeper;
    private @Nullable OrderRepository orders;
    private EventPublisher events = EventPublisher.noop();
    private Clock clock = Clock.systemUTC();
    private @Nullable OrderRiskAssessor risk;
    private int holdAtScore = 50;

    private Builder() {}

    /** The stock keeper (required). */
    public Builder keeper(StockKeeper keeper) {
      this.keeper = keeper;
      return this;
    }

    /** The allocator over the same keeper (required). */
    public Builder allocator(Allocator allocator) {
      this.allocator = allocator;
      return this;
    }

    /** Where orders are kept (required). */
    public Builder orders(OrderRepository orders) {
      this.orders = orders;
      return this;
    }

    /**
     * Where the repository's outbox is relayed after each command; none by default (the host's
     * own {@link OutboxRelay} then delivers order events).
     */
    public Builder events(EventPublisher events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /** The clock; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The risk assessor and the score from which orders are held; none and 50 by default.
     *
     * @throws ValidationException naming {@code holdAtScore} if outside 0 to 100
     */
    public Builder risk(OrderRiskAssessor risk, int holdAtScore) {
      if (holdAtScore < 0 || holdAtScore > 100) {
        throw ValidationException.of("holdAtScore", "must be from 0 to 100", holdAtScore);
      }
      this.risk = Objects.requireNonNull(risk, "risk");
      this.holdAtScore = holdAtScore;
      return this;
    }

    /**
     * The manager.
     *
     * @throws NullPointerException if the keeper, allocator or repository is missing
     */
    public OrderManager build() {
      Objects.requireNonNull(keeper, "keeper");
      return new OrderManager(this);
    }
  }
}
