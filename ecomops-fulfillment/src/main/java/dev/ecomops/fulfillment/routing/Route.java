package dev.ecomops.fulfillment.routing;

import dev.ecomops.fulfillment.layout.Position;
import java.util.List;
import java.util.Objects;

/**
 * A picker's tour from the depot through every pick and back.
 *
 * @param method the routing method that made it, e.g. {@code optimal} or {@code sshape}
 * @param length the tour's travel distance, in the layout's unit
 * @param visits the picks in the order the picker reaches them, each input pick exactly once
 */
public record Route(String method, double length, List<Position> visits) {
  /** Copies the visits. */
  public Route {
    Objects.requireNonNull(method, "method");
    visits = List.copyOf(visits);
  }
}
