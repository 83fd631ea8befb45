package dev.ecomops.forecasting.method;

import dev.ecomops.forecasting.internal.NelderMead;
import dev.ecomops.forecasting.method.EtsModel.ErrorType;
import dev.ecomops.forecasting.method.EtsModel.SeasonType;
import dev.ecomops.forecasting.method.EtsModel.TrendType;
import org.jspecify.annotations.Nullable;

/**
 * Maximum likelihood estimation of one ETS model (Hyndman et al. 2008, chapter 5): the smoothing
 * parameters and the initial states together minimize
 *
 * <pre>
 * L*(θ, x₀) = n log Σ ε_t² + 2 Σ log |ŷ_t|   (the second term for multiplicative errors only)
 * </pre>
 *
 * which is −2 log-likelihood with σ² concentrated out, up to a constant. The search is Nelder-Mead
 * from the heuristic starting states of section 2.6.1 (classical decomposition of the first three
 * seasons, then a regression line through the first seasonally adjusted values), within the usual
 * region 10⁻⁴ ≤ α ≤ 0.9999, 10⁻⁴ ≤ β ≤ α, 10⁻⁴ ≤ γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98. Points outside it, or
 * where a multiplicative model would divide by a non-positive value, score +∞.
 *
 * <p>For speed the data are divided by their mean first, so that every state is of order one and
 * one simplex scale suits all coordinates; the likelihood shifts by the same constant for every
 * model of a series, so the choice between models is unchanged. The recursion allocates nothing.
 * Not thread safe: one estimator per fit.
 */
final class EtsEstimator {
  static final double LOWER = 1e-4;
  static final double UPPER = 0.9999;
  static final double PHI_LOWER = 0.8;
  static final double PHI_UPPER = 0.98;
  /** The evaluation budget, as {@code forecast::ets}'s maxit. */
  private static final int EVALUATIONS = 2_000;

  private final EtsModel model;
  private final double[] y;
  private final double scale;
  private final int m;
  private final boolean multError;
  private final boolean trended;
  private final boolean damped;
  private final boolean seasonal;
  private final boolean multSeason;
  /** Index of each parameter in the vector, −1 when the model has none. */
  private final int iBeta;
  private final int iGamma;
  private final int iPhi;
  private final int iLevel;
  private final int iTrend;
  private final int iSeason;
  private final int size;
  /** The seasonal ring, and what the last evaluation ended with. */
  private final double[] season;
  private double lastLevel;
  private double lastTrend;
  private double lastSse;

  /**
   * @param history positive when the model has a multiplicative part, covering two seasons when seasonal
   * @param seasonLength used only by seasonal models
   */
  EtsEstimator(EtsModel model, double[] history, int seasonLength) {
    this.model = model;
    multError = model.error() == ErrorType.MULTIPLICATIVE;
    trended = model.trend() != TrendType.NONE;
    damped = model.trend() == TrendType.DAMPED;
    seasonal = model.season() != SeasonType.NONE;
    multSeason = model.season() == SeasonType.MULTIPLICATIVE;
    m = seasonal ? seasonLength : 1;
    double mean = 0;
    for (double v : history) {
      mean += v / history.length;
    }
    scale = mean > 0 ? mean : 1;
    y = new double[history.length];
    for (int t = 0; t < y.length; t++) {
      y[t] = history[t] / scale;
    }
    int i = 1;
    iBeta = trended ? i++ : -1;
    iGamma = seasonal ? i++ : -1;
    iPhi = damped ? i++ : -1;
    iLevel = i++;
    iTrend = trended ? i++ : -1;
    iSeason = seasonal ? i : -1;
    size = seasonal ? i + m - 1 : i;
    season = new double[m];
  }

  /** The number of estimated parameters: smoothing parameters and free initial states. */
  static int parameters(EtsModel model, int seasonLength) {
    boolean trended = model.trend() != TrendType.NONE;
    boolean seasonal = model.season() != SeasonType.NONE;
    return 2 + (trended ? 2 : 0) + (model.trend() == TrendType.DAMPED ? 1 : 0) + (seasonal ? seasonLength : 0);
  }

