package dev.ecomops.forecasting.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Theta and seasonal adjustment")
class ThetaTest {

  @Test
  @DisplayName("the regression slope of 1, 3, 5, 7 is 2; of a constant 0")
  void slope() {
    assertThat(Theta.slope(new double[] {1, 3, 5, 7})).isCloseTo(2, within(1e-12));
    assertThat(Theta.slope(new double[] {4, 4, 4})).isZero();
  }

  @Test
  @DisplayName("on a straight line Theta's drift is half the slope: SES (α near 1) ends at the last value and adds b/2 per step")
  void line() {
    double[] y = {10, 12, 14, 16, 18, 20, 22, 24};
    Forecast f = new Theta().forecast(y, 1, 3);
    double alpha = SimpleExponentialSmoothing.fitAlpha(y);
    double drift = (1 - Math.pow(1 - alpha, y.length)) / alpha;
    double level = ses(y, alpha);
    for (int h = 1; h <= 3; h++) {
      assertThat(f.mean(h)).isCloseTo(level + 1.0 * (h - 1 + drift), within(1e-9));
    }
    assertThat(f.mean(2) - f.mean(1)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  @DisplayName("a series with a strong 4-period season is detected, and its indices average 1 and follow the pattern")
  void seasonality() {
    double[] y = new double[24];
    double[] pattern = {0.5, 1.0, 1.5, 1.0};
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 * pattern[t % 4];
    }
    assertThat(Seasonality.isSeasonal(y, 4)).isTrue();
    double[] idx = Seasonality.indices(y, 4);
    assertThat(idx[0] + idx[1] + idx[2] + idx[3]).isCloseTo(4, within(1e-9));
    assertThat(idx).containsExactly(new double[] {0.5, 1.0, 1.5, 1.0}, within(1e-9));
    // reseasonalized forecasts repeat the pattern around the flat adjusted level of 100
    Forecast f = new Theta().forecast(y, 4, 4);
    assertThat(f.mean()).containsExactly(new double[] {50, 100, 150, 100}, within(1e-6));
    assertThat(Seasonality.isSeasonal(new double[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, 4)).isFalse();
  }

  private static double ses(double[] y, double alpha) {
    double level = y[0];
    for (int t = 1; t < y.length; t++) {
      level += alpha * (y[t] - level);
    }
    return level;
  }
}
