package dev.ecomops.fulfillment.picking;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.fulfillment.layout.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A released order as the warehouse sees it: where its units are to be picked.
 *
 * @param orderId the order
 * @param picks one position per unit to pick, at least one
 */
public record PickOrder(OrderId orderId, List<Position> picks) {
  /** @throws ValidationException naming the field that breaks its rule */
  public PickOrder {
    Objects.requireNonNull(orderId, "orderId");
    picks = List.copyOf(picks);
    if (picks.isEmpty()) {
      throw ValidationException.of("picks", "must have at least one pick", orderId);
    }
  }

  /**
   * The pick list of a released order: one pick per unit held on each of its {@code RELEASED}
   * lines, at the SKU's slot.
   *
   * @param slots where each SKU is picked
   * @throws ValidationException naming {@code slots} for a released SKU without a slot, or
   *     {@code orderId} when the order has no released line
   */
  public static PickOrder of(Order order, Map<Sku, Position> slots) {
    List<Position> picks = new ArrayList<>();
    for (OrderLineState l : order.lines()) {
      if (l.status() == LineStatus.RELEASED) {
        Position at = slots.get(l.line().sku());
        if (at == null) {
          throw ValidationException.of("slots", "must hold a slot for " + l.line().sku().value(), order.id().value());
        }
        for (long u = 0; u < l.held(); u++) {
          picks.add(at);
        }
      }
    }
    if (picks.isEmpty()) {
      throw ValidationException.of("orderId", "has no released units to pick", order.id().value());
    }
    return new PickOrder(order.id(), picks);
  }

  /** Units to pick, the cart space it takes. */
  public int size() {
    return picks.size();
  }
}
