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
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.order.Dispatch;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.PlaceOrder;
import dev.ecomops.core.order.StockIntent;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.spi.EventPublisher;
import java.time.Clock;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
  private final Allocator allocator;
  private final OrderSteps steps;
  private final OrderPlacement placement;
  private final OrderEdits edits;

  private OrderManager(Builder b) {
    this.allocator = Objects.requireNonNull(b.allocator, "allocator");
    OrderRepository orders = Objects.requireNonNull(b.orders, "orders");
    this.steps = new OrderSteps(new OrderStock(allocator, Objects.requireNonNull(b.keeper, "keeper")), orders,
        new OrderWrites(orders, OutboxRelay.inline(orders.outbox(), b.events, b.clock), b.clock), b.clock);
    this.placement = new OrderPlacement(steps, b.risk, b.holdAtScore);
    this.edits = new OrderEdits(steps);
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
    return placement.place(command, cartHold);
  }

  /**
   * Allocates the units of an order's lines that are still waiting (backordered), for example after
   * stock arrived. Does nothing if none are waiting.
   *
   * @param key the key of this allocation attempt (a replay returns its result)
   */
  public Order allocateBackorders(OrderId id, IdempotencyKey key) {
    return steps.locked(id, () -> steps.writes.relayed(steps.allocateWaiting(steps.load(id), key)));
  }

  /**
   * Hands the allocated lines of an order to fulfilment. Lines still waiting for stock stay as they
   * are. Idempotent: an order with nothing allocated left to release is returned unchanged.
   *
   * @throws InvalidTransitionException if the order is on hold, or has no allocated line to release
   */
  public Order release(OrderId id) {
    return steps.change(id, o -> {
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
      return OrderSteps.withLines(o, l -> l.status() == LineStatus.ALLOCATED ? l.with(LineStatus.RELEASED) : l);
    });
  }

  /**
   * Marks released lines picked, confirming their reservations: with no line ids every released
   * line, with some only those (a split order's shipments are picked apart). Idempotent.
   *
   * @throws InvalidTransitionException if a named line is neither released nor past picking
   */
  public Order markPicked(OrderId id, String... lineIds) {
    return steps.advance(id, Set.of(lineIds), LineStatus.RELEASED, LineStatus.PICKED, StockIntent.StockOp.Kind.CONFIRM,
        OrderSteps.NO_EVENTS);
  }

  /**
   * Marks picked lines packed: with no line ids every picked line, with some only those.
   * Idempotent.
   *
   * @throws InvalidTransitionException if a named line is neither picked nor past packing
   */
  public Order markPacked(OrderId id, String... lineIds) {
    return steps.advance(id, Set.of(lineIds), LineStatus.PICKED, LineStatus.PACKED, null, OrderSteps.NO_EVENTS);
  }

  /**
   * Ships packed lines, shipping their reservations' stock. With no line ids, every packed line
   * ships; with some, only those (the order is then partly shipped). Idempotent for lines already
   * shipped.
   *
   * @throws InvalidTransitionException if a named line is not packed or shipped
   */
  public Order ship(OrderId id, String... lineIds) {
    return steps.advance(id, Set.of(lineIds), LineStatus.PACKED, LineStatus.SHIPPED, StockIntent.StockOp.Kind.SHIP,
        OrderSteps.NO_EVENTS);
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
    return steps.advance(id, Set.copyOf(dispatch.lineIds()), LineStatus.PACKED, LineStatus.SHIPPED,
        StockIntent.StockOp.Kind.SHIP, (o, moved) -> {
          long units = moved.stream().mapToLong(l -> l.line().quantity() - l.cancelled()).sum();
          return List.of(new OrderEvent.ShipmentDispatched(id, dispatch.shipmentId(), o.channel(), dispatch.location(),
              dispatch.carrier(), dispatch.service(), OrderSteps.lineIds(moved), units, dispatch.costs(), o.placedAt(),
              o.shipBy().orElse(null), dispatch.promisedBy(), steps.clock.instant()));
        });
  }

  /**
   * Marks shipped lines delivered: with no line ids every shipped line, with some only those.
   * Idempotent.
   *
   * @throws InvalidTransitionException if a named line is neither shipped nor delivered
   */
  public Order deliver(OrderId id, String... lineIds) {
    return steps.advance(id, Set.of(lineIds), LineStatus.SHIPPED, LineStatus.DELIVERED, null, OrderSteps.NO_EVENTS);
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
    return steps.advance(id, Set.copyOf(lineIds), LineStatus.SHIPPED, LineStatus.DELIVERED, null,
        (o, moved) -> List.of(new OrderEvent.ShipmentDelivered(id, shipmentId, OrderSteps.lineIds(moved), damaged,
            steps.clock.instant())));
  }

  /**
   * Cancels the whole order before anything ships: units already picked go back on the shelf
   * ({@link StockKeeper#putBack}), then every unit it holds is released in one commit. Idempotent.
   *
   * @throws InvalidTransitionException if a line has shipped
   */
  public Order cancel(OrderId id) {
    return edits.cancel(id);
  }

  /**
   * Cancels one line before it ships, putting picked units back on the shelf and releasing what it
   * holds. Idempotent.
   *
   * @throws InvalidTransitionException if the line has shipped
   * @throws ValidationException if the order has no such line
   */
  public Order cancelLine(OrderId id, String lineId) {
    return edits.cancelLine(id, lineId);
  }

  /**
   * Puts an order on hold for a reason (it keeps its stock but is not released). Holds of
   * different reasons stack, each lifted on its own; holding again for a reason it is held for
   * changes nothing.
   *
   * @throws InvalidTransitionException if every line has shipped or is cancelled
   */
  public Order hold(OrderId id, Hold.Reason reason, String note) {
    return edits.hold(id, reason, note);
  }

  /**
   * Lifts an order's hold for one reason; holds for other reasons stay. Idempotent: an order not
   * held for that reason is returned unchanged.
   */
  public Order releaseHold(OrderId id, Hold.Reason reason) {
    return edits.releaseHold(id, reason);
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
    return edits.changeQuantity(id, lineId, quantity, key);
  }

  /**
   * Changes where an order ships, before any line is released. The stock it holds stays where it
   * is; call {@link #allocateBackorders} or re-allocate if the new address should change that.
   * Idempotent for the same address.
   *
   * @throws InvalidTransitionException if a line was released already
   */
  public Order changeAddress(OrderId id, Address shipTo, @Nullable GeoPoint position) {
    return edits.changeAddress(id, shipTo, position);
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
    return edits.reallocate(id, failed, key);
  }

  /**
   * Completes the stock intent a fault left on an order, if any (see {@link StockIntent}). Every
   * command on the order does this first; hosts call it (or {@link #settlePending}) after a crash.
   *
   * @return the order with no pending intent
   * @throws ValidationException naming {@code orderId} if unknown
   */
  public Order settle(OrderId id) {
    return steps.locked(id, () -> steps.writes.relayed(steps.load(id)));
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
    for (Order o : steps.orders.pending((int) Check.positive("limit", limit))) {
      settle(o.id());
      n++;
    }
    return n;
  }

  /** An order by id. */
  public Optional<Order> find(OrderId id) {
    return steps.orders.find(id);
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
