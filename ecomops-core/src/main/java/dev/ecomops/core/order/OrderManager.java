package dev.ecomops.core.order;

import dev.ecomops.core.Address;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.Allocator;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.inventory.StockKeeper;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.validation.Check;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives orders through their life: placement (risk check, allocation), release to fulfilment,
 * pick, pack, ship, deliver, cancellation of the order or a line before it ships, holds, and
 * edits before release. Stock follows every step through the {@link Allocator} and its {@link
 * StockKeeper}: a cancelled or shortened line releases exactly what it held, a lengthened one
 * allocates the difference, a pick confirms the reservations and a shipment ships them.
 *
 * <p>Every transition is idempotent (asking for the state an order is already in changes nothing
 * and publishes nothing) and publishes an {@link OrderEvent} per line and order status change.
 * Asking for a transition the state machine ({@link LineStatus}) does not allow throws {@link
 * InvalidTransitionException} naming the state and the one asked for, and changes nothing.
 *
 * <p>Thread safe: commands on one order are serialized within this manager, and every write is
 * conditional on the version read, so a change made elsewhere (another node sharing the
 * repository) makes a command fail with {@link ConcurrentModificationException} rather than be
 * overwritten. Hosts running several nodes route an order's commands to one node.
 */
public final class OrderManager {
  private static final Logger LOG = LoggerFactory.getLogger(OrderManager.class);
  private static final int STRIPES = 64;

