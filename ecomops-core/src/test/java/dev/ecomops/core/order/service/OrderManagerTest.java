package dev.ecomops.core.order.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ecomops.core.Address;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryOrderRepository;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.Dispatch;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderStatus;
import dev.ecomops.core.order.PlaceOrder;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.ShipmentCosts;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderManagerTest {
  static final LocationId DC = LocationId.of("DC");
  static final LocationId DC2 = LocationId.of("DC2");
  static final Sku TEE = Sku.of("TEE");
  static final Sku MUG = Sku.of("MUG");

  final ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  final InMemoryCatalog catalog = InMemoryCatalog.create()
      .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(40, -74)).build())
      .add(Location.builder().id(DC2).name("dc2").country("US").position(GeoPoint.of(34, -118)).build())
      .add(Product.builder().sku(TEE).name("tee").build())
      .add(Product.builder().sku(MUG).name("mug").build());
  final StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).clock(clock)
      .ids(SequentialIdGenerator.create()).build();
  final InMemoryEventLog events = InMemoryEventLog.create();
  final InMemoryOrderRepository repo = InMemoryOrderRepository.create();
  final OrderManager orders = OrderManager.builder().keeper(keeper).allocator(Allocator.of(keeper, PriorityStrategy.create()))
      .orders(repo).events(events).clock(clock).build();
  private final AtomicLong keys = new AtomicLong();

  OrderManagerTest() {
    stock(TEE, 10);
    stock(MUG, 3);
  }

  void stock(Sku sku, long units) {
    keeper.receive(Receipt.builder().sku(sku).location(DC).quantity(units).idempotencyKey(key()).build());
  }

  IdempotencyKey key() {
    return IdempotencyKey.of("t" + keys.incrementAndGet());
  }

  static Address address() {
    return Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build();
  }

  static OrderLine line(String id, Sku sku, long quantity) {
    return OrderLine.builder().lineId(id).sku(sku).quantity(quantity).unitPrice(Money.of("10.00", "USD")).build();
  }

  PlaceOrder.Builder order(String id, OrderLine... lines) {
    return PlaceOrder.builder().orderId(OrderId.of(id)).customerId("c1").shipTo(address()).addLines(lines);
  }

  long reserved(Sku sku) {
    return keeper.balance(StockKey.of(sku, DC)).reserved();
  }

  List<OrderEvent> orderEvents() {
    return events.events().stream().filter(OrderEvent.class::isInstance).map(OrderEvent.class::cast).toList();
  }

  @Nested
  class Lifecycle {
    @Test
    @DisplayName("an order goes placed, allocated, released, picked, packed, shipped, delivered, with stock following")
    void happyPath() {
      Order o = orders.place(order("o1", line("1", TEE, 2), line("2", MUG, 1)).build());
      assertThat(o.status()).isEqualTo(OrderStatus.ALLOCATED);
      assertThat(reserved(TEE)).isEqualTo(2);
      assertThat(orders.release(o.id()).status()).isEqualTo(OrderStatus.RELEASED);
      assertThat(orders.markPicked(o.id()).status()).isEqualTo(OrderStatus.PICKED);
      assertThat(keeper.balance(StockKey.of(TEE, DC)).picked()).isEqualTo(2);
      assertThat(orders.markPacked(o.id()).status()).isEqualTo(OrderStatus.PACKED);
      assertThat(orders.ship(o.id(), "1").status()).isEqualTo(OrderStatus.PARTLY_SHIPPED);
      assertThat(keeper.balance(StockKey.of(TEE, DC)).onHand()).isEqualTo(8);
      assertThat(orders.ship(o.id()).status()).isEqualTo(OrderStatus.SHIPPED);
      Order delivered = orders.deliver(o.id());
      assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
      assertThat(delivered.version()).isGreaterThan(1);
      assertThat(orderEvents()).filteredOn(OrderEvent.OrderStatusChanged.class::isInstance)
          .extracting(e -> ((OrderEvent.OrderStatusChanged) e).to())
          .containsExactly(OrderStatus.ALLOCATED, OrderStatus.RELEASED, OrderStatus.PICKED, OrderStatus.PACKED,
              OrderStatus.PARTLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    }

    @Test
    @DisplayName("every transition asked twice changes nothing and publishes nothing the second time")
    void idempotent() {
      OrderId id = orders.place(order("o1", line("1", TEE, 1)).build()).id();
      for (Runnable step : List.<Runnable>of(() -> orders.release(id), () -> orders.markPicked(id),
          () -> orders.markPacked(id), () -> orders.ship(id), () -> orders.deliver(id))) {
        step.run();
        Order after = orders.find(id).orElseThrow();
        int published = events.events().size();
        step.run();
        assertThat(orders.find(id).orElseThrow()).isEqualTo(after);
        assertThat(events.events()).hasSize(published);
      }
      assertThat(orders.place(order("o1", line("1", TEE, 1)).build()).status()).isEqualTo(OrderStatus.DELIVERED);
      assertThat(reserved(TEE)).isZero();
    }

    @Test
    @DisplayName("illegal transitions name the state and the one asked for, and change nothing")
    void illegal() {
      OrderId id = orders.place(order("o1", line("1", TEE, 1)).build()).id();
      assertThatThrownBy(() -> orders.markPacked(id)).isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("ALLOCATED").hasMessageContaining("PACKED");
      assertThatThrownBy(() -> orders.ship(id)).isInstanceOf(InvalidTransitionException.class);
      assertThatThrownBy(() -> orders.deliver(id)).isInstanceOf(InvalidTransitionException.class);
      orders.release(id);
      orders.markPicked(id);
      orders.markPacked(id);
      orders.ship(id);
      assertThatThrownBy(() -> orders.cancel(id)).isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("SHIPPED").hasMessageContaining("CANCELLED");
      assertThatThrownBy(() -> orders.cancelLine(id, "1")).isInstanceOf(InvalidTransitionException.class);
      assertThatThrownBy(() -> orders.changeQuantity(id, "1", 5, key())).isInstanceOf(InvalidTransitionException.class);
      assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    @DisplayName("an unknown order or line is refused naming the field")
    void unknown() {
      assertThatThrownBy(() -> orders.release(OrderId.of("nope"))).isInstanceOf(ValidationException.class)
          .hasMessageContaining("orderId");
      OrderId id = orders.place(order("o1", line("1", TEE, 1)).build()).id();
      assertThatThrownBy(() -> orders.cancelLine(id, "9")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("lineId");
    }

    @Test
    @DisplayName("every line status change is an event")
    void lineEvents() {
      orders.place(order("o1", line("1", TEE, 1), line("2", MUG, 5)).build());
      assertThat(orderEvents()).filteredOn(OrderEvent.LineStatusChanged.class::isInstance)
          .extracting(e -> ((OrderEvent.LineStatusChanged) e).lineId() + ":" + ((OrderEvent.LineStatusChanged) e).to())
          .containsExactly("1:ALLOCATED", "2:PARTLY_ALLOCATED");
      assertThat(orderEvents().get(0)).isInstanceOf(OrderEvent.OrderPlaced.class);
    }
  }

  @Nested
  class Shipments {
    Dispatch dispatch(String shipmentId, String... lineIds) {
      Money cost = Money.of("1.00", "USD");
      return new Dispatch(shipmentId, DC, "UPS", "ground", Instant.parse("2026-11-30T23:59:59Z"),
          new ShipmentCosts(Money.of("7.50", "USD"), cost, cost, Money.of("4.00", "USD")), List.of(lineIds));
    }

    @Test
    @DisplayName("a split order's shipments are picked, packed, shipped and delivered apart, each dispatch and delivery once as an event with its costs")
    void splitShipments() {
      OrderId id = orders.place(order("o1", line("1", TEE, 2), line("2", MUG, 1)).build()).id();
      orders.release(id);
      clock.advance(java.time.Duration.ofHours(1));
      orders.markPicked(id, "1");
      assertThat(orders.find(id).orElseThrow().line("2").status()).isEqualTo(LineStatus.RELEASED);
      orders.markPacked(id, "1");
      Order shipped = orders.ship(id, dispatch("P1", "1"));
      assertThat(shipped.status()).isEqualTo(OrderStatus.PARTLY_SHIPPED);
      assertThat(keeper.balance(StockKey.of(TEE, DC)).onHand()).isEqualTo(8);
      assertThat(keeper.balance(StockKey.of(MUG, DC)).reserved()).isEqualTo(1);
      int published = events.events().size();
      orders.ship(id, dispatch("P1", "1"));
      assertThat(events.events()).as("a replayed dispatch publishes nothing").hasSize(published);

      List<OrderEvent.ShipmentDispatched> dispatched = events.events(OrderEvent.ShipmentDispatched.class);
      assertThat(dispatched).singleElement().satisfies(d -> {
        assertThat(d.shipmentId()).isEqualTo("P1");
        assertThat(d.lineIds()).containsExactly("1");
        assertThat(d.units()).isEqualTo(2);
        assertThat(d.costs().shipping()).isEqualTo(Money.of("7.50", "USD"));
        assertThat(d.placedAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(d.occurredAt()).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
        assertThat(d.channel()).isEqualTo(Channel.WEB);
      });
      // the dispatch is published with the lines it ships, in one commit: SHIPPED right after it
      List<DomainEvent> all = events.events();
      int at = all.indexOf(dispatched.get(0));
      assertThat(all.subList(at, all.size())).extracting(e -> e.getClass().getSimpleName())
          .startsWith("ShipmentDispatched", "LineStatusChanged", "OrderStatusChanged");

      orders.markPicked(id, "2");
      orders.markPacked(id, "2");
      orders.ship(id, dispatch("P2", "2"));
      assertThat(orders.deliver(id, "P1", false, List.of("1")).status()).isEqualTo(OrderStatus.SHIPPED);
      assertThat(orders.deliver(id, "P2", true, List.of("2")).status()).isEqualTo(OrderStatus.DELIVERED);
      orders.deliver(id, "P2", true, List.of("2"));
      assertThat(events.events(OrderEvent.ShipmentDelivered.class)).extracting(OrderEvent.ShipmentDelivered::shipmentId,
          OrderEvent.ShipmentDelivered::damaged).containsExactly(tuple("P1", false), tuple("P2", true));
      assertThat(reserved(TEE) + reserved(MUG)).isZero();
    }

    @Test
    @DisplayName("a line that is not where the step needs it is refused, naming the line, and nothing is published")
    void wrongLine() {
      OrderId id = orders.place(order("o1", line("1", TEE, 2), line("2", MUG, 1)).build()).id();
      orders.release(id);
      orders.markPicked(id, "1");
      int published = events.events().size();
      assertThatThrownBy(() -> orders.ship(id, dispatch("P1", "1"))).isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("line 1").hasMessageContaining("PICKED");
      assertThatThrownBy(() -> orders.markPacked(id, "9")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("lineId");
      assertThat(events.events()).hasSize(published);
      assertThatThrownBy(() -> new Dispatch(" ", DC, "UPS", "", null, ShipmentCosts.none(Money.currency("USD")),
          List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("shipmentId");
      assertThatThrownBy(() -> new ShipmentCosts(Money.of("1.00", "USD"), Money.of("-1.00", "USD"),
          Money.of("0.00", "USD"), Money.of("0.00", "USD"))).isInstanceOf(ValidationException.class)
          .hasMessageContaining("packaging");
      assertThatThrownBy(() -> new ShipmentCosts(Money.of("1.00", "USD"), Money.of("1.00", "EUR"),
          Money.of("0.00", "USD"), Money.of("0.00", "USD"))).isInstanceOf(ValidationException.class)
          .hasMessageContaining("packaging");
    }
  }

  @Nested
  class Shortfalls {
    @Test
    @DisplayName("a short line is partly allocated and backordered, and allocated once stock arrives")
    void backorder() {
      Order o = orders.place(order("o1", line("1", MUG, 5)).build());
      assertThat(o.line("1").status()).isEqualTo(LineStatus.PARTLY_ALLOCATED);
      assertThat(o.line("1").held()).isEqualTo(3);
      assertThat(o.line("1").waiting()).isEqualTo(2);
      stock(MUG, 10);
      Order after = orders.allocateBackorders(o.id(), key());
      assertThat(after.line("1").status()).isEqualTo(LineStatus.ALLOCATED);
      assertThat(after.line("1").reservations()).hasSize(2);
      assertThat(reserved(MUG)).isEqualTo(5);
    }

    @Test
    @DisplayName("under partial the shortfall is cancelled; under reject the whole order is")
    void partialAndReject() {
      Order partial = orders.place(order("o1", line("1", MUG, 5))
          .policy(AllocationPolicy.defaults().withWhenShort(AllocationPolicy.WhenShort.PARTIAL)).build());
      assertThat(partial.line("1").status()).isEqualTo(LineStatus.ALLOCATED);
      assertThat(partial.line("1").cancelled()).isEqualTo(2);
      Order rejected = orders.place(order("o2", line("1", TEE, 1), line("2", MUG, 1))
          .policy(AllocationPolicy.defaults().withWhenShort(AllocationPolicy.WhenShort.REJECT)).build());
      assertThat(rejected.status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(reserved(TEE)).isZero();
    }
  }

  @Nested
  class Cancellation {
    @Test
    @DisplayName("cancelling an order releases everything it held, once")
    void cancelOrder() {
      OrderId id = orders.place(order("o1", line("1", TEE, 2), line("2", MUG, 1)).build()).id();
      orders.release(id);
      orders.markPicked(id);
      Order cancelled = orders.cancel(id);
      assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(reserved(TEE) + reserved(MUG)).isZero();
      assertThat(orders.cancel(id)).isEqualTo(cancelled);
    }

    @Test
    @DisplayName("cancelling a line releases only that line")
    void cancelLine() {
      OrderId id = orders.place(order("o1", line("1", TEE, 2), line("2", MUG, 1)).build()).id();
      Order o = orders.cancelLine(id, "2");
      assertThat(o.line("2").status()).isEqualTo(LineStatus.CANCELLED);
      assertThat(o.status()).isEqualTo(OrderStatus.ALLOCATED);
      assertThat(reserved(MUG)).isZero();
      assertThat(reserved(TEE)).isEqualTo(2);
      assertThat(o.total()).isEqualTo(Money.of("20.00", "USD"));
    }
  }

  @Nested
  class CancellationAfterPicking {
    @Test
    @DisplayName("cancelling a picked order puts the picked units back on the shelf: nothing stays picked for nobody")
    void cancel_afterPick_putsBack() {
      Order o = orders.place(order("o1", line("1", TEE, 2)).build());
      orders.release(o.id());
      orders.markPicked(o.id());
      assertThat(keeper.balance(StockKey.of(TEE, DC)).picked()).isEqualTo(2);
      Order cancelled = orders.cancel(o.id());
      assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
      var b = keeper.balance(StockKey.of(TEE, DC));
      assertThat(b.picked()).isZero();
      assertThat(b.reserved()).isZero();
      assertThat(b.onHand()).isEqualTo(10);
      assertThat(keeper.available(StockKey.of(TEE, DC))).isEqualTo(10);
      assertThat(keeper.reservation(cancelled.line("1").reservations().get(0)).orElseThrow().status())
          .isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    @DisplayName("cancelling one packed line puts its units back and leaves the other line's pick alone")
    void cancelLine_afterPack_putsBack() {
      Order o = orders.place(order("o1", line("1", TEE, 2), line("2", MUG, 1)).build());
      orders.release(o.id());
      orders.markPicked(o.id());
      orders.markPacked(o.id());
      orders.cancelLine(o.id(), "1");
      assertThat(keeper.balance(StockKey.of(TEE, DC)).picked()).isZero();
      assertThat(keeper.balance(StockKey.of(TEE, DC)).onHand()).isEqualTo(10);
      assertThat(keeper.balance(StockKey.of(MUG, DC)).picked()).isEqualTo(1);
    }
  }

  @Nested
  class Holds {
    @Test
    @DisplayName("a held order keeps its stock but is not released until the hold is lifted")
    void holdBlocksRelease() {
      OrderId id = orders.place(order("o1", line("1", TEE, 1)).build()).id();
      Order held = orders.hold(id, Hold.Reason.ADDRESS_PROBLEM, "no such street");
      assertThat(held.isOnHold()).isTrue();
      assertThat(orders.hold(id, Hold.Reason.ADDRESS_PROBLEM, "again")).isEqualTo(held);
      assertThatThrownBy(() -> orders.release(id)).isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("ON_HOLD");
      assertThat(reserved(TEE)).isEqualTo(1);
      assertThat(orders.releaseHold(id, Hold.Reason.ADDRESS_PROBLEM).isOnHold()).isFalse();
      assertThat(orders.release(id).status()).isEqualTo(OrderStatus.RELEASED);
      assertThat(orderEvents()).hasAtLeastOneElementOfType(OrderEvent.OrderHeld.class)
          .hasAtLeastOneElementOfType(OrderEvent.OrderHoldReleased.class);
    }

    @Test
    @DisplayName("an order scoring at or above the threshold is held for risk review at placement, with the reasons")
    void riskHold() {
      OrderManager risky = OrderManager.builder().keeper(keeper).allocator(Allocator.of(keeper, PriorityStrategy.create()))
          .orders(repo).clock(clock).risk((order, context) -> new RiskAssessment(70, List.of("velocity")), 50).build();
      Order o = risky.place(order("o9", line("1", TEE, 1)).build());
      assertThat(o.holds()).singleElement().extracting(Hold::reason).isEqualTo(Hold.Reason.RISK_REVIEW);
      assertThat(o.holds().get(0).note()).contains("70").contains("velocity");
      assertThat(o.status()).isEqualTo(OrderStatus.ALLOCATED);
    }

    @Test
    @DisplayName("holds of different reasons stack: releasing the payment hold leaves the risk review, and the order unreleasable")
    void holds_stackByReason() {
      OrderManager risky = OrderManager.builder().keeper(keeper).allocator(Allocator.of(keeper, PriorityStrategy.create()))
          .orders(repo).clock(clock).risk((order, context) -> new RiskAssessment(70, List.of("velocity")), 50).build();
      OrderId id = risky.place(order("o9", line("1", TEE, 1)).build()).id();
      Order both = risky.hold(id, Hold.Reason.PAYMENT, "card declined");
      assertThat(both.holds()).extracting(Hold::reason).containsExactly(Hold.Reason.RISK_REVIEW, Hold.Reason.PAYMENT);
      Order afterPayment = risky.releaseHold(id, Hold.Reason.PAYMENT);
      assertThat(afterPayment.holds()).extracting(Hold::reason).containsExactly(Hold.Reason.RISK_REVIEW);
      assertThatThrownBy(() -> risky.release(id)).isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("RISK_REVIEW");
      assertThat(risky.releaseHold(id, Hold.Reason.PAYMENT)).as("idempotent").isEqualTo(afterPayment);
      risky.releaseHold(id, Hold.Reason.RISK_REVIEW);
      assertThat(risky.release(id).status()).isEqualTo(OrderStatus.RELEASED);
    }
  }

  @Nested
  class Reallocation {
    @Test
    @DisplayName("a released line whose location cannot fulfil moves to another location and back to allocated")
    void reallocate() {
      OrderId id = orders.place(order("o1", line("1", TEE, 2), line("2", MUG, 1)).build()).id();
      orders.release(id);
      keeper.receive(Receipt.builder().sku(TEE).location(DC2).quantity(5).idempotencyKey(key()).build());
      Order moved = orders.reallocate(id, DC, key());
      assertThat(moved.line("1").status()).isEqualTo(LineStatus.ALLOCATED);
      assertThat(moved.line("2").status()).as("no MUG elsewhere: backordered").isEqualTo(LineStatus.BACKORDERED);
      assertThat(keeper.balance(StockKey.of(TEE, DC)).reserved()).isZero();
      assertThat(keeper.balance(StockKey.of(TEE, DC2)).reserved()).isEqualTo(2);
      assertThat(reserved(MUG)).isZero();
      assertThat(moved.line("1").reservations()).singleElement()
          .satisfies(r -> assertThat(keeper.reservation(r).orElseThrow().location()).isEqualTo(DC2));
      assertThat(orders.reallocate(id, DC, key())).as("nothing left there").isEqualTo(moved);
    }

    @Test
    @DisplayName("a line already picked cannot be re-allocated")
    void reallocate_afterPick() {
      OrderId id = orders.place(order("o1", line("1", TEE, 2)).build()).id();
      orders.release(id);
      orders.markPicked(id);
      assertThatThrownBy(() -> orders.reallocate(id, DC, key())).isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("PICKED");
      assertThat(keeper.balance(StockKey.of(TEE, DC)).picked()).isEqualTo(2);
    }
  }

  @Nested
  class CartHolds {
    dev.ecomops.core.allocation.Allocation holdCart(String cart, long tees) {
      return orders.holdCart(dev.ecomops.core.allocation.AllocationRequest.builder().orderId(cart).shipToCountry("US")
          .addLines(dev.ecomops.core.allocation.AllocationLine.of("1", TEE, tees))
          .timeToLive(java.time.Duration.ofMinutes(15)).idempotencyKey(key()).build());
    }

    @Test
    @DisplayName("a checkout hold placed in time becomes the order's reservation and no longer expires")
    void inTime() {
      var hold = holdCart("cart-1", 3);
      assertThat(reserved(TEE)).isEqualTo(3);
      clock.advance(java.time.Duration.ofMinutes(5));
      Order o = orders.place(order("o1", line("1", TEE, 2)).build(), hold);
      assertThat(o.line("1").reservations()).containsExactly(hold.reservations().get(0).id());
      assertThat(reserved(TEE)).as("the third unit held for the cart is given back").isEqualTo(2);
      clock.advance(java.time.Duration.ofHours(1));
      assertThat(keeper.expireDue(100)).isZero();
      assertThat(reserved(TEE)).isEqualTo(2);
      assertThat(o.status()).isEqualTo(OrderStatus.ALLOCATED);
    }

    @Test
    @DisplayName("payment after the hold expired re-reserves when stock allows")
    void latePayment_restocked() {
      var hold = holdCart("cart-1", 2);
      clock.advance(java.time.Duration.ofMinutes(20));
      Order o = orders.place(order("o1", line("1", TEE, 2)).build(), hold);
      assertThat(o.status()).isEqualTo(OrderStatus.ALLOCATED);
      assertThat(o.line("1").reservations()).doesNotContain(hold.reservations().get(0).id());
      assertThat(reserved(TEE)).isEqualTo(2);
    }

    @Test
    @DisplayName("payment after the hold expired, with the stock sold meanwhile, follows the backorder policy")
    void latePayment_soldOut() {
      var hold = holdCart("cart-1", 3);
      clock.advance(java.time.Duration.ofMinutes(20));
      keeper.expireDue(100);
      orders.place(order("other", line("1", MUG, 3), line("2", TEE, 9)).build());
      Order o = orders.place(order("o1", line("1", TEE, 3)).build(), hold);
      assertThat(o.line("1").status()).isEqualTo(LineStatus.PARTLY_ALLOCATED);
      assertThat(o.line("1").held()).isEqualTo(1);
      assertThat(reserved(TEE)).isEqualTo(10);
    }

    @Test
    @DisplayName("a cart hold needs a time-to-live")
    void noTtl() {
      assertThatThrownBy(() -> orders.holdCart(dev.ecomops.core.allocation.AllocationRequest.builder().orderId("c")
          .shipToCountry("US").addLines(dev.ecomops.core.allocation.AllocationLine.of("1", TEE, 1)).idempotencyKey(key())
          .build())).isInstanceOf(ValidationException.class).hasMessageContaining("timeToLive");
    }
  }

  @Nested
  class Edits {
    @Test
    @DisplayName("lowering a quantity releases exactly the difference; raising it allocates exactly the difference")
    void changeQuantity() {
      OrderId id = orders.place(order("o1", line("1", TEE, 5)).build()).id();
      Order lower = orders.changeQuantity(id, "1", 2, key());
      assertThat(lower.line("1").held()).isEqualTo(2);
      assertThat(reserved(TEE)).isEqualTo(2);
      Order higher = orders.changeQuantity(id, "1", 4, key());
      assertThat(higher.line("1").held()).isEqualTo(4);
      assertThat(higher.line("1").status()).isEqualTo(LineStatus.ALLOCATED);
      assertThat(reserved(TEE)).isEqualTo(4);
      int published = events.events().size();
      assertThat(orders.changeQuantity(id, "1", 4, key())).isEqualTo(higher);
      assertThat(events.events()).hasSize(published);
      assertThat(orderEvents()).filteredOn(OrderEvent.OrderEdited.class::isInstance).hasSize(2);
    }

    @Test
    @DisplayName("a quantity edit spanning several reservations releases the newest first and never doubles")
    void changeQuantity_severalReservations() {
      OrderId id = orders.place(order("o1", line("1", MUG, 5)).build()).id();
      stock(MUG, 2);
      orders.allocateBackorders(id, key());
      assertThat(orders.find(id).orElseThrow().line("1").reservations()).hasSize(2);
      Order o = orders.changeQuantity(id, "1", 1, key());
      assertThat(reserved(MUG)).isEqualTo(1);
      assertThat(o.line("1").reservations()).hasSize(1);
      assertThat(keeper.reservation(o.line("1").reservations().get(0)).orElseThrow().open()).isEqualTo(1);
    }

    @Test
    @DisplayName("the address changes before release, and not after")
    void changeAddress() {
      OrderId id = orders.place(order("o1", line("1", TEE, 1)).build()).id();
      Address moved = Address.builder().line1("2 Elm St").city("Shelbyville").postalCode("54321").country("US").build();
      assertThat(orders.changeAddress(id, moved, null).shipTo()).isEqualTo(moved);
      orders.release(id);
      assertThatThrownBy(() -> orders.changeAddress(id, address(), null)).isInstanceOf(InvalidTransitionException.class);
      assertThat(keeper.reservation(orders.find(id).orElseThrow().line("1").reservations().get(0)).orElseThrow().status())
          .isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    @DisplayName("a line refuses a negative price, a discount above its price and mixed currencies")
    void badLines() {
      assertThatThrownBy(() -> OrderLine.builder().lineId("1").sku(TEE).quantity(1).unitPrice(Money.of("-1", "USD")).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("unitPrice");
      assertThatThrownBy(() -> OrderLine.builder().lineId("1").sku(TEE).quantity(1).unitPrice(Money.of("1", "USD"))
          .discount(Money.of("2", "USD")).build()).isInstanceOf(ValidationException.class).hasMessageContaining("discount");
      assertThatThrownBy(() -> OrderLine.builder().lineId("1").sku(TEE).quantity(1).unitPrice(Money.of("1", "USD"))
          .tax(Money.of("0.1", "EUR")).build()).isInstanceOf(dev.ecomops.core.CurrencyMismatchException.class);
      assertThatThrownBy(() -> orders.changeQuantity(OrderId.of("x"), "1", 0, key())).isInstanceOf(ValidationException.class)
          .hasMessageContaining("quantity");
      // each bound alone holds (10^12 units, 999,999,999,999.99 a unit); their product is no price anyone pays
      assertThatThrownBy(() -> OrderLine.builder().lineId("1").sku(TEE).quantity(1_000_000_000_000L)
          .unitPrice(Money.of("999999999999.99", "USD")).build()).isInstanceOf(ValidationException.class)
          .hasMessageContaining("quantity").hasMessageContaining("10^15");
      assertThat(OrderLine.builder().lineId("1").sku(TEE).quantity(1_000_000L).unitPrice(Money.of("999999999.99", "USD"))
          .tax(Money.of("0.01", "USD")).build().total()).isEqualTo(Money.of("999999999990000.01", "USD"));
    }
  }
}
