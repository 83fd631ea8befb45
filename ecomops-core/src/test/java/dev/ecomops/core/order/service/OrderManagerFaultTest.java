package dev.ecomops.core.order.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Address;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.EventEnvelope;
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
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.spi.Outbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OrderManager under faults")
class OrderManagerFaultTest {
  static final LocationId DC = LocationId.of("DC");
  static final Sku TEE = Sku.of("TEE");

  /** Orders whose next few replaces write and then throw (a lost acknowledgement), or throw before writing. */
  static final class FlakyOrders implements OrderRepository {
    final InMemoryOrderRepository real = InMemoryOrderRepository.create();
    final AtomicInteger loseAcks = new AtomicInteger();
    final AtomicInteger failBefore = new AtomicInteger();
    /** Counts down replaces; the one that brings it to 0 fails before writing. */
    final AtomicInteger failNth = new AtomicInteger();

    @Override
    public boolean replace(Order next, long expectedVersion, List<EventEnvelope> events) {
      if (failBefore.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("database unreachable");
      }
      if (failNth.get() > 0 && failNth.decrementAndGet() == 0) {
        throw new IllegalStateException("crash between stock and order");
      }
      boolean ok = real.replace(next, expectedVersion, events);
      if (loseAcks.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("connection reset after commit");
      }
      return ok;
    }

    @Override
    public Optional<Order> find(OrderId id) {
      return real.find(id);
    }

    @Override
    public boolean insert(Order order, List<EventEnvelope> events) {
      return real.insert(order, events);
    }

    @Override
    public List<Order> pending(int limit) {
      return real.pending(limit);
    }

    @Override
    public List<Order> byCustomer(String customerId) {
      return real.byCustomer(customerId);
    }

    @Override
    public List<Order> byPaymentFingerprint(String fingerprint) {
      return real.byPaymentFingerprint(fingerprint);
    }

    @Override
    public List<Order> byShipToKey(String shipToKey) {
      return real.byShipToKey(shipToKey);
    }

    @Override
    public Outbox outbox() {
      return real.outbox();
    }
  }

  final ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  final InMemoryCatalog catalog = InMemoryCatalog.create()
      .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(40, -74)).build())
      .add(Product.builder().sku(TEE).name("tee").build());
  final StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).clock(clock)
      .build();
  final FlakyOrders repo = new FlakyOrders();
  final OrderManager orders = OrderManager.builder().keeper(keeper).allocator(Allocator.of(keeper, PriorityStrategy.create()))
      .orders(repo).clock(clock).build();
  final StockKey tee = StockKey.of(TEE, DC);

  void stock(long units, String key) {
    keeper.receive(Receipt.builder().sku(TEE).location(DC).quantity(units).idempotencyKey(IdempotencyKey.of(key)).build());
  }

  PlaceOrder order(String id, long quantity) {
    return PlaceOrder.builder().orderId(OrderId.of(id)).customerId("c1")
        .shipTo(Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build())
        .addLines(OrderLine.builder().lineId("1").sku(TEE).quantity(quantity).unitPrice(Money.of("10.00", "USD")).build())
        .build();
  }

  long heldByOrder(OrderId id) {
    return orders.find(id).orElseThrow().lines().stream()
        .flatMap(l -> l.reservations().stream()).distinct()
        .mapToLong(r -> keeper.reservation(r).orElseThrow().open()).sum();
  }

  @Test
  @DisplayName("placement whose last save fails: the order keeps its intent, a retry completes it, stock is held once")
  void place_saveFails_retryCompletes() {
    stock(10, "r1");
    repo.failBefore.set(1);
    assertThatThrownBy(() -> orders.place(order("o1", 3))).hasMessageContaining("unreachable");
    Order stored = orders.find(OrderId.of("o1")).orElseThrow();
    assertThat(stored.pending()).isPresent();
    assertThat(keeper.balance(tee).reserved()).as("stock went ahead; the order knows it must catch up").isEqualTo(3);
    Order again = orders.place(order("o1", 3));
    assertThat(again.pending()).isEmpty();
    assertThat(again.line("1").held()).isEqualTo(3);
    assertThat(keeper.balance(tee).reserved()).isEqualTo(3);
    assertThat(heldByOrder(again.id())).isEqualTo(3);
  }

  @Test
  @DisplayName("backorders allocated but the caller saw an error: a retry with the same key does not count the units twice")
  void allocateBackorders_lostAck_retryDoesNotDouble() {
    stock(2, "r1");
    Order o = orders.place(order("o1", 5));
    assertThat(o.line("1").held()).isEqualTo(2);
    stock(2, "r2"); // not enough for all 3 waiting: the backorder allocation is partial
    repo.loseAcks.set(2);
    IdempotencyKey key = IdempotencyKey.of("bo-1");
    // the intent's write and the lines' write both go through unacknowledged; the host retries each time
    assertThatThrownBy(() -> orders.allocateBackorders(o.id(), key)).hasMessageContaining("connection reset");
    assertThatThrownBy(() -> orders.allocateBackorders(o.id(), key)).hasMessageContaining("connection reset");
    Order retried = orders.allocateBackorders(o.id(), key);
    assertThat(retried.line("1").held()).isEqualTo(4);
    assertThat(retried.line("1").reservations()).doesNotHaveDuplicates();
    assertThat(heldByOrder(o.id())).isEqualTo(4);
    assertThat(keeper.balance(tee).reserved()).isEqualTo(4);
  }

  @Test
  @DisplayName("a cancel whose stock release fails stays pending, and settlePending releases the stock and cancels")
  void cancel_stockFails_settleCompletes() {
    stock(10, "r1");
    Order o = orders.place(order("o1", 4));
    // the intent's write goes through; the write of the cancelled lines, after the stock, fails
    repo.failNth.set(2);
    assertThatThrownBy(() -> orders.cancel(o.id())).hasMessageContaining("crash");
    assertThat(keeper.balance(tee).reserved()).isZero();
    assertThat(orders.find(o.id()).orElseThrow().status()).as("not ahead of stock: still what it was")
        .isEqualTo(OrderStatus.ALLOCATED);
    assertThat(repo.pending(10)).hasSize(1);
    assertThat(orders.settlePending(10)).isEqualTo(1);
    assertThat(orders.find(o.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(repo.pending(10)).isEmpty();
  }

  @Test
  @DisplayName("order events travel in the order's writes: a relay delivers them once, in order, after a fault")
  void events_inOutbox() {
    stock(10, "r1");
    repo.failBefore.set(1);
    assertThatThrownBy(() -> orders.place(order("o1", 3))).isInstanceOf(IllegalStateException.class);
    orders.place(order("o1", 3));
    InMemoryEventLog log = InMemoryEventLog.create();
    OutboxRelay.builder().outbox(repo.outbox()).publisher(log).clock(clock).build().drain(100, 10);
    assertThat(log.envelopes()).extracting(e -> e.event().getClass().getSimpleName())
        .containsExactly("OrderPlaced", "LineStatusChanged", "OrderStatusChanged");
    assertThat(log.envelopes()).extracting(EventEnvelope::aggregate).containsOnly("order/o1");
    assertThat(log.duplicates()).isZero();
  }
}
