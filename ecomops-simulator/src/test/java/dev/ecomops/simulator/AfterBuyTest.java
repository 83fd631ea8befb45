package dev.ecomops.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Address;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.event.ReturnEvent;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryOrderRepository;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderStatus;
import dev.ecomops.core.order.PlaceOrder;
import dev.ecomops.core.order.service.OrderManager;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.fact.CoreFacts;
import dev.ecomops.returns.memory.InMemoryRefundGateway;
import dev.ecomops.returns.memory.InMemoryRefundLedger;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.policy.LineDecision.Outcome;
import dev.ecomops.returns.refund.RefundCalculator;
import dev.ecomops.returns.rma.Grade;
import dev.ecomops.returns.service.ReturnService;
import dev.ecomops.shipping.memory.InMemoryNotifier;
import dev.ecomops.shipping.spi.Notifier;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.shipping.spi.TrackingStatus;
import dev.ecomops.shipping.tracking.ShipmentTracker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "After buy" from end to end, as a host composes the services: one order from checkout to refund,
 * followed through the domain events every service publishes into one stream, the customer's
 * notices, the ledger, and the KPIs the stream feeds.
 */
@DisplayName("after buy, end to end: one order from checkout to refund through the events")
class AfterBuyTest {
  static final LocationId DC = LocationId.of("DC1");
  static final Sku TEE = Sku.of("TEE");

  @Test
  @DisplayName("place, release, pick, pack, ship, track, deliver, return, inspect, refund: each step's events in order, the ledger and the KPIs agree")
  void checkoutToRefund() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T10:00:00Z"));
    InMemoryEventLog stream = InMemoryEventLog.create();
    KpiEngine kpis = KpiEngine.create(KpiSettings.defaults());
    EventPublisher kpiFeed = new CoreFacts(sku -> "apparel").into(kpis::accept);
    EventPublisher everyone = event -> {
      stream.publish(event);
      kpiFeed.publish(event);
    };
    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(40, -74)).build())
        .add(Product.builder().sku(TEE).name("tee").build());
    StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).clock(clock)
        .events(everyone).build();
    OrderManager orders = OrderManager.builder().keeper(keeper).allocator(Allocator.of(keeper, NearestStrategy.create()))
        .orders(InMemoryOrderRepository.create()).events(everyone).clock(clock).build();
    InMemoryNotifier notices = new InMemoryNotifier();
    ShipmentTracker tracker = new ShipmentTracker(notices);
    InMemoryRefundGateway gateway = new InMemoryRefundGateway();
    ReturnService returns = new ReturnService(new InMemoryReturnRepository(), new InMemoryRefundLedger(), keeper,
        gateway, everyone, clock);

    keeper.receive(Receipt.builder().sku(TEE).location(DC).quantity(10).idempotencyKey(IdempotencyKey.of("r1")).build());
    int before = stream.events().size();
    // checkout
    OrderId id = OrderId.of("1001");
    orders.place(PlaceOrder.builder().orderId(id).customerId("c1").shipTo(Address.builder().line1("1 Main St")
        .city("Springfield").postalCode("12345").country("US").build()).addLines(OrderLine.builder().lineId("1")
        .sku(TEE).quantity(2).unitPrice(Money.of("20.00", "USD")).build()).build());
    // the warehouse
    orders.release(id);
    clock.advance(Duration.ofHours(2));
    orders.markPicked(id);
    orders.markPacked(id);
    orders.ship(id);
    // the carrier
    tracker.register("1Z1", id, LocalDate.parse("2026-11-28"), clock.instant());
    tracker.apply(new TrackingEvent("1Z1", TrackingStatus.IN_TRANSIT, clock.instant().plusSeconds(3_600), "picked up"));
    clock.advance(Duration.ofDays(1));
    tracker.apply(new TrackingEvent("1Z1", TrackingStatus.DELIVERED, clock.instant(), "front door"));
    Order delivered = orders.deliver(id);
    // the customer sends one back
    List<LineDecision> approved = List.of(new LineDecision("1", 1, Outcome.APPROVED, "approved", "",
        Money.of("0.00", "USD"), false, false, true));
    returns.open(RmaId.of("RMA-1"), delivered, approved, DC);
    returns.approve(RmaId.of("RMA-1"));
    clock.advance(Duration.ofDays(3));
    returns.receive(RmaId.of("RMA-1"), "PKG-1", Map.of("1", 1L));
    returns.inspect(RmaId.of("RMA-1"), "1", Grade.A, 1, "inspect-1");
    returns.refund(RmaId.of("RMA-1"), RefundCalculator.refund(delivered, approved, Map.of(), Money.of("0.00", "USD"),
        Money.of("0.00", "USD"), false, BigDecimal.ZERO), false);

    List<DomainEvent> trail = stream.events().subList(before, stream.events().size());
    List<String> orderStatuses = new ArrayList<>();
    for (DomainEvent e : trail) {
      if (e instanceof OrderEvent.OrderStatusChanged s) {
        orderStatuses.add(s.to().name());
      }
    }
    assertThat(orderStatuses).containsSubsequence(OrderStatus.RELEASED.name(), OrderStatus.PICKED.name(),
        OrderStatus.PACKED.name(), OrderStatus.SHIPPED.name(), OrderStatus.DELIVERED.name());
    // stock is held before the order is saved (the order records the hold), picked stock leaves at shipping
    assertThat(trail.stream().map(e -> e.getClass().getSimpleName()).toList()).containsSubsequence("StockReserved",
        "OrderPlaced", "ReservationConfirmed", "ReservationShipped", "RmaStatusChanged", "ReturnReceived",
        "ReturnInspected", "RefundIssued");
    ReturnEvent.RefundIssued refund = stream.events(ReturnEvent.RefundIssued.class).get(0);
    assertThat(refund.orderId()).isEqualTo(id);
    assertThat(refund.amount()).isEqualTo(Money.of("20.00", "USD"));
    assertThat(gateway.payments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(refund.amount()));
    // the customer heard of each step once
    assertThat(notices.sent()).extracting(Notifier.Notification::kind).containsExactly(Notifier.Kind.CONFIRMED,
        Notifier.Kind.SHIPPED, Notifier.Kind.DELIVERED);
    // the ledger: 10 received, 2 shipped, 1 back on the shelf
    assertThat(keeper.balance(StockKey.of(TEE, DC)).onHand()).isEqualTo(9);
    assertThat(keeper.balance(StockKey.of(TEE, DC)).reserved()).isZero();
    // the KPIs the same stream fed: one unit back
    assertThat(Kpi.RETURN_RATE.of(kpis.total(), kpis.settings()).numerator()).isEqualTo(1);
  }
}
