package dev.ecomops.testkit.allocation;

import dev.ecomops.core.Money;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.spi.ShippingCostEstimator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;

/** The kit against the kind of estimator the README's MinCostStrategy example plugs in: $5 plus 0.1¢ a unit-km. */
@DisplayName("A distance-based estimator meets the ShippingCostEstimator contract")
class DistanceEstimatorContractTest extends ShippingCostEstimatorContract {
  @Override
  protected ShippingCostEstimator newEstimator() {
    return (from, request, lines) -> {
      double km = from.position().distanceKm(request.shipTo().orElseThrow());
      long units = lines.stream().mapToLong(AllocationLine::quantity).sum();
      return Money.of(BigDecimal.valueOf(5 + 0.001 * km * units), Money.currency("USD"), RoundingMode.HALF_UP);
    };
  }
}
