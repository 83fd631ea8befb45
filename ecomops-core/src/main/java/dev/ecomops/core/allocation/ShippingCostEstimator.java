package dev.ecomops.core.allocation;

import dev.ecomops.core.Money;
import dev.ecomops.core.catalog.Location;
import java.util.List;

/**
 * Estimates what one shipment would cost to send, for {@code MinCostStrategy}. A host backs it
 * with its rate tables or carrier quotes (ecomops-shipping's table-rate carrier, for example);
 * allocation never calls a network itself, so an estimator that does should cache.
 *
 * <p>Contract: thread safe; pure for a given input during one allocation (it is called many times
 * per order while subsets of locations are compared); returns a non-negative amount in one
 * currency for all calls; throws only on a defect of its own.
 */
@FunctionalInterface
public interface ShippingCostEstimator {

  /**
   * The estimated cost of shipping {@code lines} from {@code from} to the request's destination.
   *
   * @param from the shipping location
   * @param request the order being allocated (destination, service)
   * @param lines the units this shipment would carry, at least one line
   * @return the estimated cost, not negative
   */
  Money estimate(Location from, AllocationRequest request, List<AllocationLine> lines);
}
