package dev.ecomops.fulfillment.routing;

import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import java.util.List;

/**
 * Routes a picker from the depot through a pick list and back, in a parallel-aisle warehouse. The
 * heuristics are those compared by Petersen (1997), "An evaluation of order picking routeing
 * policies", IJOPM 17(11), and Roodbergen and De Koster (2001), "Routing order pickers in a
 * warehouse with a middle aisle", EJOR 133(1), and route one block; the optimum is the dynamic
 * programme of Ratliff and Rosenthal (1983), extended to up to four blocks. Routers are stateless
 * and thread safe.
 */
public interface PickerRouter {

  /** The method's name, as the CLI takes it: {@code sshape}, {@code return}, ... */
  String name();

  /**
   * The route.
   *
   * @param picks positions to visit, any order, duplicates allowed (each is visited)
   * @throws ValidationException naming {@code aisle} or {@code offset} for a pick outside the layout, or
   *     {@code blocks} for a layout the method does not route (heuristics: one block; optimal: up to four)
   */
  Route route(WarehouseLayout layout, List<Position> picks);

  /**
   * S-shape (traversal): every aisle with picks is walked end to end, alternately up and down,
   * from the leftmost to the rightmost; with an odd number of them, the last is entered from the
   * front and left the same way.
   */
  static PickerRouter sShape() {
    return Heuristics.S_SHAPE;
  }

  /** Return: every aisle with picks is entered from the front and left the same way. */
  static PickerRouter returnRouting() {
    return Heuristics.RETURN;
  }

  /**
   * Midpoint (Hall 1993): the first and last aisles with picks are walked end to end; in the
   * others, picks in the back half are fetched from the back cross aisle on the way out and the
   * front half from the front on the way back.
   */
  static PickerRouter midpoint() {
    return Heuristics.MIDPOINT;
  }

  /**
   * Largest gap (Hall 1993): as midpoint, but each middle aisle is split at the largest gap
   * between adjacent picks (or an end of the aisle), which is never walked.
   */
  static PickerRouter largestGap() {
    return Heuristics.LARGEST_GAP;
  }

  /**
   * Combined (Roodbergen and De Koster 2001): each aisle with picks is either walked end to end
   * or entered and left from the cross aisle the picker is on, whichever makes the whole route
   * shortest, decided by dynamic programming over the aisles from left to right.
   */
  static PickerRouter combined() {
    return Heuristics.COMBINED;
  }

  /** The shortest route: Ratliff and Rosenthal's (1983) dynamic programme, for up to four blocks. */
  static PickerRouter optimal() {
    return OptimalRouting.INSTANCE;
  }

  /** All methods, the optimum first. */
  static List<PickerRouter> all() {
    return List.of(optimal(), sShape(), returnRouting(), midpoint(), largestGap(), combined());
  }

  /**
   * The method of a name: {@code optimal}, {@code sshape}, {@code return}, {@code midpoint},
   * {@code largest-gap} or {@code combined}.
   *
   * @throws ValidationException naming {@code method} for any other
   */
  static PickerRouter byName(String name) {
    for (PickerRouter r : all()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw ValidationException.of("method", "must be optimal, sshape, return, midpoint, largest-gap or combined", name);
  }
}
