package dev.ecomops.testkit.allocation;

import dev.ecomops.core.Money;
import dev.ecomops.core.allocation.ShippingCostEstimator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An estimator that pays the shipper beyond 2,000 km: the kit must catch it.
 * Not a test of its own (its name keeps Surefire away):
 * {@link DistanceEstimatorContractTest#kitCatchesNegatives} runs it and expects it to fail.
 */
class NegativeEstimatorRun extends ShippingCostEstimatorContract {
  @Override
  protected ShippingCostEstimator newEstimator() {
    return (from, request, lines) -> {
      double km = from.position().distanceKm(request.shipTo().orElseThrow());
      return Money.of(BigDecimal.valueOf(2_000 - km), Money.currency("USD"), RoundingMode.HALF_UP);
    };
  }
}
