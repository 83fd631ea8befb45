package dev.ecomops.shipping.pickup;

import dev.ecomops.core.Dimensions;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.Weight;
import java.util.Objects;

/**
 * A pickup point or parcel locker.
 *
 * @param id its identifier, not blank
 * @param carrier the carrier that serves it
 * @param position where it is
 * @param largest the largest parcel it takes (a locker's biggest compartment)
 * @param maxWeight the heaviest parcel it takes
 * @param open whether it is taking parcels now
 */
public record PickupPoint(String id, String carrier, GeoPoint position, Dimensions largest, Weight maxWeight,
    boolean open) {
  /** @throws ValidationException naming {@code id} when blank */
  public PickupPoint {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(largest, "largest");
    Objects.requireNonNull(maxWeight, "maxWeight");
    if (id == null || id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
  }
}
