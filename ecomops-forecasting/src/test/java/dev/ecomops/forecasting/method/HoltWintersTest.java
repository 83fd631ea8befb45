package dev.ecomops.forecasting.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Holt-Winters")
class HoltWintersTest {

  @Test
  @DisplayName("an exact additive season on a level of 10 repeats exactly: the heuristic start already fits it")
  void additive() {
    double[] pattern = {-3, 1, 4, -2};
    double[] y = new double[12];
    for (int t = 0; t < y.length; t++) {
      y[t] = 10 + pattern[t % 4];
    }
    Forecast f = HoltWinters.additive().forecast(y, 4, 6);
    assertThat(f.mean()).containsExactly(new double[] {7, 11, 14, 8, 7, 11}, within(1e-9));
    assertThat(f.hi95()[0]).isCloseTo(7, within(1e-9));
  }

  @Test
  @DisplayName("an exact multiplicative season on a level of 100 repeats exactly")
  void multiplicative() {
    double[] pattern = {0.5, 1.0, 1.5, 1.0};
    double[] y = new double[16];
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 * pattern[t % 4];
    }
    assertThat(HoltWinters.multiplicative().forecast(y, 4, 4).mean()).containsExactly(new double[] {50, 100, 150, 100},
        within(1e-9));
  }

  @Test
  @DisplayName("without two seasons it is damped Holt; with zeros a multiplicative season becomes additive")
  void fallbacks() {
    assertThat(HoltWinters.additive().forecast(new double[] {1, 2, 3}, 4, 2).method()).isEqualTo("damped");
    double[] withZero = {0, 5, 10, 5, 0, 5, 10, 5};
    assertThat(HoltWinters.multiplicative().forecast(withZero, 4, 1).method()).isEqualTo("hw(a)");
  }
}
