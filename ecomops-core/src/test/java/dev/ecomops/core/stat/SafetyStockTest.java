package dev.ecomops.core.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Safety stock, reorder point and EOQ")
class SafetyStockTest {

  @Test
  @DisplayName("normal quantiles and loss match the tables: z(0.95) = 1.6449, z(0.975) = 1.9600, G(0.9) = 0.1004")
  void normal() {
    assertThat(Normal.quantile(0.95)).isCloseTo(1.644854, within(1e-5));
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959964, within(1e-5));
    assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-9));
    assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232, within(1e-5));
    assertThat(Normal.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
    assertThat(Normal.loss(0.9)).isCloseTo(0.1004, within(1e-4));
    assertThat(Normal.loss(0)).isCloseTo(0.398942, within(1e-6));
  }

  @Test
  @DisplayName("95% cycle service with σ 10 per period over 4 periods: 1.645 · 20 ≈ 32.9; the reorder point adds 4 · 50")
  void cycleService() {
    double sdL = SafetyStock.sdOverLeadTime(50, 10, 4, 0);
    assertThat(sdL).isCloseTo(20, within(1e-12));
    double ss = SafetyStock.forCycleServiceLevel(sdL, 0.95);
    assertThat(ss).isCloseTo(32.897, within(1e-3));
    assertThat(SafetyStock.reorderPoint(50, 4, ss)).isCloseTo(232.897, within(1e-3));
  }

  @Test
  @DisplayName("a lead time varying by σ 1 period adds d²σ_L² to the variance: √(4·100 + 2500) = 53.85")
  void variableLeadTime() {
    assertThat(SafetyStock.sdOverLeadTime(50, 10, 4, 1)).isCloseTo(Math.sqrt(2900), within(1e-12));
  }

  @Test
  @DisplayName("98% fill rate, Q 100, σ_L 20: G(k) = 0.1, so k ≈ 0.90 and safety stock ≈ 18")
  void fillRate() {
    double ss = SafetyStock.forFillRate(20, 0.98, 100);
    assertThat(ss / 20).isCloseTo(0.9015, within(0.002));
    assertThat(Normal.loss(ss / 20)).isCloseTo(0.1, within(1e-6));
    assertThat(SafetyStock.forFillRate(20, 0.5, 100)).as("a low fill rate needs none").isZero();
  }

  @Test
  @DisplayName("EOQ of 1,200 a year at 50 per order and 2 per unit-year is √60,000 ≈ 244.9")
  void eoq() {
    assertThat(SafetyStock.economicOrderQuantity(1200, 50, 2)).isCloseTo(244.949, within(1e-3));
  }

  @Test
  @DisplayName("out-of-range inputs are refused naming the field")
  void badInput() {
    assertThatThrownBy(() -> SafetyStock.forCycleServiceLevel(10, 1.0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("cycleServiceLevel");
    assertThatThrownBy(() -> SafetyStock.sdOverLeadTime(1, 1, 0, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("leadTime");
    assertThatThrownBy(() -> SafetyStock.economicOrderQuantity(1, 0, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("costPerOrder");
    assertThatThrownBy(() -> SafetyStock.forFillRate(1, 1.0, 10)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("fillRate");
  }
}
