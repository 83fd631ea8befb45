package dev.ecomops.forecasting.method;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000), "The theta model: a decomposition
 * approach to forecasting", International Journal of Forecasting 16(4), the M3 competition's
 * winner, in the form Hyndman and Billah (2003, "Unmasking the Theta method", IJF 19(2)) showed it
 * equals: simple exponential smoothing with drift half the slope b of a linear regression on time,
 * f_h = ℓ_n + b/2 · (h − 1 + (1 − (1 − α)^n) / α). A seasonal series (autocorrelation test at lag m,
 * 90%) is first adjusted by classical multiplicative decomposition and its forecasts reseasonalized.
 * Intervals: those of the underlying SES (class 1 formula), scaled by the seasonal index.
 */
public final class Theta implements ForecastMethod {
  @Override
  public String name() {
    return "theta";
  }

  @Override
  public Forecast forecast(double[] y, int m, int horizon) {
    ForecastMethod.check(y, m, horizon);
    int n = y.length;
    boolean seasonal = Seasonality.isSeasonal(y, m);
    double[] idx = seasonal ? Seasonality.indices(y, m) : null;
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = seasonal ? y[t] / idx[t % m] : y[t];
    }
    double alpha = SimpleExponentialSmoothing.fitAlpha(x);
    double level = x[0];
    double sse = 0;
    for (int t = 1; t < n; t++) {
      double e = x[t] - level;
      sse += e * e;
      level += alpha * e;
    }
    double slope = slope(x);
    double sigma = n > 1 ? Math.sqrt(sse / (n - 1)) : 0;
    double[] sdAdjusted = Residuals.classOneSd(sigma, horizon, j -> alpha);
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    double drift = (1 - Math.pow(1 - alpha, n)) / alpha;
    for (int h = 1; h <= horizon; h++) {
      double s = seasonal ? idx[(n + h - 1) % m] : 1;
      mean[h - 1] = Math.max(0, (level + slope / 2 * (h - 1 + drift)) * s);
      sd[h - 1] = sdAdjusted[h - 1] * s;
    }
    return Forecast.normal(name(), mean, sd, 0);
  }

  /** The least-squares slope of x on t = 0..n−1; 0 for fewer than two points. */
  static double slope(double[] x) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double tMean = (n - 1) / 2.0;
    double xMean = 0;
    for (double v : x) {
      xMean += v / n;
    }
    double num = 0;
    double den = 0;
    for (int t = 0; t < n; t++) {
      num += (t - tMean) * (x[t] - xMean);
      den += (t - tMean) * (t - tMean);
    }
    return num / den;
  }
}
