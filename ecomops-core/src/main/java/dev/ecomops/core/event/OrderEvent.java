package dev.ecomops.core.event;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderStatus;
import dev.ecomops.core.order.ShipmentCosts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Events of orders: placement, every line and order status change, holds, edits, and shipments
 * dispatched and delivered.
 */
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

  /**
   * A shipment left a warehouse: the lines it carries moved to shipped in the same commit. Carries
   * what shipping KPIs need without a lookup: the order's channel, placement time and ship-by, the
   * carrier's promise and the shipment's costs.
   *
   * @param orderId the order
   * @param shipmentId the shipment (unique per order; the pack check's package id)
   * @param channel the order's sales channel
   * @param location where it shipped from
   * @param carrier the carrier
   * @param service the carrier's service level, empty if none
   * @param lineIds the lines shipped
   * @param units units shipped
   * @param costs what it cost
   * @param placedAt when the order was placed
   * @param shipBy when the order had to ship by, null if it had no deadline
   * @param promisedBy the latest delivery instant promised, null if none
   * @param occurredAt when it shipped
   */
  record ShipmentDispatched(OrderId orderId, String shipmentId, Channel channel, LocationId location, String carrier,
      String service, List<String> lineIds, long units, ShipmentCosts costs, Instant placedAt, @Nullable Instant shipBy,
      @Nullable Instant promisedBy, Instant occurredAt) implements OrderEvent {
    /** Checks for nulls and copies the lines. */
    public ShipmentDispatched {
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(shipmentId, "shipmentId");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(carrier, "carrier");
      Objects.requireNonNull(costs, "costs");
      Objects.requireNonNull(placedAt, "placedAt");
      Objects.requireNonNull(occurredAt, "occurredAt");
      lineIds = List.copyOf(lineIds);
    }
  }

  /**
   * A shipment reached the customer: its lines moved to delivered in the same commit.
   *
   * @param orderId the order
   * @param shipmentId the shipment, as dispatched
   * @param lineIds the lines delivered
   * @param damaged whether it arrived damaged
   * @param occurredAt when it was delivered
   */
  record ShipmentDelivered(OrderId orderId, String shipmentId, List<String> lineIds, boolean damaged, Instant occurredAt)
      implements OrderEvent {
    /** Checks for nulls and copies the lines. */
    public ShipmentDelivered {
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(shipmentId, "shipmentId");
      Objects.requireNonNull(occurredAt, "occurredAt");
      lineIds = List.copyOf(lineIds);
    }
  }
}
