package dev.ecomops.shipping.pickup;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.ValidationException;
import dev.ecomops.shipping.parcel.Parcel;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the pickup points nearest a customer that can take a parcel: open, served by one of the
 * carriers allowed, big and strong enough (the parcel fits in some orientation), by great-circle
 * distance. Stateless.
 */
public final class PickupPoints {
  private PickupPoints() {}

  /**
   * The nearest eligible points, nearest first.
   *
   * @param carriers carriers allowed; empty for any
   * @param limit at most this many, at least 1
   * @throws ValidationException naming {@code limit} when below 1
   */
  public static List<PickupPoint> nearest(GeoPoint customer, Parcel parcel, Set<String> carriers,
      List<PickupPoint> points, int limit) {
    if (limit < 1) {
      throw ValidationException.of("limit", "must be at least 1", limit);
    }
    return points.stream()
        .filter(p -> p.open() && (carriers.isEmpty() || carriers.contains(p.carrier()))
            && parcel.dimensions().fitsWithin(p.largest()) && parcel.weight().compareTo(p.maxWeight()) <= 0)
        .sorted(Comparator.comparingDouble((PickupPoint p) -> customer.distanceKm(p.position()))
            .thenComparing(PickupPoint::id))
        .limit(limit).toList();
  }
}
