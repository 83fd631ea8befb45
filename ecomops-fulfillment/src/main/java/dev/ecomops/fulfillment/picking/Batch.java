package dev.ecomops.fulfillment.picking;

import dev.ecomops.fulfillment.routing.Route;
import java.util.List;

/**
 * Orders picked together on one tour.
 *
 * @param orders the orders, in the order they were added
 * @param route the picker's route through all their picks
 */
public record Batch(List<PickOrder> orders, Route route) {
  /** Copies the orders. */
  public Batch {
    orders = List.copyOf(orders);
  }

  /** Units on the cart. */
  public int size() {
    return orders.stream().mapToInt(PickOrder::size).sum();
  }
}
