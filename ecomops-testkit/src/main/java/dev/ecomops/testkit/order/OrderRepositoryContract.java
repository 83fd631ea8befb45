package dev.ecomops.testkit.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Address;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.OrderStatus;
import dev.ecomops.core.order.StockIntent;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.testkit.Concurrently;
import dev.ecomops.testkit.event.Outboxes;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OrderRepository}: extend with a factory of empty repositories. Each test
 * traces to a rule of the SPI's javadoc: conditional writes, whole reads, unknown is empty, thread
 * safety (with real threads: of concurrent writes against one version exactly one wins, and no
 * increment is lost).
 */
public abstract class OrderRepositoryContract {

  /** A new, empty repository. */
  protected abstract OrderRepository newRepository();

  /** An order of one line for {@code customer}, at {@code version}, placed at {@code at}. */
  protected static Order order(String id, String customer, long version, Instant at, LineStatus status) {
    return order(id, customer, version, at, status, null);
  }

  /** The same, paid with an instrument of this fingerprint (none if null). */
  protected static Order order(String id, String customer, long version, Instant at, LineStatus status,
      @Nullable String payment) {
    return order(id, customer, version, at, status, payment, null);
  }

  /** The same, with a pending stock intent (none if null). */
  protected static Order order(String id, String customer, long version, Instant at, LineStatus status,
      @Nullable String payment, @Nullable StockIntent pending) {
    return Order.builder().id(OrderId.of(id)).channel(Channel.WEB).customerId(customer)
        .pending(java.util.Optional.ofNullable(pending))
        .paymentFingerprint(java.util.Optional.ofNullable(payment))
        .shipTo(Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build())
        .service("standard").placedAt(at).policy(AllocationPolicy.defaults()).version(version)
        .addLines(new OrderLineState(OrderLine.builder().lineId("1").sku(Sku.of("TEE")).quantity(1)
            .unitPrice(Money.of("10.00", "USD")).build(), status, 0, 0, List.of()))
        .build();
  }

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  @DisplayName("a write's events reach the outbox exactly when the write succeeds; of 8 threads replacing at once, one's events")
  void events_withWrite() throws Exception {
    OrderRepository r = newRepository();
    Order first = order("o1", "c1", 1, T0, LineStatus.PLACED);
    EventEnvelope placed = EventEnvelope.ofVersion("order", "o1", 1, 0, new OrderEvent.OrderPlaced(first));
    assertThat(r.insert(first, List.of(placed))).isTrue();
    assertThat(r.insert(first, List.of(placed))).isFalse();
    LineStatus[] to = {LineStatus.ALLOCATED, LineStatus.BACKORDERED, LineStatus.PARTLY_ALLOCATED, LineStatus.CANCELLED};
    Concurrently.run(8, t -> r.replace(order("o1", "c1", 2, T0, to[t % 4]), 1, List.of(EventEnvelope.ofVersion("order",
        "o1", 2, 0, new OrderEvent.OrderStatusChanged(OrderId.of("o1"), OrderStatus.PLACED,
            order("o1", "c1", 2, T0, to[t % 4]).status(), T0)))));
    List<EventEnvelope> waiting = Outboxes.waiting(r.outbox());
    assertThat(waiting).hasSize(2);
    assertThat(waiting.get(0)).isEqualTo(placed);
    assertThat(((OrderEvent.OrderStatusChanged) waiting.get(1).event()).to())
        .isEqualTo(r.find(OrderId.of("o1")).orElseThrow().status());
  }

  @Test
  @DisplayName("orders whose latest version has a pending stock intent are listed, oldest first, until it is cleared")
  void pending_listed() {
    OrderRepository r = newRepository();
    StockIntent intent = new StockIntent.Allocate(IdempotencyKey.of("place/o1"), List.of());
    Order o1 = order("o1", "c1", 1, T0, LineStatus.PLACED, null, intent);
    Order o2 = order("o2", "c1", 1, T0.plusSeconds(1), LineStatus.PLACED, null, intent);
    r.insert(o2);
    r.insert(o1);
    r.insert(order("o3", "c1", 1, T0, LineStatus.PLACED));
    assertThat(r.pending(10)).extracting(o -> o.id().value()).containsExactly("o1", "o2");
    assertThat(r.pending(1)).hasSize(1);
    r.replace(order("o1", "c1", 2, T0, LineStatus.ALLOCATED), 1);
    assertThat(r.pending(10)).extracting(o -> o.id().value()).containsExactly("o2");
  }

  @Test
  @DisplayName("an unknown id reads as empty, a customer without orders as an empty list")
  void unknown_isEmpty() {
    OrderRepository r = newRepository();
    assertThat(r.find(OrderId.of("nope"))).isEmpty();
    assertThat(r.byCustomer("nobody")).isEmpty();
  }

