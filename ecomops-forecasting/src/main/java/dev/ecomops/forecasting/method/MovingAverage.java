package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;

/**
 * The mean of the last k values for every step (Hyndman and Athanasopoulos 2021, section 5.2, the
 * average method over a window). Intervals from the in-sample one-step residuals of the same
 * moving average: ± 1.96 σ, constant over the horizon, as for forecasts of an i.i.d. level.
 */
public final class MovingAverage implements ForecastMethod {
  private final int window;

  /**
   * @param window values averaged, at least 1
   * @throws ValidationException naming {@code window} if below 1
   */
  public MovingAverage(int window) {
    if (window < 1) {
      throw ValidationException.of("window", "must be at least 1", window);
    }
    this.window = window;
  }

  @Override
  public String name() {
    return "ma(" + window + ")";
  }

  @Override
  public Forecast forecast(double[] y, int seasonLength, int horizon) {
    ForecastMethod.check(y, seasonLength, horizon);
    int k = Math.min(window, y.length);
    double level = 0;
    for (int i = y.length - k; i < y.length; i++) {
      level += y[i] / k;
    }
    double ss = 0;
    int n = 0;
    for (int t = k; t < y.length; t++) {
      double f = 0;
      for (int i = t - k; i < t; i++) {
        f += y[i] / k;
      }
      ss += (y[t] - f) * (y[t] - f);
      n++;
    }
    double sigma = n == 0 ? 0 : Math.sqrt(ss / n);
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    java.util.Arrays.fill(mean, level);
    java.util.Arrays.fill(sd, sigma);
    return Forecast.normal(name(), mean, sd, 0);
  }
}
