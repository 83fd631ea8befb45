package dev.ecomops.core.allocation;

import dev.ecomops.core.inventory.Reservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of allocating an order: the shipments with their reservations, and what was not held.
 *
 * @param orderId the order
 * @param outcome how it ended
 * @param strategy the strategy that planned it
 * @param shipments one per location used
 * @param backordered units waiting for stock (policy {@code BACKORDER})
 * @param unfilled units given up (policy {@code PARTIAL}), or every line when {@code REJECTED}
 */
public record Allocation(String orderId, AllocationOutcome outcome, String strategy, List<Shipment> shipments,
    List<AllocationLine> backordered, List<AllocationLine> unfilled) {

  /** Copies the lists. */
  public Allocation {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(strategy, "strategy");
    shipments = List.copyOf(shipments);
    backordered = List.copyOf(backordered);
    unfilled = List.copyOf(unfilled);
  }

  /** Every reservation, shipment by shipment. */
  public List<Reservation> reservations() {
    List<Reservation> out = new ArrayList<>();
    for (Shipment s : shipments) {
      out.addAll(s.reservations());
    }
    return out;
  }

  /** Units held for a line over all shipments. */
  public long heldFor(String lineId) {
    long n = 0;
    for (Shipment s : shipments) {
      for (AllocationLine l : s.lines()) {
        if (l.lineId().equals(lineId)) {
          n += l.quantity();
        }
      }
    }
    return n;
  }
}
