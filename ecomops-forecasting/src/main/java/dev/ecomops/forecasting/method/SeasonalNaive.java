package dev.ecomops.forecasting.method;

/**
 * The seasonal naive method: each step forecasts the value one season earlier (Hyndman and
 * Athanasopoulos 2021, section 5.2). Intervals: σ√(k+1), k = ⌊(h−1)/m⌋ the whole seasons ahead, σ
 * the root mean square of the seasonal differences (section 5.5). With less than one season of
 * history, or no season, it is {@link Naive}.
 */
public final class SeasonalNaive implements ForecastMethod {
  @Override
  public String name() {
    return "snaive";
  }

  @Override
  public Forecast forecast(double[] y, int m, int horizon) {
    ForecastMethod.check(y, m, horizon);
    if (m == 1 || y.length < m) {
      Forecast f = new Naive().forecast(y, m, horizon);
      return new Forecast(name(), f.mean(), f.lo95(), f.hi95());
    }
    double sigma = Residuals.rms(y, m);
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      mean[h - 1] = y[y.length - m + (h - 1) % m];
      sd[h - 1] = sigma * Math.sqrt((h - 1) / m + 1);
    }
    return Forecast.normal(name(), mean, sd, 0);
  }
}
