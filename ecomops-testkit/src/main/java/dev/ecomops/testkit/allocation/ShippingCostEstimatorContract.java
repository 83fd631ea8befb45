package dev.ecomops.testkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.ShippingCostEstimator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.testkit.Concurrently;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ShippingCostEstimator}: extend with a factory of estimators. Each test
 * traces to the SPI's javadoc: an estimate for any location, destination and lines is never
 * negative, the same question gets the same answer (strategies compare estimates), and it is thread
 * safe.
 */
public abstract class ShippingCostEstimatorContract {

  /** A new estimator. */
  protected abstract ShippingCostEstimator newEstimator();

  static Location location(double lat, double lon) {
    return Location.builder().id(LocationId.of("L")).name("l").country("US").position(GeoPoint.of(lat, lon)).build();
  }

  static AllocationRequest request(double lat, double lon, List<AllocationLine> lines) {
    return AllocationRequest.builder().orderId("O").shipToCountry("US").shipTo(GeoPoint.of(lat, lon)).addAllLines(lines)
        .idempotencyKey(IdempotencyKey.of("k")).build();
  }

  @Test
  @DisplayName("property: estimates are never negative and repeat exactly")
  void estimates() {
    ShippingCostEstimator e = newEstimator();
    var point = doubles().between(25, 49).zip(doubles().between(-124, -67), (lat, lon) -> new double[] {lat, lon});
    qt().withExamples(300).forAll(point, point, integers().between(1, 20)).checkAssert((from, to, units) -> {
      List<AllocationLine> lines = List.of(AllocationLine.of("1", Sku.of("SKU-1"), units));
      Money m = e.estimate(location(from[0], from[1]), request(to[0], to[1], lines), lines);
      assertThat(m.isNegative()).isFalse();
      assertThat(e.estimate(location(from[0], from[1]), request(to[0], to[1], lines), lines)).isEqualTo(m);
    });
  }

  @Test
  @DisplayName("8 threads asking the same question at once get the same answer")
  void concurrent() throws Exception {
    ShippingCostEstimator e = newEstimator();
    List<AllocationLine> lines = List.of(AllocationLine.of("1", Sku.of("SKU-1"), 3));
    List<Money> all = Concurrently.run(8, t -> e.estimate(location(40.7, -74), request(34, -118, lines), lines));
    assertThat(new HashSet<>(all)).hasSize(1);
  }
}
