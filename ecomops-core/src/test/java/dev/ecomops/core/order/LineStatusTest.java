package dev.ecomops.core.order;

import static dev.ecomops.core.order.LineStatus.ALLOCATED;
import static dev.ecomops.core.order.LineStatus.BACKORDERED;
import static dev.ecomops.core.order.LineStatus.CANCELLED;
import static dev.ecomops.core.order.LineStatus.DELIVERED;
import static dev.ecomops.core.order.LineStatus.PACKED;
import static dev.ecomops.core.order.LineStatus.PARTLY_ALLOCATED;
import static dev.ecomops.core.order.LineStatus.PICKED;
import static dev.ecomops.core.order.LineStatus.PLACED;
import static dev.ecomops.core.order.LineStatus.RELEASED;
import static dev.ecomops.core.order.LineStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Line and order status")
class LineStatusTest {

  /** The line state machine as the orders issue states it, written out pair by pair. */
  private static final Map<LineStatus, Set<LineStatus>> ALLOWED = Map.of(
      PLACED, EnumSet.of(ALLOCATED, PARTLY_ALLOCATED, BACKORDERED, CANCELLED),
      PARTLY_ALLOCATED, EnumSet.of(ALLOCATED, BACKORDERED, RELEASED, CANCELLED),
      BACKORDERED, EnumSet.of(ALLOCATED, PARTLY_ALLOCATED, CANCELLED),
      ALLOCATED, EnumSet.of(PARTLY_ALLOCATED, BACKORDERED, RELEASED, CANCELLED),
      RELEASED, EnumSet.of(PICKED, CANCELLED, ALLOCATED, PARTLY_ALLOCATED, BACKORDERED),
      PICKED, EnumSet.of(PACKED, CANCELLED),
      PACKED, EnumSet.of(SHIPPED, CANCELLED),
      SHIPPED, EnumSet.of(DELIVERED),
      DELIVERED, EnumSet.noneOf(LineStatus.class),
      CANCELLED, EnumSet.noneOf(LineStatus.class));

  @Test
  @DisplayName("every pair of line statuses is allowed exactly when the state machine says so")
  void everyPair() {
    for (LineStatus from : LineStatus.values()) {
      for (LineStatus to : LineStatus.values()) {
        assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
      }
    }
  }

  @Test
  @DisplayName("an order's status follows its lines")
  void orderStatus() {
    assertThat(OrderStatus.of(List.of(ALLOCATED, ALLOCATED))).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(OrderStatus.of(List.of(ALLOCATED, BACKORDERED))).isEqualTo(OrderStatus.PARTLY_ALLOCATED);
    assertThat(OrderStatus.of(List.of(BACKORDERED, BACKORDERED))).isEqualTo(OrderStatus.BACKORDERED);
    assertThat(OrderStatus.of(List.of(RELEASED, BACKORDERED))).isEqualTo(OrderStatus.PARTLY_ALLOCATED);
    assertThat(OrderStatus.of(List.of(RELEASED, PICKED))).isEqualTo(OrderStatus.RELEASED);
    assertThat(OrderStatus.of(List.of(SHIPPED, PACKED))).isEqualTo(OrderStatus.PARTLY_SHIPPED);
    assertThat(OrderStatus.of(List.of(SHIPPED, DELIVERED, CANCELLED))).isEqualTo(OrderStatus.SHIPPED);
    assertThat(OrderStatus.of(List.of(CANCELLED, CANCELLED))).isEqualTo(OrderStatus.CANCELLED);
    assertThat(OrderStatus.of(List.of(PLACED))).isEqualTo(OrderStatus.PLACED);
  }
}
