package dev.ecomops.core.allocation;

import dev.ecomops.core.catalog.Location;
import java.util.Objects;

/**
 * A location that passed a request's filters, with its great-circle distance to the destination.
 *
 * @param location the location
 * @param distanceKm kilometres to the destination, or {@link Double#NaN} when the request has no
 *     position (or, as the allocator passes candidates, when the location holds none of the order
 *     and so cannot be chosen)
 */
public record Candidate(Location location, double distanceKm) {

  /** @throws NullPointerException if {@code location} is null */
  public Candidate {
    Objects.requireNonNull(location, "location");
  }

  /** Whether the distance is known. */
  public boolean hasDistance() {
    return !Double.isNaN(distanceKm);
  }
}
