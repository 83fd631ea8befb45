package dev.ecomops.shipping.spi;

import dev.ecomops.core.Address;
import dev.ecomops.core.ValidationException;
import dev.ecomops.shipping.parcel.Parcel;
import java.util.List;
import java.util.Objects;

/**
 * A shipment to rate or label.
 *
 * @param id the caller's reference, not blank
 * @param origin where it leaves from
 * @param destination where it goes
 * @param parcels its boxes, at least one
 * @param residential whether the destination is a home (carriers surcharge it)
 */
public record ShipmentRequest(String id, Address origin, Address destination, List<Parcel> parcels, boolean residential) {
  /** @throws ValidationException naming {@code id} when blank or {@code parcels} when empty */
  public ShipmentRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(destination, "destination");
    if (id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    parcels = List.copyOf(parcels);
    if (parcels.isEmpty()) {
      throw ValidationException.of("parcels", "must have at least one parcel", id);
    }
  }
}
