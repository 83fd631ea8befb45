package dev.ecomops.fulfillment.picking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.picking.Batcher.Method;
import dev.ecomops.fulfillment.routing.PickerRouter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Order batching")
class BatcherTest {
  static final WarehouseLayout LAYOUT = new WarehouseLayout(6, 10, 3, 0);
  static final Batcher BATCHER = new Batcher(LAYOUT, PickerRouter.optimal(), 6);

  static PickOrder order(String id, Position... picks) {
    return new PickOrder(OrderId.of(id), List.of(picks));
  }

  @Test
  @DisplayName("two orders at the same far spot go together; single-order picking walks there twice")
  void byHand() {
    List<PickOrder> orders = List.of(order("A", Position.of(5, 9)), order("B", Position.of(5, 9)));
    // alone: 15 across and 9 up, and back: 48 each
    assertThat(Batcher.totalLength(BATCHER.batch(orders, Method.SINGLE))).isCloseTo(96, within(1e-9));
    for (Method m : List.of(Method.SEED, Method.SAVINGS)) {
      List<Batch> batches = BATCHER.batch(orders, m);
      assertThat(batches).hasSize(1);
      assertThat(Batcher.totalLength(batches)).isCloseTo(48, within(1e-9));
    }
  }

  static Gen<List<PickOrder>> orders() {
    Gen<Position> pos = integers().between(0, 5).zip(integers().between(0, 10), (a, y) -> Position.of(a, y));
    return lists().of(lists().of(pos).ofSizeBetween(1, 4)).ofSizeBetween(1, 15).map(ls -> {
      List<PickOrder> out = new ArrayList<>();
      for (int i = 0; i < ls.size(); i++) {
        out.add(new PickOrder(OrderId.of("o" + i), ls.get(i)));
      }
      return out;
    });
  }

  @Test
  @DisplayName("every order lands in exactly one batch, no cart overflows, and batching never walks farther than single-order picking")
  void invariants() {
    qt().withExamples(150).forAll(orders()).checkAssert(orders -> {
      double single = Batcher.totalLength(BATCHER.batch(orders, Method.SINGLE));
      for (Method m : Method.values()) {
        List<Batch> batches = BATCHER.batch(orders, m);
        List<PickOrder> seen = new ArrayList<>();
        for (Batch b : batches) {
          assertThat(b.size()).isLessThanOrEqualTo(6);
          assertThat(b.orders()).isNotEmpty();
          seen.addAll(b.orders());
          assertThat(b.route().length()).isCloseTo(PickerRouter.optimal().route(LAYOUT,
              b.orders().stream().flatMap(o -> o.picks().stream()).toList()).length(), within(1e-9));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(Batcher.totalLength(batches)).as(m.toString()).isLessThanOrEqualTo(single + 1e-9);
      }
    });
  }

  @Test
  @DisplayName("a released order's pick list has one pick per held unit of its released lines, at each SKU's slot")
  void fromOrder() {
    Sku tee = Sku.of("TEE");
    Sku mug = Sku.of("MUG");
    Order order = Order.builder().id(OrderId.of("1001")).channel(Channel.WEB).customerId("c1")
        .shipTo(Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build())
        .service("standard").placedAt(Instant.parse("2026-11-26T09:00:00Z")).policy(AllocationPolicy.defaults()).version(3)
        .addLines(new OrderLineState(line("1", tee, 2), LineStatus.RELEASED, 2, 0, List.of()),
            new OrderLineState(line("2", mug, 1), LineStatus.BACKORDERED, 0, 0, List.of()))
        .build();
    PickOrder picks = PickOrder.of(order, Map.of(tee, Position.of(2, 4), mug, Position.of(3, 1)));
    assertThat(picks.orderId()).isEqualTo(OrderId.of("1001"));
    assertThat(picks.picks()).containsExactly(Position.of(2, 4), Position.of(2, 4));
    assertThatThrownBy(() -> PickOrder.of(order, Map.of())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("slots");
  }

  static OrderLine line(String id, Sku sku, long quantity) {
    return OrderLine.builder().lineId(id).sku(sku).quantity(quantity).unitPrice(Money.of("10.00", "USD")).build();
  }

  @Test
  @DisplayName("an order bigger than a cart, and a cart of no size, are refused naming the field")
  void bad() {
    PickOrder big = new PickOrder(OrderId.of("big"), java.util.Collections.nCopies(7, Position.of(1, 1)));
    assertThatThrownBy(() -> BATCHER.batch(List.of(big), Method.SEED)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("orders");
    assertThatThrownBy(() -> new Batcher(LAYOUT, PickerRouter.optimal(), 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("capacity");
    assertThatThrownBy(() -> new PickOrder(OrderId.of("x"), List.of())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("picks");
  }
}
