package dev.ecomops.fulfillment.routing;

import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * A picker walking the layout from the depot, moving only along aisles and cross aisles: the
 * heuristics describe their routes as walks, so that the length is the distance actually walked.
 */
final class Walk {
  private final WarehouseLayout layout;
  private final List<Position> visits = new ArrayList<>();
  private int aisle;
  private double offset;
  private double length;

  Walk(WarehouseLayout layout) {
    this.layout = layout;
    this.aisle = layout.depotAisle();
  }

  /** Moves along the current aisle to an offset. */
  Walk along(double to) {
    length += Math.abs(to - offset);
    offset = to;
    return this;
  }

  /** Moves along the cross aisle the picker is on to another aisle. */
  Walk across(int to) {
    if (offset != 0 && offset != layout.aisleLength()) {
      throw new IllegalStateException("not on a cross aisle: aisle " + aisle + " at " + offset);
    }
    length += Math.abs(to - aisle) * layout.aisleSpacing();
    aisle = to;
    return this;
  }

  /** Walks to a pick in the current aisle and picks it. */
  Walk pick(Position p) {
    if (p.aisle() != aisle) {
      throw new IllegalStateException("pick " + p + " is not in aisle " + aisle);
    }
    along(p.offset());
    visits.add(p);
    return this;
  }

  /** Picks ascending (front to back) or descending. */
  Walk pickAll(Position[] picks, boolean ascending) {
    for (int i = 0; i < picks.length; i++) {
      pick(picks[ascending ? i : picks.length - 1 - i]);
    }
    return this;
  }

  boolean atFront() {
    return offset == 0;
  }

  /** Back to the depot along the front cross aisle; the picker must be at the front. */
  Route home(String method) {
    if (!atFront()) {
      throw new IllegalStateException("a walk ends at the front cross aisle");
    }
    across(layout.depotAisle());
    return new Route(method, length, visits);
  }
}
