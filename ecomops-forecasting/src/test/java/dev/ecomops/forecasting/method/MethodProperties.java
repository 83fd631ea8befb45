package dev.ecomops.forecasting.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.forecasting.selection.Auto;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Forecasting method properties")
class MethodProperties {
  static final List<ForecastMethod> ALL = List.of(new Naive(), new SeasonalNaive(), new MovingAverage(4),
      SimpleExponentialSmoothing.fitted(), Holt.linear(), Holt.damped(), Intermittent.croston(), Intermittent.sba(),
      Intermittent.tsb(), new Theta(), Auto.byClass(), new SeasonallyAdjusted(Holt.damped()), HoltWinters.additive(),
      HoltWinters.multiplicative(), Ets.auto(), Combination.of(List.of(Ets.auto(), new Theta())));

  static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  @DisplayName("a constant series forecasts that constant, with a zero-width interval")
  void constant() {
    qt().forAll(doubles().between(0, 1_000), integers().between(2, 40), integers().between(1, 12)).checkAssert((c, n, h) -> {
      double[] y = new double[n];
      java.util.Arrays.fill(y, c);
      for (ForecastMethod m : ALL) {
        if (m instanceof Intermittent && c == 0) {
          continue;
        }
        Forecast f = m.forecast(y, 4, h);
        double expected = m.name().equals("sba") ? c * 0.95 : c;
        for (int i = 1; i <= h; i++) {
          assertThat(f.mean(i)).as("%s step %d", m.name(), i).isCloseTo(expected, within(1e-6 * (1 + c)));
        }
      }
    });
  }

  /**
   * The interval at step i is at least as wide as at step j < i. A multiplicative error's spread is
   * proportional to the forecast, so when that forecast falls its width may shrink in absolute terms
   * while growing relative to the forecast (Hyndman et al. 2008, section 6.3); those models are held
   * to the relative rule, as long as the forecast stays positive: a multiplicative model whose
   * trend takes it to zero (the point forecast floored there) has left the domain where its
   * variance formulas hold. A combination averages its members' bounds (CombinationTest), so with
   * a multiplicative-error member it inherits no rule of its own.
   */
  static void assertWidens(Forecast f, int i, int j) {
    double wi = f.hi95()[i] - f.mean()[i];
    double wj = f.hi95()[j] - f.mean()[j];
    String method = f.method();
    boolean multiplicative = method.contains("ets(M");
    if (multiplicative && (method.contains("+") || f.mean()[i] == 0)) {
      return;
    }
    boolean absolute = wi >= wj - 1e-9 * (1 + wj);
    boolean relative = multiplicative && f.mean()[i] > 0 && f.mean()[j] > 0
        && wi / f.mean()[i] >= wj / f.mean()[j] * (1 - 1e-9);
    assertThat(absolute || relative).as("%s width %s at step %d against %s at step %d (means %s, %s)", method, wi, i + 1, wj,
        j + 1, f.mean()[i], f.mean()[j]).isTrue();
  }

  @Test
  @DisplayName("forecasts and intervals are finite, ordered lo ≤ mean ≤ hi, never below 0, and widen with the horizon (season by season)")
  void finiteOrderedWidening() {
    qt().withExamples(300).forAll(lists().of(doubles().between(0, 500)).ofSizeBetween(1, 60), integers().between(1, 18))
        .checkAssert((values, h) -> {
          double[] y = array(values);
          for (ForecastMethod m : ALL) {
            Forecast f = m.forecast(y, 4, h);
            for (int i = 0; i < h; i++) {
              assertThat(f.mean()[i]).as(m.name()).isFinite().isGreaterThanOrEqualTo(0);
              assertThat(f.lo95()[i]).as(m.name()).isFinite().isLessThanOrEqualTo(f.mean()[i]).isGreaterThanOrEqualTo(0);
              assertThat(f.hi95()[i]).as(m.name()).isFinite().isGreaterThanOrEqualTo(f.mean()[i]);
              // a multiplicative season scales the width by its index, so compare each step with
              // the same position one season (4 steps) earlier
              if (i >= 4) {
                assertWidens(f, i, i - 4);
              }
            }
          }
        });
  }
}
