package dev.ecomops.core.event;

import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderStatus;
import java.time.Instant;

/** Events of orders: placement, every line and order status change, holds and edits. */
public sealed interface OrderEvent extends DomainEvent {

  /** The order concerned. */
  OrderId orderId();

  /**
   * An order was placed (before allocation).
   *
   * @param order the order as placed
   */
  record OrderPlaced(Order order) implements OrderEvent {
    @Override
    public OrderId orderId() {
      return order.id();
    }

    @Override
    public Instant occurredAt() {
      return order.placedAt();
    }
  }

  /**
   * A line changed status.
   *
   * @param orderId the order
   * @param lineId the line
   * @param from its status before
   * @param to its status after
   * @param held units held after the change
   * @param occurredAt when
   */
  record LineStatusChanged(OrderId orderId, String lineId, LineStatus from, LineStatus to, long held, Instant occurredAt)
      implements OrderEvent {}

  /**
   * The order's derived status changed.
   *
   * @param orderId the order
   * @param from before
   * @param to after
   * @param occurredAt when
   */
  record OrderStatusChanged(OrderId orderId, OrderStatus from, OrderStatus to, Instant occurredAt) implements OrderEvent {}

  /**
   * The order was put on hold.
   *
   * @param orderId the order
   * @param hold why and since when
   */
  record OrderHeld(OrderId orderId, Hold hold) implements OrderEvent {
    @Override
    public Instant occurredAt() {
      return hold.since();
    }
  }

  /**
   * The hold was lifted.
   *
   * @param orderId the order
   * @param reason the hold's reason
   * @param occurredAt when
   */
  record OrderHoldReleased(OrderId orderId, Hold.Reason reason, Instant occurredAt) implements OrderEvent {}

  /**
   * The order was edited before release.
   *
   * @param orderId the order
   * @param field what changed ({@code lines[<id>].quantity}, {@code shipTo})
   * @param from the value before, as text (addresses redacted)
   * @param to the value after, as text
   * @param occurredAt when
   */
  record OrderEdited(OrderId orderId, String field, String from, String to, Instant occurredAt) implements OrderEvent {}
}
