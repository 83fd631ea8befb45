package dev.ecomops.kpi;

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
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryOrderRepository;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.PlaceOrder;
import dev.ecomops.core.order.service.OrderManager;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.kpi.fact.CoreFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Facts from core events")
class CoreFactsTest {

  /** An order manager over one SKU, TEE, with {@code units} of it at DC1, publishing to {@code events}. */
  static OrderManager orders(ManualClock clock, long units, EventPublisher events) {
    return orders(clock, units, events, InMemoryOrderRepository.create());
  }

  /** As {@link #orders(ManualClock, long, EventPublisher)}, keeping orders in {@code repo}. */
  static OrderManager orders(ManualClock clock, long units, EventPublisher events, InMemoryOrderRepository repo) {
    LocationId dc = LocationId.of("DC1");
    Sku tee = Sku.of("TEE");
    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(dc).name("dc").country("US").position(GeoPoint.of(40, -74)).build())
        .add(Product.builder().sku(tee).name("tee").build());
    StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).clock(clock).build();
    keeper.receive(Receipt.builder().sku(tee).location(dc).quantity(units).idempotencyKey(IdempotencyKey.of("r1"))
        .build());
    return OrderManager.builder().keeper(keeper).allocator(Allocator.of(keeper, PriorityStrategy.create()))
        .orders(repo).events(events).clock(clock).build();
  }

  @Test
  @DisplayName("an order manager's placements feed fill rate, backorder and stockout KPIs once each line has its allocation: 3 of 6 units held")
  void orderPlacementsToKpis() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-02T09:00:00Z"));
    Sku tee = Sku.of("TEE");
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    OrderManager orders = orders(clock, 3, new CoreFacts(sku -> "apparel").into(e::accept));
    // 1001 gets its 2; 1002 wants 3 and finds 1; 1003 wants 1 and finds none
    for (String[] o : new String[][] {{"1001", "2"}, {"1002", "3"}, {"1003", "1"}}) {
      orders.place(PlaceOrder.builder().orderId(OrderId.of(o[0])).customerId("c1").shipTo(Address.builder()
          .line1("1 Main St").city("Springfield").postalCode("12345").country("US").build())
          .addLines(OrderLine.builder().lineId("1").sku(tee).quantity(Long.parseLong(o[1]))
              .unitPrice(Money.of("10.00", "USD")).build()).build());
    }
    var t = e.total();
    KpiSettings s = e.settings();
    assertThat(e.factCount()).as("one placement fact per order").isEqualTo(3);
    assertThat(Kpi.FILL_RATE.of(t, s)).isEqualTo(new KpiValue(3 / 6.0, 3, 6));
    assertThat(Kpi.STOCKOUT_ORDER_RATE.of(t, s)).isEqualTo(new KpiValue(2 / 3.0, 2, 3));
    // 1002 holds its 1 and waits for 2 (partly allocated), 1003 waits for its 1 (backordered)
    assertThat(Kpi.BACKORDER_RATE.of(t, s)).isEqualTo(new KpiValue(2 / 3.0, 2, 3));
  }

  @Test
  @DisplayName("shipments and deliveries feed shipping cost, accuracy (from the pack check), on-time and cycle-time KPIs; returns and their resolution carry the order's channel")
  void shipmentsDeliveriesAndReturnsToKpis() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-02T09:00:00Z"));
    LocationId dc = LocationId.of("DC1");
    Sku tee = Sku.of("TEE");
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    EventPublisher feed = new CoreFacts(sku -> "apparel").into(e::accept);
    OrderManager orders = orders(clock, 9, feed);
    Money usd = Money.of("1.00", "USD");
    for (String id : List.of("1001", "1002")) {
      OrderId o = OrderId.of(id);
      orders.place(PlaceOrder.builder().orderId(o).customerId("c1").channel(dev.ecomops.core.order.Channel.MARKETPLACE)
          .shipTo(Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build())
          .addLines(OrderLine.builder().lineId("1").sku(tee).quantity(2).unitPrice(Money.of("10.00", "USD")).build())
          .build());
      orders.release(o);
      orders.markPicked(o);
      orders.markPacked(o);
      // 1002's pack check found a wrong quantity, and it shipped so
      feed.publish(new dev.ecomops.core.event.FulfillmentEvent.PackVerified(o, "P-" + id, id.equals("1001"), List.of(),
          clock.instant()));
    }
    clock.advance(Duration.ofHours(6));
    for (String id : List.of("1001", "1002")) {
      orders.ship(OrderId.of(id), new dev.ecomops.core.order.Dispatch("P-" + id, dc, "UPS", "ground",
          Instant.parse("2026-11-04T23:59:59Z"), new dev.ecomops.core.order.ShipmentCosts(Money.of("8.00", "USD"), usd,
          usd, Money.of("5.00", "USD")), List.of()));
    }
    clock.advance(Duration.ofHours(30)); // 1001 arrives on time, 36 h after placing
    orders.deliver(OrderId.of("1001"), "P-1001", false, List.of());
    clock.advance(Duration.ofDays(3)); // 1002 arrives late and damaged
    orders.deliver(OrderId.of("1002"), "P-1002", true, List.of());
    // one unit of 1002 comes back and is refunded
    Instant opened = clock.instant();
    feed.publish(new dev.ecomops.core.event.ReturnEvent.RmaStatusChanged(RmaId.of("R1"), OrderId.of("1002"), null,
        dev.ecomops.core.event.RmaStatus.REQUESTED, opened));
    clock.advance(Duration.ofDays(2));
    feed.publish(new dev.ecomops.core.event.ReturnEvent.ReturnReceived(RmaId.of("R1"), OrderId.of("1002"), "B1", dc, tee, 1,
        clock.instant()));
    clock.advance(Duration.ofDays(1));
    feed.publish(new dev.ecomops.core.event.ReturnEvent.RmaStatusChanged(RmaId.of("R1"), OrderId.of("1002"),
        dev.ecomops.core.event.RmaStatus.INSPECTED, dev.ecomops.core.event.RmaStatus.RESOLVED, clock.instant()));

    var t = e.total();
    KpiSettings s = e.settings();
    assertThat(Kpi.SHIPPING_COST_PER_ORDER.of(t, s).value()).isEqualTo(8.0);
    assertThat(Kpi.ORDER_ACCURACY.of(t, s)).isEqualTo(new KpiValue(0.5, 1, 2));
    assertThat(Kpi.ON_TIME_DELIVERY.of(t, s)).isEqualTo(new KpiValue(0.5, 1, 2));
    assertThat(Kpi.DAMAGE_RATE.of(t, s)).isEqualTo(new KpiValue(0.5, 1, 2));
    assertThat(Kpi.PERFECT_ORDER_RATE.of(t, s)).isEqualTo(new KpiValue(0.5, 1, 2));
    assertThat(Kpi.CYCLE_TIME_MEAN.of(t, s).value()).as("36 h and 108 h").isEqualTo(72.0);
    assertThat(Kpi.RETURN_RATE.of(t, s)).isEqualTo(new KpiValue(1 / 4.0, 1, 4));
    assertThat(Kpi.RETURN_RESOLUTION_MEAN.of(t, s).value()).isEqualTo(72.0);
    var byChannel = e.rollup(Window.WEEK, Dimension.CHANNEL);
    assertThat(byChannel.values().stream().flatMap(m -> m.keySet().stream()).distinct()).containsExactly("marketplace");
  }

  @Test
  @DisplayName("an order's envelopes relayed twice (a lost acknowledgement, a relay restart) make the same facts as once: placement, shipment and delivery counted once")
  void orderEnvelopesTwice_countedOnce() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-02T09:00:00Z"));
    InMemoryOrderRepository repo = InMemoryOrderRepository.create();
    LocationId dc = LocationId.of("DC1");
    Sku tee = Sku.of("TEE");
    // no publisher: the events wait in the repository's outbox for the host's relay
    OrderManager orders = orders(clock, 5, EventPublisher.noop(), repo);
    OrderId id = OrderId.of("1001");
    orders.place(PlaceOrder.builder().orderId(id).customerId("c1").shipTo(Address.builder().line1("1 Main St")
        .city("Springfield").postalCode("12345").country("US").build()).addLines(OrderLine.builder().lineId("1")
        .sku(tee).quantity(2).unitPrice(Money.of("10.00", "USD")).build()).build());
    orders.release(id);
    orders.markPicked(id);
    orders.markPacked(id);
    Money one = Money.of("1.00", "USD");
    orders.ship(id, new dev.ecomops.core.order.Dispatch("P1", dc, "UPS", "", Instant.parse("2026-11-05T23:59:59Z"),
        new dev.ecomops.core.order.ShipmentCosts(Money.of("6.00", "USD"), one, one, one), List.of()));
    clock.advance(Duration.ofDays(1));
    orders.deliver(id, "P1", false, List.of());
    List<EventEnvelope> all = repo.outbox().claim(clock.instant(), Duration.ofSeconds(30), 1_000);

    KpiEngine once = KpiEngine.create(KpiSettings.defaults());
    EventPublisher single = new CoreFacts(sku -> "").into(once::accept);
    all.forEach(single::deliver);
    KpiEngine twice = KpiEngine.create(KpiSettings.defaults());
    EventPublisher doubled = new CoreFacts(sku -> "").into(twice::accept);
    for (EventEnvelope e : all) {
      doubled.deliver(e);
      doubled.deliver(e);
    }
    all.forEach(doubled::deliver); // the whole batch again

    assertThat(once.factCount()).as("placed, shipped, delivered").isEqualTo(3);
    assertThat(twice.factCount()).isEqualTo(once.factCount());
    for (Kpi k : List.of(Kpi.FILL_RATE, Kpi.SHIPPING_COST_PER_ORDER, Kpi.ON_TIME_DELIVERY, Kpi.CYCLE_TIME_MEAN)) {
      assertThat(k.of(twice.total(), twice.settings())).as(k.id()).isEqualTo(k.of(once.total(), once.settings()));
    }
    assertThat(Kpi.SHIPPING_COST_PER_ORDER.of(twice.total(), twice.settings()).denominator()).isEqualTo(1);
  }
}