  /** Fits the model; null when no admissible point was found (the likelihood is +∞ everywhere tried). */
  @Nullable EtsFit fit() {
    double[] start = start();
    double[] steps = new double[size];
    double[] lower = new double[size];
    double[] upper = new double[size];
    for (int k = 0; k < size; k++) {
      boolean smoothing = k < iLevel;
      lower[k] = smoothing ? (k == iPhi ? PHI_LOWER : LOWER) : Double.NEGATIVE_INFINITY;
      upper[k] = smoothing ? (k == iPhi ? PHI_UPPER : UPPER) : Double.POSITIVE_INFINITY;
      steps[k] = smoothing ? (k == iPhi ? 0.05 : 0.1) : 0.1 * Math.max(Math.abs(start[k]), k == iLevel ? 0.1 : 0.02);
    }
    double[] p = NelderMead.minimize(this::objective, start, steps, lower, upper, EVALUATIONS, 1e-8);
    double objective = objective(p);
    if (!Double.isFinite(objective)) {
      return null;
    }
    return result(p, objective);
  }

  /** Starting parameters: those of {@code forecast::ets} for the smoothing, the heuristic states. */
  double[] start() {
    double[] p = new double[size];
    double alpha = LOWER + 0.2 * (UPPER - LOWER) / m;
    p[0] = alpha;
    if (trended) {
      p[iBeta] = Math.min(LOWER + 0.1 * (UPPER - LOWER), alpha - 1e-3 > LOWER ? alpha - 1e-3 : LOWER);
    }
    if (seasonal) {
      p[iGamma] = Math.min(LOWER + 0.05 * (UPPER - LOWER), 1 - alpha - 1e-3);
    }
    if (damped) {
      p[iPhi] = PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER);
    }
    double[] s = new double[m];
    if (seasonal) {
      initialSeason(s);
    }
    int maxn = Math.min(Math.max(10, 2 * m), y.length);
    double[] adjusted = new double[maxn];
    for (int t = 0; t < maxn; t++) {
      adjusted[t] = !seasonal ? y[t] : multSeason ? y[t] / s[t % m] : y[t] - s[t % m];
    }
    if (trended && maxn >= 2) {
      // least squares line through (1, adjusted[0]) … (maxn, adjusted[maxn − 1]); the level starts at t = 0
      double mx = (maxn + 1) / 2.0;
      double my = 0;
      for (double v : adjusted) {
        my += v / maxn;
      }
      double sxy = 0;
      double sxx = 0;
      for (int t = 0; t < maxn; t++) {
        sxy += (t + 1 - mx) * (adjusted[t] - my);
        sxx += (t + 1 - mx) * (t + 1 - mx);
      }
      double slope = sxy / sxx;
      p[iLevel] = my - slope * mx;
      p[iTrend] = slope;
      if (multError && p[iLevel] + p[iTrend] <= 0) {
        p[iLevel] = my;
        p[iTrend] = 0;
      }
    } else {
      double my = 0;
      for (double v : adjusted) {
        my += v / maxn;
      }
      p[iLevel] = my;
    }
    if (seasonal) {
      System.arraycopy(s, 0, p, iSeason, m - 1);
    }
    return p;
  }

  /**
   * The first seasons' average ratio (or difference) to a centred moving average of order m
   * (2×m when m is even), normalized to average 1 (or 0): the classical decomposition of the
   * first min(n, 3m) values.
   */
  private void initialSeason(double[] s) {
    int n = Math.min(y.length, 3 * m);
    double[] sum = new double[m];
    int[] count = new int[m];
    int half = m / 2;
    for (int t = half; t + half < n; t++) {
      double ma = 0;
      if (m % 2 == 1) {
        for (int k = t - half; k <= t + half; k++) {
          ma += y[k];
        }
      } else {
        ma = 0.5 * (y[t - half] + y[t + half]);
        for (int k = t - half + 1; k < t + half; k++) {
          ma += y[k];
        }
      }
      ma /= m;
      sum[t % m] += multSeason ? y[t] / ma : y[t] - ma;
      count[t % m]++;
    }
    double total = 0;
    for (int j = 0; j < m; j++) {
      s[j] = count[j] == 0 ? (multSeason ? 1 : 0) : sum[j] / count[j];
      total += s[j];
    }
    for (int j = 0; j < m; j++) {
      s[j] = multSeason ? s[j] * m / total : s[j] - total / m;
    }
  }

  /** L*(θ, x₀) for the parameter vector p, +∞ outside the admissible region. */
  double objective(double[] p) {
    double alpha = p[0];
    double beta = trended ? p[iBeta] : 0;
    double gamma = seasonal ? p[iGamma] : 0;
    double phi = damped ? p[iPhi] : 1;
    if (beta > alpha || gamma > 1 - alpha) {
      return Double.POSITIVE_INFINITY;
    }
    double level = p[iLevel];
    double trend = trended ? p[iTrend] : 0;
    double[] s = season;
    if (seasonal) {
      double last = multSeason ? m : 0;
      for (int j = 0; j < m - 1; j++) {
        s[j] = p[iSeason + j];
        last -= s[j];
        if (multSeason && !(s[j] > 0)) {
          return Double.POSITIVE_INFINITY;
        }
      }
      s[m - 1] = last;
      if (multSeason && !(last > 0)) {
        return Double.POSITIVE_INFINITY;
      }
    }
    double sse = 0;
    double logSum = 0;
    double product = 1;
    int j = 0;
    for (int t = 0; t < y.length; t++) {
      double base = level + phi * trend;
      double f;
      double si = 0;
      if (multSeason) {
        si = s[j];
        if (!(base > 0)) {
          return Double.POSITIVE_INFINITY;
        }
        f = base * si;
      } else {
        si = seasonal ? s[j] : 0;
        f = base + si;
      }
      double e = y[t] - f;
      if (multError) {
        if (!(f > 0)) {
          return Double.POSITIVE_INFINITY;
        }
        double r = e / f;
        sse += r * r;
        product *= f;
        if (product > 1e100 || product < 1e-100) {
          logSum += Math.log(product);
          product = 1;
        }
      } else {
        sse += e * e;
      }
      if (multSeason) {
        double d = e / si;
        level = base + alpha * d;
        trend = phi * trend + beta * d;
        s[j] = si + gamma * e / base;
      } else {
        level = base + alpha * e;
        trend = phi * trend + beta * e;
        if (seasonal) {
          s[j] = si + gamma * e;
        }
      }
      if (++j == m) {
        j = 0;
      }
    }
    logSum += Math.log(product);
    lastLevel = level;
    lastTrend = trend;
    lastSse = sse;
    double value = y.length * Math.log(sse + 1e-12 * y.length) + 2 * logSum;
    return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
  }

  /** The estimates, with the final states the last evaluation of the objective left behind. */
  private EtsFit result(double[] p, double objective) {
    objective(p);
    int n = y.length;
    int k = parameters(model, m);
    // the concentrated log-likelihood in the data's own units: undo the division by the scale
    double logLik = -0.5 * (objective - n * Math.log(n) + n * (1 + Math.log(2 * Math.PI))) - n * Math.log(scale);
    double units = multError ? 1 : scale * scale;
    double sigma2 = lastSse / Math.max(1, n - k) * units;
    double[] next = new double[m];
    for (int q = 0; q < m; q++) {
      // the ring holds the index of times ≡ q (mod m) at q; re-base it so that [0] is the next period's
      double v = season[(n + q) % m];
      next[q] = !seasonal ? (multSeason ? 1 : 0) : multSeason ? v : v * scale;
    }
    return new EtsFit(model, p[0], trended ? p[iBeta] : 0, seasonal ? p[iGamma] : 0, damped ? p[iPhi] : 1,
        lastLevel * scale, lastTrend * scale, next, sigma2, logLik, n, k + 1);
  }
}
