package dev.ecomops.forecasting.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.method.Forecast;
import dev.ecomops.forecasting.method.ForecastMethod;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Replenisher: the one replenishment recipe")
class ReplenisherTest {
  /** Forecasts 10 a period with a deviation of 2 (the 95% interval's half width is 1.959964 × 2). */
  static final ForecastMethod TEN = new ForecastMethod() {
    @Override
    public String name() {
      return "ten";
    }

    @Override
    public Forecast forecast(double[] history, int seasonLength, int horizon) {
      double[] mean = new double[horizon];
      double[] lo = new double[horizon];
      double[] hi = new double[horizon];
      Arrays.fill(mean, 10);
      Arrays.fill(lo, 10 - 1.959964 * 2);
      Arrays.fill(hi, 10 + 1.959964 * 2);
      return new Forecast("ten", mean, lo, hi);
    }
  };
  static final Replenisher R = Replenisher.with(TEN);
  static final SupplierTerms SUPPLIER = new SupplierTerms("ACME", 4, 0, 0, 12);
  static final double[] HISTORY = {9, 11, 10, 10, 12, 8};

  @Test
  @DisplayName("(R, S) worked by hand: S covers lead time and review, safety stock z·σ·√cover; the order reaches S in case packs")
  void periodic_byHand() {
    Replenisher.Spec spec = Replenisher.Spec.periodic(SUPPLIER, 1, Replenisher.ServiceTarget.cycleServiceLevel(0.95));
    Replenisher.Plan p = R.plan(HISTORY, spec);
    double sdCover = 2 * Math.sqrt(5); // σ √(L + R), fixed lead time
    double ss = 1.6448536269514722 * sdCover;
    assertThat(p.meanPerPeriod()).isCloseTo(10, within(1e-12));
    assertThat(p.sdOverCover()).isCloseTo(sdCover, within(1e-6));
    assertThat(p.safetyStock()).isCloseTo(ss, within(1e-5));
    assertThat(p.orderUpTo()).isCloseTo(50 + ss, within(1e-5));
    assertThat(p.reorderPoint()).isNaN();
    // position 20 on hand + 5 on order − 3 reserved = 22: short by 50 + 7.36 − 22 = 35.36, 3 packs of 12
    PurchaseSuggestion s = Replenisher.suggest(p, spec, "TEE", "DC1", 20, 5, 3, true);
    assertThat(s.position()).isEqualTo(22);
    assertThat(s.quantity()).isEqualTo(36);
  }

  @Test
  @DisplayName("(s, Q) and (s, S): s is lead-time demand plus safety stock; Q given or the EOQ; S − s is the periods asked for")
  void reorderPoints_byHand() {
    Replenisher.ServiceTarget csl = Replenisher.ServiceTarget.cycleServiceLevel(0.95);
    double ss = 1.6448536269514722 * 2 * 2; // σ √L with L = 4
    Replenisher.Plan sq = R.plan(HISTORY, Replenisher.Spec.reorderPoint(SUPPLIER, 30, csl));
    assertThat(sq.reorderPoint()).isCloseTo(40 + ss, within(1e-5));
    assertThat(sq.orderUpTo()).isCloseTo(70 + ss, within(1e-5));
    Replenisher.Plan eoq = R.plan(HISTORY, Replenisher.Spec.reorderPointEoq(SUPPLIER, 50, 0.4, csl));
    assertThat(((Policy.ReorderPointQuantity) eoq.policy()).quantity()).isCloseTo(Math.sqrt(2 * 10 * 50 / 0.4),
        within(1e-9));
    Replenisher.Plan ss2 = R.plan(HISTORY, Replenisher.Spec.minMax(SUPPLIER, 3, csl));
    assertThat(ss2.orderUpTo() - ss2.reorderPoint()).isCloseTo(30, within(1e-6));
  }

  @Test
  @DisplayName("a promotion ahead lifts the demand planned for and the spread with it")
  void promotionAhead_lifts() {
    Replenisher.Spec spec = Replenisher.Spec.periodic(SUPPLIER, 1, Replenisher.ServiceTarget.cycleServiceLevel(0.95));
    // periods 7 to 11 are the five ahead of a six-period history: all lifted 1.5×
    PromotionCalendar promo = PromotionCalendar.of(List.of(new PromotionCalendar.Promotion("TEE", null, 7, 11, 1.5)));
    Replenisher.Plan plain = R.plan(HISTORY, spec);
    Replenisher.Plan lifted = R.plan(HISTORY, spec, promo, "TEE", "DC1");
    assertThat(lifted.meanPerPeriod()).isCloseTo(15, within(1e-9));
    assertThat(lifted.sdOverCover()).isCloseTo(plain.sdOverCover() * 1.5, within(1e-9));
    assertThat(R.plan(HISTORY, spec, promo, "MUG", "DC1")).isEqualTo(plain);
  }

  @Test
  @DisplayName("property: after a periodic review's order the position is at or above S, and less than one pack above it when it was below")
  void periodic_ordersUpToS() {
    Replenisher.Spec spec = Replenisher.Spec.periodic(SUPPLIER, 1, Replenisher.ServiceTarget.fillRate(0.98));
    Replenisher.Plan p = R.plan(HISTORY, spec);
    qt().forAll(integers().between(0, 200), integers().between(0, 50), integers().between(0, 40))
        .checkAssert((onHand, onOrder, reserved) -> {
          PurchaseSuggestion s = Replenisher.suggest(p, spec, "TEE", "DC1", onHand, onOrder, reserved, true);
          double after = s.position() + s.quantity();
          if (s.position() < p.orderUpTo()) {
            assertThat(after).isGreaterThanOrEqualTo(p.orderUpTo() - 1e-9).isLessThan(p.orderUpTo() + 12);
            assertThat(s.quantity() % 12).isZero();
          } else {
            assertThat(s.quantity()).isZero();
          }
        });
  }

  @Test
  @DisplayName("bad specs are refused naming the field")
  void badSpecs() {
    Replenisher.ServiceTarget csl = Replenisher.ServiceTarget.cycleServiceLevel(0.9);
    assertThatThrownBy(() -> Replenisher.Spec.periodic(SUPPLIER, 0, csl)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("reviewPeriod");
    assertThatThrownBy(() -> Replenisher.Spec.reorderPoint(SUPPLIER, -1, csl)).hasMessageContaining("orderQuantity");
    assertThatThrownBy(() -> Replenisher.Spec.reorderPointEoq(SUPPLIER, 0, 1, csl)).hasMessageContaining("orderQuantity");
    assertThatThrownBy(() -> Replenisher.Spec.minMax(SUPPLIER, Double.NaN, csl)).hasMessageContaining("orderUpToPeriods");
    assertThatThrownBy(() -> Replenisher.ServiceTarget.cycleServiceLevel(0.4)).hasMessageContaining("level");
    assertThatThrownBy(() -> Replenisher.ServiceTarget.fillRate(1)).hasMessageContaining("level");
    qt().forAll(doubles().between(0.5, 0.999)).checkAssert(l ->
        assertThat(Replenisher.ServiceTarget.cycleServiceLevel(l).level()).isEqualTo(l));
  }
}
