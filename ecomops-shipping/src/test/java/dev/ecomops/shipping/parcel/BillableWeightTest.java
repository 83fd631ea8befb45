package dev.ecomops.shipping.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Billable weight")
class BillableWeightTest {
  static final BillableWeight US_GROUND = new BillableWeight(new BigDecimal("139"), UnitSystem.IMPERIAL, BigDecimal.ONE);
  static final BillableWeight EXPRESS = new BillableWeight(new BigDecimal("5000"), UnitSystem.METRIC, new BigDecimal("0.5"));

  @Test
  @DisplayName("worked by hand: a 12-inch cube of 5 lb bills 13 lb at 139; 40×30×20 cm of 3 kg bills 5 kg at 5000 by half kilos")
  void byHand() {
    Parcel cube = new Parcel(Dimensions.of(12, 12, 12, LengthUnit.IN), Weight.of(5, WeightUnit.LB));
    // 1728 / 139 = 12.43 → 13
    assertThat(US_GROUND.of(cube)).isEqualByComparingTo("13");
    Parcel box = new Parcel(Dimensions.of(40, 30, 20, LengthUnit.CM), Weight.of(3, WeightUnit.KG));
    // 24000 / 5000 = 4.8 → 5.0
    assertThat(EXPRESS.of(box)).isEqualByComparingTo("5.0");
    // heavy and small: the actual weight wins, rounded up
    Parcel brick = new Parcel(Dimensions.of(10, 10, 10, LengthUnit.CM), Weight.of("7.2", WeightUnit.KG));
    assertThat(EXPRESS.of(brick)).isEqualByComparingTo("7.5");
    assertThatThrownBy(() -> new BillableWeight(BigDecimal.ZERO, UnitSystem.METRIC, BigDecimal.ONE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("divisor");
  }

  @Test
  @DisplayName("never below the actual or the dimensional weight, a whole number of increments, and the same whatever units the parcel is given in")
  void properties() {
    qt().forAll(integers().between(1, 120), integers().between(1, 120), integers().between(1, 120),
        integers().between(0, 100_000)).checkAssert((l, w, h, grams) -> {
          Parcel metric = new Parcel(Dimensions.of(l, w, h, LengthUnit.CM), Weight.of(grams, WeightUnit.G));
          for (BillableWeight rule : new BillableWeight[] {US_GROUND, EXPRESS}) {
            BigDecimal b = rule.of(metric);
            assertThat(b).isGreaterThanOrEqualTo(metric.weight().in(rule.system().weight()));
            assertThat(b).isGreaterThanOrEqualTo(rule.dimensional(metric));
            assertThat(b.remainder(rule.increment()).signum()).isZero();
            assertThat(rule.weight(metric).compareTo(metric.weight())).isGreaterThanOrEqualTo(0);
            assertThat(b).as("the fast path agrees with exact arithmetic").isEqualByComparingTo(rule.exact(metric));
          }
          // the same box described in millimetres and kilograms bills the same
          Parcel same = new Parcel(Dimensions.of(10L * l, 10L * w, 10L * h, LengthUnit.MM),
              Weight.of(BigDecimal.valueOf(grams).movePointLeft(3), WeightUnit.KG));
          assertThat(EXPRESS.of(same)).isEqualByComparingTo(EXPRESS.of(metric));
          assertThat(US_GROUND.of(same)).isEqualByComparingTo(US_GROUND.of(metric));
        });
  }
}
