package dev.ecomops.forecasting.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each method against values worked by hand. */
@DisplayName("Forecasting methods, worked by hand")
class MethodsTest {

  @Test
  @DisplayName("naive repeats the last value; its interval is 1.96 σ √h with σ the RMS of differences")
  void naive() {
    Forecast f = new Naive().forecast(new double[] {10, 12, 11, 13}, 1, 4);
    assertThat(f.mean()).containsExactly(13, 13, 13, 13);
    // differences 2, -1, 2: σ = √(9/3) = √3
    assertThat(f.hi95()[3] - 13).isCloseTo(1.959964 * Math.sqrt(3) * 2, within(1e-9));
  }

  @Test
  @DisplayName("seasonal naive repeats the last season")
  void seasonalNaive() {
    Forecast f = new SeasonalNaive().forecast(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 4, 6);
    assertThat(f.mean()).containsExactly(5, 6, 7, 8, 5, 6);
    // every seasonal difference is 4: σ = 4; steps 1-4 one season ahead, 5-6 two
    assertThat(f.hi95()[0] - 5).isCloseTo(1.959964 * 4, within(1e-9));
    assertThat(f.hi95()[4] - 5).isCloseTo(1.959964 * 4 * Math.sqrt(2), within(1e-9));
  }

  @Test
  @DisplayName("a moving average of the last 3 values")
  void movingAverage() {
    assertThat(new MovingAverage(3).forecast(new double[] {4, 8, 1, 2, 3}, 1, 2).mean()).containsExactly(2, 2);
    assertThatThrownBy(() -> new MovingAverage(0)).isInstanceOf(ValidationException.class).hasMessageContaining("window");
  }

  @Test
  @DisplayName("SES with α = 0.5 on 10, 20, 30: level 10, then 15, then 22.5")
  void ses_fixed() {
    Forecast f = SimpleExponentialSmoothing.withAlpha(0.5).forecast(new double[] {10, 20, 30}, 1, 3);
    assertThat(f.mean()).containsExactly(22.5, 22.5, 22.5);
    // errors 10 and 15: σ² = 325 / 2; step 3 variance σ²(1 + 2 · 0.25)
    assertThat(f.hi95()[2] - 22.5).isCloseTo(1.959964 * Math.sqrt(162.5 * 1.5), within(1e-9));
  }

  @Test
  @DisplayName("fitted SES follows a level shift closely (α near 1) and smooths noise around a flat level (α small)")
  void ses_fitted() {
    assertThat(SimpleExponentialSmoothing.fitAlpha(new double[] {1, 1, 1, 9, 9, 9, 9, 9})).isGreaterThan(0.95);
    assertThat(SimpleExponentialSmoothing.fitAlpha(new double[] {10, 12, 8, 11, 9, 10, 12, 8, 10, 11})).isLessThan(0.3);
  }

  @Test
  @DisplayName("Holt continues a straight line exactly; damped flattens it by φ + φ² + ...")
  void holt() {
    double[] line = {10, 12, 14, 16};
    assertThat(Holt.withParameters(0.5, 0.5, 1).forecast(line, 1, 3).mean()).containsExactly(18, 20, 22);
    Forecast d = Holt.withParameters(0.5, 0.5, 0.5).forecast(line, 1, 2);
    // level 10, trend 2; t=1: f = 11, e = 1, level 11.5, trend 1.5; t=2: f = 12.25, e = 1.75,
    // level 13.125, trend 1.625; t=3: f = 13.9375, e = 2.0625, level 14.96875, trend 1.84375
    assertThat(d.mean(1)).isCloseTo(14.96875 + 0.5 * 1.84375, within(1e-9));
    assertThat(d.mean(2)).isCloseTo(14.96875 + 0.75 * 1.84375, within(1e-9));
    assertThat(Holt.linear().forecast(new double[] {3, 5, 7, 9, 11, 13}, 1, 2).mean())
        .satisfies(m -> assertThat(m[0]).isCloseTo(15, within(1e-3)));
    assertThatThrownBy(() -> Holt.withParameters(0.2, 0.5, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("beta");
  }

  @Test
  @DisplayName("Croston on 0, 0, 3, 0, 0, 6 with α = 0.1: size 3.3 over interval 3")
  void croston() {
    double[] y = {0, 0, 3, 0, 0, 6};
    assertThat(Intermittent.croston().forecast(y, 1, 1).mean(1)).isCloseTo(1.1, within(1e-12));
    assertThat(Intermittent.sba().forecast(y, 1, 1).mean(1)).isCloseTo(1.1 * 0.95, within(1e-12));
  }

  @Test
  @DisplayName("TSB on 0, 2, 0, 2 with α = β = 0.5: probability 0.5, 0.25, 0.625; size 2")
  void tsb() {
    Forecast f = Intermittent.of(Intermittent.Kind.TSB, 0.5, 0.5).forecast(new double[] {0, 2, 0, 2}, 1, 2);
    assertThat(f.mean()).containsExactly(1.25, 1.25);
    assertThat(Intermittent.tsb().forecast(new double[] {0, 0, 0}, 1, 1).mean(1)).isZero();
  }

  @Test
  @DisplayName("every method refuses an empty history, a negative value and a horizon below 1, naming the field")
  void badInput() {
    for (ForecastMethod m : new ForecastMethod[] {new Naive(), new SeasonalNaive(), new MovingAverage(3),
        SimpleExponentialSmoothing.fitted(), Holt.linear(), Holt.damped(), Intermittent.croston(), Intermittent.sba(),
        Intermittent.tsb()}) {
      assertThatThrownBy(() -> m.forecast(new double[0], 1, 1)).as(m.name()).hasMessageContaining("history");
      assertThatThrownBy(() -> m.forecast(new double[] {1, -2}, 1, 1)).as(m.name()).hasMessageContaining("history[1]");
      assertThatThrownBy(() -> m.forecast(new double[] {1}, 1, 0)).as(m.name()).hasMessageContaining("horizon");
    }
  }
}
