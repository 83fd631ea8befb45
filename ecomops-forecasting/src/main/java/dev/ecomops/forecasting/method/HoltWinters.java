package dev.ecomops.forecasting.method;

import dev.ecomops.forecasting.internal.NelderMead;

/**
 * Holt-Winters seasonal smoothing (Winters 1960, "Forecasting sales by exponentially weighted
 * moving averages", Management Science 6(3)) with additive or multiplicative season, in the
 * error-correction forms of Hyndman, Koehler, Ord and Snyder (2008, table 2.1), additive errors:
 *
 * <pre>
 * additive:       ŷ = ℓ + b + s_{t−m};    ℓ ← ℓ + b + αe;      b ← b + βe;      s_t = s_{t−m} + γe
 * multiplicative: ŷ = (ℓ + b)s_{t−m};     ℓ ← ℓ + b + αe/s;    b ← b + βe/s;    s_t = s_{t−m} + γe/(ℓ + b)
 * </pre>
 *
 * Starting values by the classical heuristic: ℓ the mean of the first season, b the difference of
 * the first two seasons' means over m, the first season's ratios (or differences) to ℓ as the
 * season. α, β ≤ α and γ ≤ 1 − α minimize the in-sample sum of squared one-step errors
 * (Nelder-Mead). Needs two full seasons, otherwise it is {@link Holt#damped()} on the series; a
 * multiplicative season needs positive data, otherwise the season is additive. Intervals: the class 1 formula with c_j = α + βj + γ[j mod
 * m = 0] (section 6.1), exact for additive, scaled by the seasonal index as an approximation for
 * multiplicative. Forecasts below zero are truncated to zero.
 */
public final class HoltWinters implements ForecastMethod {
  private final boolean multiplicative;

  private HoltWinters(boolean multiplicative) {
    this.multiplicative = multiplicative;
  }

  /** Additive season. */
  public static HoltWinters additive() {
    return new HoltWinters(false);
  }

  /** Multiplicative season. */
  public static HoltWinters multiplicative() {
    return new HoltWinters(true);
  }

  @Override
  public String name() {
    return multiplicative ? "hw(m)" : "hw(a)";
  }

  @Override
  public Forecast forecast(double[] y, int m, int horizon) {
    ForecastMethod.check(y, m, horizon);
    boolean positive = true;
    for (double v : y) {
      positive &= v > 0;
    }
    if (multiplicative && !positive && m >= 2 && y.length >= 2 * m) {
      return additive().forecast(y, m, horizon);
    }
    if (m < 2 || y.length < 2 * m) {
      Forecast f = Holt.damped().forecast(y, 1, horizon);
      return new Forecast(f.method(), f.mean(), f.lo95(), f.hi95());
    }
    double[] p = NelderMead.minimize(q -> run(y, m, q[0], Math.min(q[1], q[0]), Math.min(q[2], 1 - q[0]), null),
        new double[] {0.3, 0.05, 0.1}, new double[] {0.0001, 0.0001, 0.0001}, new double[] {0.9999, 0.9999, 0.9999}, 600);
    double a = p[0];
    double b = Math.min(p[1], p[0]);
    double g = Math.min(p[2], 1 - p[0]);
    double[] state = new double[2 + m];
    double sse = run(y, m, a, b, g, state);
    double sigma = Math.sqrt(sse / Math.max(1, y.length - m - 3));
    double[] sd = Residuals.classOneSd(sigma, horizon, j -> a + b * j + (j % m == 0 ? g : 0));
    double[] mean = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      double season = state[2 + (y.length + h - 1) % m];
      double trendLevel = state[0] + h * state[1];
      mean[h - 1] = Math.max(0, multiplicative ? trendLevel * season : trendLevel + season);
      if (multiplicative) {
        sd[h - 1] *= Math.abs(season); // a fitted index can drift below zero on near-zero data
      }
    }
    return Forecast.normal(name(), mean, sd, 0);
  }

  /**
   * Runs the recursions from the heuristic start; returns the sum of squared one-step errors over
   * the periods after the first season, and leaves level, trend and the last season's indices by
   * position t mod m in {@code state} when given.
   */
  private double run(double[] y, int m, double alpha, double beta, double gamma, double[] state) {
    double first = 0;
    double second = 0;
    for (int j = 0; j < m; j++) {
      first += y[j] / m;
      second += y[m + j] / m;
    }
    double level = first;
    double trend = (second - first) / m;
    double[] s = new double[m];
    for (int j = 0; j < m; j++) {
      s[j] = multiplicative ? y[j] / first : y[j] - first;
    }
    // the level and trend stand at the end of the first season
    level = level + trend * (m - 1) / 2.0;
    double sse = 0;
    for (int t = m; t < y.length; t++) {
      int k = t % m;
      double base = level + trend;
      double f = multiplicative ? base * s[k] : base + s[k];
      double e = y[t] - f;
      sse += e * e;
      if (multiplicative) {
        level = base + alpha * e / s[k];
        trend = trend + beta * e / s[k];
        s[k] = s[k] + gamma * e / base;
      } else {
        level = base + alpha * e;
        trend = trend + beta * e;
        s[k] = s[k] + gamma * e;
      }
    }
    if (state != null) {
      state[0] = level;
      state[1] = trend;
      System.arraycopy(s, 0, state, 2, m);
    }
    return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
  }
}
