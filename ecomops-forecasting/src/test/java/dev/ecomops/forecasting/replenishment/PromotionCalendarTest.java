package dev.ecomops.forecasting.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.replenishment.PromotionCalendar.Promotion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Promotion calendar")
class PromotionCalendarTest {
  static final PromotionCalendar CALENDAR = PromotionCalendar.of(List.of(
      new Promotion("TEE", null, 3, 4, 2.0),          // TEE everywhere, periods 3-4: double
      new Promotion(null, "DC1", 4, 6, 1.5)));         // everything at DC1, periods 4-6: +50%

  @Test
  @DisplayName("lifts apply by SKU, location and period, and multiply where they overlap")
  void lifts() {
    assertThat(CALENDAR.lift("TEE", "DC1", 2)).isEqualTo(1);
    assertThat(CALENDAR.lift("TEE", "DC1", 3)).isEqualTo(2);
    assertThat(CALENDAR.lift("TEE", "DC1", 4)).isEqualTo(3);
    assertThat(CALENDAR.lift("TEE", "DC2", 4)).isEqualTo(2);
    assertThat(CALENDAR.lift("CAP", "DC1", 5)).isEqualTo(1.5);
    assertThat(CALENDAR.lift("CAP", "DC2", 5)).isEqualTo(1);
    // a history of 10 a period with the promotions' effect: the baseline is 10 throughout
    double[] history = {10, 10, 20, 30, 15, 15, 10};
    assertThat(CALENDAR.baseline("TEE", "DC1", history)).containsExactly(10, 10, 10, 10, 10, 10, 10);
    // a flat forecast of 10 for periods 5..8 gets DC1's +50% in 5 and 6
    assertThat(CALENDAR.lifted("TEE", "DC1", 5, new double[] {10, 10, 10, 10})).containsExactly(15, 15, 10, 10);
  }

  @Test
  @DisplayName("removing the lift from a history and putting it back gives the history again")
  void roundTrip() {
    qt().forAll(doubles().between(0, 1000), integers().between(1, 12)).checkAssert((v, n) -> {
      double[] history = new double[n];
      for (int t = 0; t < n; t++) {
        history[t] = v + t;
      }
      double[] back = CALENDAR.lifted("TEE", "DC1", 1, CALENDAR.baseline("TEE", "DC1", history));
      assertThat(back).containsExactly(history, within(1e-9 * (1 + v + n)));
    });
  }

  @Test
  @DisplayName("bad promotions are refused naming the field")
  void bad() {
    assertThatThrownBy(() -> new Promotion(null, null, 0, 3, 1.2)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("from");
    assertThatThrownBy(() -> new Promotion(null, null, 3, 2, 1.2)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("to");
    assertThatThrownBy(() -> new Promotion(null, null, 1, 2, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("lift");
    assertThatThrownBy(() -> CALENDAR.lifted("TEE", "DC1", 0, new double[] {1})).isInstanceOf(ValidationException.class)
        .hasMessageContaining("firstPeriod");
  }
}
