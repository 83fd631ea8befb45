package dev.ecomops.forecasting.method;

/**
 * Classical multiplicative decomposition, used to seasonally adjust a series before a
 * non-seasonal method and to put the season back on its forecasts (as in the M3 competition's
 * NAIVE2, SINGLE and THETA; Makridakis, Wheelwright and Hyndman 1998, Forecasting: Methods and
 * Applications, section 3/4).
 */
final class Seasonality {
  private Seasonality() {}

  /**
   * Whether the series is seasonal at lag m: its autocorrelation at lag m exceeds the 90% bound
   * 1.645 · √((1 + 2 Σ_{k<m} r_k²) / n), the test of Assimakopoulos and Nikolopoulos (2000) as
   * implemented in R's {@code forecast::thetaf}. Needs at least three seasons.
   */
  static boolean isSeasonal(double[] y, int m) {
    int n = y.length;
    if (m < 2 || n < 3 * m) {
      return false;
    }
    double mean = 0;
    for (double v : y) {
      mean += v / n;
    }
    double denom = 0;
    for (double v : y) {
      denom += (v - mean) * (v - mean);
    }
    if (denom == 0) {
      return false;
    }
    double sum = 0;
    double rm = 0;
    for (int k = 1; k <= m; k++) {
      double num = 0;
      for (int t = k; t < n; t++) {
        num += (y[t] - mean) * (y[t - k] - mean);
      }
      double r = num / denom;
      if (k < m) {
        sum += r * r;
      } else {
        rm = r;
      }
    }
    return Math.abs(rm) > 1.645 * Math.sqrt((1 + 2 * sum) / n);
  }

  /**
   * Seasonal indices by position t mod m, averaging 1: the mean ratio of each value to its
   * centred moving average (2×m when m is even). Falls back to all ones (no adjustment) with too
   * little data, a moving average of zero, or a position whose index would be zero.
   */
  static double[] indices(double[] y, int m) {
    int n = y.length;
    double[] idx = new double[m];
    java.util.Arrays.fill(idx, 1);
    if (n < 2 * m) {
      return idx;
    }
    double[] sum = new double[m];
    int[] count = new int[m];
    int half = m / 2;
    for (int t = half; t < n - half; t++) {
      double ma;
      if (m % 2 == 1) {
        ma = 0;
        for (int k = t - half; k <= t + half; k++) {
          ma += y[k] / m;
        }
      } else {
        if (t + half >= n) {
          break;
        }
        ma = 0.5 * y[t - half] / m + 0.5 * y[t + half] / m;
        for (int k = t - half + 1; k < t + half; k++) {
          ma += y[k] / m;
        }
      }
      if (ma <= 0) {
        return idx;
      }
      sum[t % m] += y[t] / ma;
      count[t % m]++;
    }
    double total = 0;
    for (int j = 0; j < m; j++) {
      idx[j] = count[j] == 0 ? 1 : sum[j] / count[j];
      total += idx[j];
    }
    for (int j = 0; j < m; j++) {
      idx[j] = idx[j] * m / total;
      if (!(idx[j] > 1e-9) || Double.isInfinite(idx[j])) {
        // a season position without demand cannot be divided out: no adjustment at all
        java.util.Arrays.fill(idx, 1);
        return idx;
      }
    }
    return idx;
  }
}
