package dev.ecomops.core.allocation;

import java.util.List;
import java.util.Objects;

/**
 * What a strategy proposes: the shipments, and the units no shipment covers.
 *
 * @param strategy the strategy's name
 * @param shipments one per location used
 * @param shortfall per line, the units not covered (lines fully covered are absent)
 */
public record AllocationPlan(String strategy, List<PlannedShipment> shipments, List<AllocationLine> shortfall) {

  /** Copies the lists. */
  public AllocationPlan {
    Objects.requireNonNull(strategy, "strategy");
    shipments = List.copyOf(shipments);
    shortfall = List.copyOf(shortfall);
  }

  /** Whether every unit is covered. */
  public boolean isComplete() {
    return shortfall.isEmpty();
  }
}