  private final Allocator allocator;
  private final OrderStock stock;
  private final OrderRepository orders;
  private final EventPublisher events;
  private final Clock clock;
  private final OrderRiskAssessor risk;
  private final int holdAtScore;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  private OrderManager(Builder b) {
    this.allocator = Objects.requireNonNull(b.allocator, "allocator");
    this.stock = new OrderStock(allocator, Objects.requireNonNull(b.keeper, "keeper"));
    this.orders = Objects.requireNonNull(b.orders, "orders");
    this.events = b.events;
    this.clock = b.clock;
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
   * cancelled. Placing an id again returns the stored order.
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
        return existing.get();
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
      RiskAssessment assessment = risk.assess(placed, new RiskContext(orders.byCustomer(command.customerId()),
          placed.paymentFingerprint().map(orders::byPaymentFingerprint).orElse(List.of()),
          orders.byShipToKey(placed.shipToKey())));
      if (!orders.insert(placed)) {
        throw new ConcurrentModificationException("order " + command.orderId() + " was placed elsewhere meanwhile");
      }
      publish(new OrderEvent.OrderPlaced(placed));
      Order current = placed;
      if (assessment.score() >= holdAtScore) {
        current = hold(current, Hold.Reason.RISK_REVIEW, "risk score " + assessment.score() + ": "
            + String.join("; ", assessment.reasons()));
      }
      if (cartHold != null) {
        current = adopt(current, cartHold);
      }
      return allocateWaiting(current, IdempotencyKey.of("place/" + command.orderId()));
    });
  }

  /**
   * Allocates the units of an order's lines that are still waiting (backordered), for example after
   * stock arrived. Does nothing if none are waiting.
   *
   * @param key the key of this allocation attempt (a replay returns its result)
   */
  public Order allocateBackorders(OrderId id, IdempotencyKey key) {
    return locked(id, () -> allocateWaiting(load(id), key));
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
        throw new InvalidTransitionException("order " + id, "ON_HOLD (" + o.hold().get().reason() + ")", "RELEASED");
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

  /** Marks every released line picked, confirming its reservations. Idempotent. */
  public Order markPicked(OrderId id) {
    return advance(id, LineStatus.RELEASED, LineStatus.PICKED, stock::pick);
  }

  /** Marks every picked line packed. Idempotent. */
  public Order markPacked(OrderId id) {
    return advance(id, LineStatus.PICKED, LineStatus.PACKED, l -> { });
  }

  /**
   * Ships packed lines, shipping their reservations' stock. With no line ids, every packed line
   * ships; with some, only those (the order is then partly shipped). Idempotent for lines already
   * shipped.
   *
   * @throws InvalidTransitionException if a named line is not packed or shipped
   */
  public Order ship(OrderId id, String... lineIds) {
    Set<String> only = Set.of(lineIds);
    return change(id, o -> {
      for (String lineId : only) {
        OrderLineState l = o.line(lineId);
        if (l.status() != LineStatus.PACKED && !l.status().hasShipped()) {
          throw new InvalidTransitionException("order " + id + " line " + lineId, l.status().name(), "SHIPPED");
        }
      }
      boolean any = o.lines().stream().anyMatch(l -> l.status() == LineStatus.PACKED
          && (only.isEmpty() || only.contains(l.lineId())));
      if (!any) {
        if (o.lines().stream().anyMatch(l -> l.status().hasShipped())) {
          return o;
        }
        throw new InvalidTransitionException("order " + id, o.status().name(), "SHIPPED");
      }
      return withLines(o, l -> {
        if (l.status() != LineStatus.PACKED || (!only.isEmpty() && !only.contains(l.lineId()))) {
          return l;
        }
        stock.ship(l);
        return new OrderLineState(l.line(), LineStatus.SHIPPED, 0, l.cancelled(), l.reservations());
      });
    });
  }

  /** Marks every shipped line delivered. Idempotent. */
  public Order deliver(OrderId id) {
    return advance(id, LineStatus.SHIPPED, LineStatus.DELIVERED, l -> { });
  }

  /**
   * Cancels the whole order before anything ships, releasing every unit it holds. Idempotent.
   *
   * @throws InvalidTransitionException if a line has shipped
   */
  public Order cancel(OrderId id) {
    return change(id, o -> {
      if (o.status() == OrderStatus.CANCELLED) {
        return o;
      }
      if (o.lines().stream().anyMatch(l -> l.status().hasShipped())) {
        throw new InvalidTransitionException("order " + id, o.status().name(), "CANCELLED");
      }
      return withLines(o, stock::cancel);
    });
  }

  /**
   * Cancels one line before it ships, releasing what it holds. Idempotent.
   *
   * @throws InvalidTransitionException if the line has shipped
   * @throws ValidationException if the order has no such line
   */
  public Order cancelLine(OrderId id, String lineId) {
    return change(id, o -> {
      OrderLineState line = o.line(lineId);
      if (line.status() == LineStatus.CANCELLED) {
        return o;
      }
      if (!line.status().canMoveTo(LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + id + " line " + lineId, line.status().name(), "CANCELLED");
      }
      return withLines(o, l -> l.lineId().equals(lineId) ? stock.cancel(l) : l);
    });
  }

  /**
   * Puts an order on hold (it keeps its stock but is not released). Idempotent for the same reason.
   *
   * @throws InvalidTransitionException if every line has shipped or is cancelled
   */
  public Order hold(OrderId id, Hold.Reason reason, String note) {
    return locked(id, () -> {
      Order o = load(id);
      if (o.hold().map(h -> h.reason() == reason).orElse(false)) {
        return o;
      }
      return hold(o, reason, note);
    });
  }

  /** Lifts an order's hold. Idempotent: an order without a hold is returned unchanged. */
  public Order releaseHold(OrderId id) {
    return locked(id, () -> {
      Order o = load(id);
      if (o.hold().isEmpty()) {
        return o;
      }
      Order next = save(o, im(o).withHold(java.util.Optional.empty()));
      publish(new OrderEvent.OrderHoldReleased(id, o.hold().get().reason(), clock.instant()));
      return next;
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
    Check.positive("quantity", quantity);
    return locked(id, () -> {
      Order o = load(id);
      OrderLineState line = o.line(lineId);
      if (line.line().quantity() == quantity) {
        return o;
      }
      if (!line.status().isBeforeRelease()) {
        throw new InvalidTransitionException("order " + id + " line " + lineId, line.status().name(), "EDITED");
      }
      OrderLineState edited = stock.shorten(line, quantity);
      Order next = save(o, replaceLine(o, edited));
      publish(new OrderEvent.OrderEdited(id, "lines[" + lineId + "].quantity", Long.toString(line.line().quantity()),
          Long.toString(quantity), clock.instant()));
      publishChanges(o, next);
      return allocateWaiting(next, key);
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
    return change(id, o -> {
      if (o.shipTo().equals(shipTo) && o.shipToPosition().equals(java.util.Optional.ofNullable(position))) {
        return o;
      }
      if (o.lines().stream().anyMatch(l -> !l.status().isBeforeRelease() && l.status() != LineStatus.CANCELLED)) {
        throw new InvalidTransitionException("order " + id, o.status().name(), "ADDRESS_CHANGED");
      }
      publish(new OrderEvent.OrderEdited(id, "shipTo", o.shipTo().toString(), shipTo.toString(), clock.instant()));
      return im(o).withShipTo(shipTo).withShipToPosition(java.util.Optional.ofNullable(position));
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
  public Order reallocate(OrderId id, dev.ecomops.core.LocationId failed, IdempotencyKey key) {
    return locked(id, () -> {
      Order o = load(id);
      return apply(o, stock.reallocate(o, failed, key));
    });
  }

  /** An order by id. */
  public java.util.Optional<Order> find(OrderId id) {
    return orders.find(id);
  }

  // ---- internals

  private Order hold(Order o, Hold.Reason reason, String note) {
    if (o.lines().stream().allMatch(l -> l.status().hasShipped() || l.status() == LineStatus.CANCELLED)) {
      throw new InvalidTransitionException("order " + o.id(), o.status().name(), "ON_HOLD");
    }
    Hold h = new Hold(reason, note, clock.instant());
    Order next = save(o, im(o).withHold(h));
    publish(new OrderEvent.OrderHeld(o.id(), h));
    return next;
  }

  private Order adopt(Order o, Allocation cartHold) {
    return apply(o, stock.adopt(o, cartHold));
  }

  private Order allocateWaiting(Order o, IdempotencyKey key) {
    return apply(o, stock.allocateWaiting(o, key));
  }

  /** Stores the order with its lines changed (if they change) and publishes the status changes. */
  private Order apply(Order o, @Nullable UnaryOperator<OrderLineState> lines) {
    if (lines == null) {
      return o;
    }
    Order saved = save(o, withLines(o, lines));
    publishChanges(o, saved);
    return saved;
  }

  /** Moves every line in {@code from} to {@code to}, running {@code effect} on each first. */
  private Order advance(OrderId id, LineStatus from, LineStatus to, java.util.function.Consumer<OrderLineState> effect) {
    return change(id, o -> {
      if (o.lines().stream().noneMatch(l -> l.status() == from)) {
        if (o.lines().stream().anyMatch(l -> l.status().compareTo(to) >= 0 && l.status() != LineStatus.CANCELLED)) {
          return o;
        }
        throw new InvalidTransitionException("order " + id, o.status().name(), to.name());
      }
      if (o.isOnHold() && from.compareTo(LineStatus.RELEASED) <= 0) {
        throw new InvalidTransitionException("order " + id, "ON_HOLD (" + o.hold().get().reason() + ")", to.name());
      }
      return withLines(o, l -> {
        if (l.status() != from) {
          return l;
        }
        effect.accept(l);
        return l.with(to);
      });
    });
  }

  /** Loads, applies a change, saves it if anything changed, and publishes the status changes. */
  private Order change(OrderId id, UnaryOperator<Order> change) {
    return locked(id, () -> {
      Order o = load(id);
      Order next = change.apply(o);
      if (next == o) {
        return o;
      }
      Order saved = save(o, next);
      publishChanges(o, saved);
      return saved;
    });
  }

  private Order save(Order before, Order next) {
    Order versioned = im(next).withVersion(before.version() + 1);
    if (!orders.replace(versioned, before.version())) {
      throw new ConcurrentModificationException("order " + before.id() + " changed elsewhere since version "
          + before.version());
    }
    return versioned;
  }

  /** The generated implementation, for its {@code with} methods. */
  private static ImmutableOrder im(Order o) {
    return (ImmutableOrder) ImmutableOrder.copyOf(o);
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
    return im(o).withLines(lines);
  }

  private static Order replaceLine(Order o, OrderLineState line) {
    List<OrderLineState> lines = new ArrayList<>();
    for (OrderLineState l : o.lines()) {
      lines.add(l.lineId().equals(line.lineId()) ? line : l);
    }
    return im(o).withLines(lines);
  }

  private void publishChanges(Order before, Order after) {
    Instant now = clock.instant();
    for (int i = 0; i < after.lines().size(); i++) {
      OrderLineState a = before.lines().get(i);
      OrderLineState b = after.lines().get(i);
      if (a.status() != b.status()) {
        publish(new OrderEvent.LineStatusChanged(after.id(), b.lineId(), a.status(), b.status(), b.held(), now));
      }
    }
    if (before.status() != after.status()) {
      publish(new OrderEvent.OrderStatusChanged(after.id(), before.status(), after.status(), now));
    }
  }

  private void publish(DomainEvent e) {
    try {
      events.publish(e);
    } catch (RuntimeException ex) {
      LOG.warn("event publisher failed on {}; the change stays stored", e.getClass().getSimpleName(), ex);
    }
  }

  private Order load(OrderId id) {
    return orders.find(id).orElseThrow(() -> ValidationException.of("orderId", "must be a known order", id));
  }

  /** A re-placement must name the same customer and the same lines (ids and SKUs; quantities may have been edited since). */
  private static void requireSamePlacement(Order existing, PlaceOrder command) {
    List<String> placed = existing.lines().stream().map(l -> l.lineId() + "|" + l.line().sku()).toList();
    List<String> asked = command.lines().stream().map(l -> l.lineId() + "|" + l.sku()).toList();
    if (!existing.customerId().equals(command.customerId()) || !placed.equals(asked)) {
      throw ValidationException.of("orderId", "was already placed with different content", command.orderId());
    }
  }

  private <T> T locked(OrderId id, java.util.function.Supplier<T> body) {
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
    private OrderRiskAssessor risk = OrderRiskAssessor.none();
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

    /** Where events go; none by default. */
    public Builder events(EventPublisher events) {
      this.events = events;
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
      this.risk = risk;
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
