package dev.ecomops.returns;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import java.time.Instant;
import java.util.List;

/** Test orders. */
public final class Orders {
  private Orders() {}

  public static OrderLine line(String id, String sku, long qty, String price, String discount, String tax) {
    return OrderLine.builder().lineId(id).sku(Sku.of(sku)).quantity(qty).unitPrice(Money.of(price, "USD"))
        .discount(Money.of(discount, "USD")).tax(Money.of(tax, "USD")).build();
  }

  public static Order delivered(OrderLine... lines) {
    return Order.builder().id(OrderId.of("1001")).channel(Channel.WEB).customerId("c1")
        .shipTo(Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build())
        .service("standard").placedAt(Instant.parse("2026-11-01T10:00:00Z")).policy(AllocationPolicy.defaults()).version(9)
        .addAllLines(java.util.Arrays.stream(lines).map(l -> new OrderLineState(l, LineStatus.DELIVERED, 0, 0, List.of()))
            .toList())
        .build();
  }
}
