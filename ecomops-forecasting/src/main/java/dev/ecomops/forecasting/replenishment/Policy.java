package dev.ecomops.forecasting.replenishment;

import dev.ecomops.core.ValidationException;

/**
 * An inventory control policy (Silver, Pyke and Thomas 2017, chapter 6), on the inventory
 * position: on hand + on order − reserved (backorders and holds).
 *
 * <ul>
 *   <li>(s, Q), continuous review: when the position is at or below s, order Q (as many Q as
 *       bring it above s).
 *   <li>(s, S), continuous review: when the position is at or below s, order up to S.
 *   <li>(R, S), periodic review every R periods: order up to S at each review.
 * </ul>
 */
public sealed interface Policy {

  /** Order {@code quantity} each time the position falls to {@code reorderPoint} or below. */
  record ReorderPointQuantity(double reorderPoint, double quantity) implements Policy {
    /** @throws ValidationException naming {@code quantity} unless positive */
    public ReorderPointQuantity {
      if (!(quantity > 0)) {
        throw ValidationException.of("quantity", "must be positive", quantity);
      }
    }
  }

  /** Order up to {@code orderUpTo} when the position falls to {@code reorderPoint} or below. */
  record ReorderPointOrderUpTo(double reorderPoint, double orderUpTo) implements Policy {
    /** @throws ValidationException naming {@code orderUpTo} unless above the reorder point */
    public ReorderPointOrderUpTo {
      if (!(orderUpTo > reorderPoint)) {
        throw ValidationException.of("orderUpTo", "must be above the reorder point " + reorderPoint, orderUpTo);
      }
    }
  }

  /** Order up to {@code orderUpTo} at every review. */
  record PeriodicOrderUpTo(double orderUpTo) implements Policy {}

  /**
   * Units to order now for an inventory position, before rounding to supplier constraints.
   *
   * @param position on hand + on order − reserved
   * @param reviewDue whether this is a review (periodic policies order only then)
   */
  default double orderFor(double position, boolean reviewDue) {
    if (this instanceof ReorderPointQuantity p) {
      return position > p.reorderPoint() ? 0
          : p.quantity() * Math.floor((p.reorderPoint() - position) / p.quantity() + 1);
    }
    if (this instanceof ReorderPointOrderUpTo p) {
      return position > p.reorderPoint() ? 0 : p.orderUpTo() - position;
    }
    PeriodicOrderUpTo p = (PeriodicOrderUpTo) this;
    return reviewDue ? Math.max(0, p.orderUpTo() - position) : 0;
  }
}
