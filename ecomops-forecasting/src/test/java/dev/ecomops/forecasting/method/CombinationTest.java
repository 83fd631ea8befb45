package dev.ecomops.forecasting.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Combinations and seasonal adjustment")
class CombinationTest {

  @Test
  @DisplayName("weights 2:1 of naive (last value 9) and a 3-period moving average (6) give 8")
  void weighted() {
    double[] y = {3, 6, 9};
    Forecast f = new Combination("c", List.of(new Naive(), new MovingAverage(3)), new double[] {2, 1}).forecast(y, 1, 2);
    assertThat(f.mean()).containsExactly(new double[] {8, 8}, within(1e-12));
    assertThat(new Combination("c", List.of(new Naive(), new MovingAverage(3))).forecast(y, 1, 1).mean(1))
        .isCloseTo(7.5, within(1e-12));
    assertThatThrownBy(() -> new Combination("c", List.of(new Naive()))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("members");
    assertThatThrownBy(() -> new Combination("c", List.of(new Naive(), new Naive()), new double[] {1, 0}))
        .isInstanceOf(ValidationException.class).hasMessageContaining("weights");
  }

  @Test
  @DisplayName("seasonally adjusted naive on a pure 4-period pattern repeats the pattern")
  void adjusted() {
    double[] y = new double[16];
    double[] pattern = {0.5, 1.0, 1.5, 1.0};
    for (int t = 0; t < y.length; t++) {
      y[t] = 40 * pattern[t % 4];
    }
    Forecast f = new SeasonallyAdjusted(new Naive()).forecast(y, 4, 4);
    assertThat(f.method()).isEqualTo("naive-sa");
    assertThat(f.mean()).containsExactly(new double[] {20, 40, 60, 40}, within(1e-9));
    // without a season it is the method itself
    assertThat(new SeasonallyAdjusted(new Naive()).forecast(new double[] {1, 2, 3}, 4, 1).mean(1)).isEqualTo(3);
  }
}
