package dev.ecomops.core.allocation;

import dev.ecomops.core.LocationId;
import java.util.List;
import java.util.Objects;

/**
 * One location's part of a plan, with why it was chosen.
 *
 * @param location where it ships from
 * @param lines what it ships, at least one line
 * @param decidedBy the rule that chose this location (for example {@code "nearest"} or {@code
 *     "ship complete from one location"})
 * @param alternatives every candidate's score under that rule, best first
 */
public record PlannedShipment(LocationId location, List<AllocationLine> lines, String decidedBy,
    List<Alternative> alternatives) {

  /** Copies the lists. */
  public PlannedShipment {
    Objects.requireNonNull(location, "location");
    lines = List.copyOf(lines);
    Objects.requireNonNull(decidedBy, "decidedBy");
    // a plan's own alternatives are immutable already and built on read; keep them lazy
    alternatives = alternatives instanceof Alternatives ? alternatives : List.copyOf(alternatives);
  }

  /** Units in this shipment. */
  public long units() {
    long n = 0;
    for (AllocationLine l : lines) {
      n += l.quantity();
    }
    return n;
  }
}
