package dev.ecomops.fulfillment.picking;

import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.Position;
import java.util.List;
import java.util.Objects;

/**
 * A released order as the warehouse sees it: where its units are to be picked.
 *
 * @param orderId the order, not blank
 * @param picks one position per unit to pick, at least one
 */
public record PickOrder(String orderId, List<Position> picks) {
  /** @throws ValidationException naming the field that breaks its rule */
  public PickOrder {
    Objects.requireNonNull(orderId, "orderId");
    if (orderId.isBlank()) {
      throw ValidationException.of("orderId", "must not be blank", orderId);
    }
    picks = List.copyOf(picks);
    if (picks.isEmpty()) {
      throw ValidationException.of("picks", "must have at least one pick", orderId);
    }
  }

  /** Units to pick, the cart space it takes. */
  public int size() {
    return picks.size();
  }
}
