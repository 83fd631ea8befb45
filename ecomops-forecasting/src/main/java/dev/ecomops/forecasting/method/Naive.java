package dev.ecomops.forecasting.method;

/**
 * The naive method: every step forecasts the last value (a random walk; Hyndman and
 * Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., 2021, section 5.2). Intervals:
 * σ√h with σ the root mean square of the one-step differences (section 5.5).
 */
public final class Naive implements ForecastMethod {
  @Override
  public String name() {
    return "naive";
  }

  @Override
  public Forecast forecast(double[] y, int seasonLength, int horizon) {
    ForecastMethod.check(y, seasonLength, horizon);
    double sigma = Residuals.rms(y, 1);
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      mean[h - 1] = y[y.length - 1];
      sd[h - 1] = sigma * Math.sqrt(h);
    }
    return Forecast.normal(name(), mean, sd, 0);
  }
}
