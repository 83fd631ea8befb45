package dev.ecomops.testkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecomops.core.Money;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.ShippingCostEstimator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

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

  @Test
  @DisplayName("the kit fails an estimator that goes negative, and only on that rule")
  void kitCatchesNegatives() {
    var tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(NegativeEstimatorRun.class)).execute()
        .testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).singleElement().satisfies(n -> assertThat(n).contains("never negative"));
    assertThat(tests.succeeded().count()).isEqualTo(1);
  }
}
