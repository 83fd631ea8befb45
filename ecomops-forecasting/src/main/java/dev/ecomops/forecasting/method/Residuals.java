package dev.ecomops.forecasting.method;

/** Shared residual arithmetic. */
final class Residuals {
  private Residuals() {}

  /** Root mean square of {@code y[t] − y[t − lag]}; 0 when there are none. */
  static double rms(double[] y, int lag) {
    double ss = 0;
    int n = 0;
    for (int t = lag; t < y.length; t++) {
      double d = y[t] - y[t - lag];
      ss += d * d;
      n++;
    }
    return n == 0 ? 0 : Math.sqrt(ss / n);
  }

  /**
   * Standard deviations of the h-step forecast errors of a linear exponential smoothing model
   * whose errors propagate with weights c_j: σ²(1 + Σ_{j=1}^{h−1} c_j²) (Hyndman, Koehler, Ord and
   * Snyder 2008, Forecasting with Exponential Smoothing, section 6.1, class 1 models).
   */
  static double[] classOneSd(double sigma, int horizon, java.util.function.IntToDoubleFunction c) {
    double[] sd = new double[horizon];
    double sum = 0;
    for (int h = 1; h <= horizon; h++) {
      if (h > 1) {
        double cj = c.applyAsDouble(h - 1);
        sum += cj * cj;
      }
      sd[h - 1] = sigma * Math.sqrt(1 + sum);
    }
    return sd;
  }
}
