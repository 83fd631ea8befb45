package dev.ecomops.core.allocation;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.inventory.Reservation;
import java.util.List;
import java.util.Objects;

/**
 * One location's part of an allocation, with the reservations that hold its units.
 *
 * @param location where it ships from
 * @param lines what it ships
 * @param reservations one per line, in line order
 * @param decidedBy the rule that chose the location ({@code "replayed"} when rebuilt from a replay)
 * @param alternatives every candidate's score under that rule, best first (empty on replay)
 */
public record Shipment(LocationId location, List<AllocationLine> lines, List<Reservation> reservations, String decidedBy,
    List<Alternative> alternatives) {

  /** Copies the lists. */
  public Shipment {
    Objects.requireNonNull(location, "location");
    lines = List.copyOf(lines);
    reservations = List.copyOf(reservations);
    Objects.requireNonNull(decidedBy, "decidedBy");
    // a plan's own alternatives are immutable already and built on read; keep them lazy
    alternatives = alternatives instanceof Alternatives ? alternatives : List.copyOf(alternatives);
  }
}
