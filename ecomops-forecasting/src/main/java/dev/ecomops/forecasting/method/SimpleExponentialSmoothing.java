package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;

/**
 * Simple exponential smoothing in its state-space form ETS(A,N,N) (Hyndman, Koehler, Ord and
 * Snyder 2008, chapter 2): ℓ_t = ℓ_{t−1} + α e_t, forecasts ℓ_n for every step. The level starts at
 * the first value; α minimizes the in-sample sum of squared one-step errors (golden-section search
 * on [0.0001, 0.9999]) unless fixed. Intervals: σ²(1 + (h−1)α²), σ² the mean squared one-step error
 * (class 1 formula, section 6.1).
 */
public final class SimpleExponentialSmoothing implements ForecastMethod {
  private final double alpha;

  private SimpleExponentialSmoothing(double alpha) {
    this.alpha = alpha;
  }

  /** α fitted to each series. */
  public static SimpleExponentialSmoothing fitted() {
    return new SimpleExponentialSmoothing(Double.NaN);
  }

  /**
   * α fixed.
   *
   * @throws ValidationException naming {@code alpha} unless it is in (0, 1]
   */
  public static SimpleExponentialSmoothing withAlpha(double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw ValidationException.of("alpha", "must be in (0, 1]", alpha);
    }
    return new SimpleExponentialSmoothing(alpha);
  }

  @Override
  public String name() {
    return "ses";
  }

  @Override
  public Forecast forecast(double[] y, int seasonLength, int horizon) {
    ForecastMethod.check(y, seasonLength, horizon);
    double a = Double.isNaN(alpha) ? fitAlpha(y) : alpha;
    double level = y[0];
    double sse = 0;
    for (int t = 1; t < y.length; t++) {
      double e = y[t] - level;
      sse += e * e;
      level += a * e;
    }
    double sigma = y.length > 1 ? Math.sqrt(sse / (y.length - 1)) : 0;
    double[] mean = new double[horizon];
    java.util.Arrays.fill(mean, level);
    return Forecast.normal(name(), mean, Residuals.classOneSd(sigma, horizon, j -> a), 0);
  }

  /** The α in [0.0001, 0.9999] with the least sum of squared one-step errors (golden-section search). */
  static double fitAlpha(double[] y) {
    double lo = 0.0001;
    double hi = 0.9999;
    double g = (Math.sqrt(5) - 1) / 2;
    double x1 = hi - g * (hi - lo);
    double x2 = lo + g * (hi - lo);
    double f1 = sse(y, x1);
    double f2 = sse(y, x2);
    for (int i = 0; i < 40; i++) {
      if (f1 <= f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - g * (hi - lo);
        f1 = sse(y, x1);
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + g * (hi - lo);
        f2 = sse(y, x2);
      }
    }
    return (lo + hi) / 2;
  }

  private static double sse(double[] y, double a) {
    double level = y[0];
    double sse = 0;
    for (int t = 1; t < y.length; t++) {
      double e = y[t] - level;
      sse += e * e;
      level += a * e;
    }
    return sse;
  }
}