  @Test
  @DisplayName("insert stores a new order once; a second insert of the id stores nothing")
  void insert_onlyOnce() {
    OrderRepository r = newRepository();
    Order first = order("o1", "c1", 1, T0, LineStatus.PLACED);
    assertThat(r.insert(first)).isTrue();
    assertThat(r.insert(order("o1", "c2", 1, T0, LineStatus.ALLOCATED))).isFalse();
    assertThat(r.find(OrderId.of("o1"))).contains(first);
  }

  @Test
  @DisplayName("replace stores the next version only against the version stored")
  void replace_conditional() {
    OrderRepository r = newRepository();
    r.insert(order("o1", "c1", 1, T0, LineStatus.PLACED));
    Order v2 = order("o1", "c1", 2, T0, LineStatus.ALLOCATED);
    assertThat(r.replace(v2, 1)).isTrue();
    assertThat(r.replace(order("o1", "c1", 2, T0, LineStatus.BACKORDERED), 1)).isFalse();
    assertThat(r.find(OrderId.of("o1"))).contains(v2);
    assertThat(r.replace(order("o2", "c1", 2, T0, LineStatus.PLACED), 1)).as("unknown order").isFalse();
    assertThat(r.find(OrderId.of("o2"))).isEmpty();
  }

  @Test
  @DisplayName("a customer's orders come oldest first, at their latest version")
  void byCustomer_oldestFirst() {
    OrderRepository r = newRepository();
    r.insert(order("late", "c1", 1, T0.plusSeconds(60), LineStatus.PLACED));
    r.insert(order("early", "c1", 1, T0, LineStatus.PLACED));
    r.insert(order("other", "c2", 1, T0, LineStatus.PLACED));
    r.replace(order("early", "c1", 2, T0, LineStatus.ALLOCATED), 1);
    assertThat(r.byCustomer("c1")).extracting(o -> o.id().value()).containsExactly("early", "late");
    assertThat(r.byCustomer("c1").get(0).version()).isEqualTo(2);
  }

  @Test
  @DisplayName("orders are found by payment fingerprint and by ship-to address across customers, oldest first")
  void byPaymentAndAddress() {
    OrderRepository r = newRepository();
    Order a = order("a", "c1", 1, T0.plusSeconds(5), LineStatus.PLACED, "card-1");
    r.insert(a);
    r.insert(order("b", "c2", 1, T0, LineStatus.PLACED, "card-1"));
    r.insert(order("c", "c3", 1, T0, LineStatus.PLACED, "card-2"));
    assertThat(r.byPaymentFingerprint("card-1")).extracting(o -> o.id().value()).containsExactly("b", "a");
    assertThat(r.byPaymentFingerprint("card-9")).isEmpty();
    assertThat(r.byShipToKey(a.shipToKey())).hasSize(3);
    assertThat(r.byShipToKey("nowhere")).isEmpty();
  }

  @Test
  @DisplayName("of 8 threads replacing the same version at once, exactly one wins")
  void replace_oneWinnerUnderConcurrency() throws Exception {
    OrderRepository r = newRepository();
    r.insert(order("o1", "c1", 1, T0, LineStatus.PLACED));
    List<Boolean> won = Concurrently.run(8, t -> r.replace(order("o1", "c" + 1, 2, T0, LineStatus.ALLOCATED), 1));
    assertThat(won).containsOnlyOnce(true);
    assertThat(r.find(OrderId.of("o1")).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  @DisplayName("4 threads each advancing the version 500 times by read-and-replace lose no update")
  void replace_noLostUpdate() throws Exception {
    OrderRepository r = newRepository();
    r.insert(order("o1", "c1", 1, T0, LineStatus.PLACED));
    int each = 500;
    Concurrently.run(4, t -> {
      for (int i = 0; i < each; i++) {
        while (true) {
          Order o = r.find(OrderId.of("o1")).orElseThrow();
          if (r.replace(order("o1", "c1", o.version() + 1, T0, LineStatus.PLACED), o.version())) {
            break;
          }
        }
      }
      return null;
    });
    assertThat(r.find(OrderId.of("o1")).orElseThrow().version()).isEqualTo(1 + 4L * each);
  }

  @Test
  @DisplayName("concurrent inserts of distinct orders for one customer are all listed")
  void insert_concurrentCustomers() throws Exception {
    OrderRepository r = newRepository();
    Concurrently.run(4, t -> {
      for (int i = 0; i < 100; i++) {
        r.insert(order("t" + t + "-" + i, "c1", 1, T0.plusSeconds(i), LineStatus.PLACED));
      }
      return null;
    });
    assertThat(r.byCustomer("c1")).hasSize(400);
  }
}
