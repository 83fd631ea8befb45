package dev.ecomops.forecasting.method;

/**
 * Another method run on the seasonally adjusted series and its forecasts reseasonalized: classical
 * multiplicative decomposition when the autocorrelation test finds a season, the method alone
 * otherwise. This is how the M3 competition ran its exponential smoothing entries (SINGLE,
 * DAMPEN; Makridakis and Hibon 2000). Intervals are the method's, scaled by the seasonal index.
 */
public final class SeasonallyAdjusted implements ForecastMethod {
  private final ForecastMethod method;

  /** @param method the non-seasonal method to run on adjusted data */
  public SeasonallyAdjusted(ForecastMethod method) {
    this.method = method;
  }

  @Override
  public String name() {
    return method.name() + "-sa";
  }

  @Override
  public Forecast forecast(double[] y, int m, int horizon) {
    ForecastMethod.check(y, m, horizon);
    if (!Seasonality.isSeasonal(y, m)) {
      Forecast f = method.forecast(y, 1, horizon);
      return new Forecast(name(), f.mean(), f.lo95(), f.hi95());
    }
    double[] idx = Seasonality.indices(y, m);
    double[] x = new double[y.length];
    for (int t = 0; t < y.length; t++) {
      x[t] = y[t] / idx[t % m];
    }
    Forecast f = method.forecast(x, 1, horizon);
    double[] mean = f.mean();
    double[] lo = f.lo95();
    double[] hi = f.hi95();
    for (int h = 1; h <= horizon; h++) {
      double s = idx[(y.length + h - 1) % m];
      mean[h - 1] *= s;
      lo[h - 1] *= s;
      hi[h - 1] *= s;
    }
    return new Forecast(name(), mean, lo, hi);
  }
}
