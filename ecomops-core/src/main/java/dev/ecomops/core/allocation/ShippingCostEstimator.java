package dev.ecomops.core.allocation;

import dev.ecomops.core.Money;
import dev.ecomops.core.catalog.Location;
import java.util.List;

/**
 * Estimates what one shipment would cost to send, for {@code MinCostStrategy}. A host backs it
 * with its rate tables or carrier quotes (ecomops-shipping's table-rate carrier, for example);
 * allocation never calls a network itself, so an estimator that does should cache. A strategy's
 * plug-in rather than a port to the host's state, so it lives with the strategies.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.allocation.ShippingCostEstimatorContract}:
 *
 * <ol>
 *   <li><b>Not negative, one currency.</b> Every estimate is at least 0, in one currency for all
 *       calls.
 *   <li><b>Pure during an allocation.</b> The same question gets the same answer (it is asked
 *       many times per order while subsets of locations are compared).
 *   <li><b>Thread safe.</b> It may be called from many threads at once.
 *   <li><b>Throws only on a defect of its own.</b> An estimate it cannot make is a high cost, not
 *       an exception.
 * </ol>
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
