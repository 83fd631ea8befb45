package dev.ecomops.core.allocation;

import dev.ecomops.core.LocationId;
import java.util.Objects;

/**
 * How one candidate location scored when a shipment's location was chosen: part of every plan's
 * explanation.
 *
 * @param location the candidate
 * @param measure what the score measures ({@code "distanceKm"}, {@code "priority"}, {@code "shipments"}, {@code "cost"}, ...); lower is better
 * @param score the score
 * @param unitsCoverable units of the order this location could promise
 */
public record Alternative(LocationId location, String measure, double score, long unitsCoverable) {

  /** @throws NullPointerException if an argument is null */
  public Alternative {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(measure, "measure");
  }
}
