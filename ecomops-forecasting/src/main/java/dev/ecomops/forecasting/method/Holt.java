package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.internal.NelderMead;

/**
 * Holt's linear trend method (Holt 1957) and its damped variant (Gardner and McKenzie 1985,
 * "Forecasting trends in time series", Management Science 31(10)), in the state-space forms
 * ETS(A,A,N) and ETS(A,Ad,N) of Hyndman, Koehler, Ord and Snyder (2008): forecast ℓ + φ_h b with
 * φ_h = φ + φ² + … + φ^h (φ = 1 undamped); ℓ_t = ℓ_{t−1} + φb_{t−1} + αe_t, b_t = φb_{t−1} + βe_t.
 * The level starts at the first value and the trend at the first difference; α, β (≤ α) and, when
 * damped, φ in [0.8, 0.98] minimize the in-sample sum of squared one-step errors (Nelder-Mead)
 * unless fixed. Point forecasts below zero are truncated to zero, since demand is never negative.
 * Intervals: class 1 formula with c_j = α + βφ_j (section 6.1), around the untruncated forecast's
 * spread.
 */
public final class Holt implements ForecastMethod {
  private final boolean damped;
  private final double[] fixed;

  private Holt(boolean damped, double[] fixed) {
    this.damped = damped;
    this.fixed = fixed;
  }

  /** Linear trend, parameters fitted. */
  public static Holt linear() {
    return new Holt(false, null);
  }

  /** Damped trend, parameters fitted. */
  public static Holt damped() {
    return new Holt(true, null);
  }

  /**
   * Fixed parameters.
   *
   * @throws ValidationException naming the field if α is not in (0, 1], β not in [0, α], or φ not in (0, 1]
   */
  public static Holt withParameters(double alpha, double beta, double phi) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw ValidationException.of("alpha", "must be in (0, 1]", alpha);
    }
    if (!(beta >= 0 && beta <= alpha)) {
      throw ValidationException.of("beta", "must be in [0, alpha]", beta);
    }
    if (!(phi > 0 && phi <= 1)) {
      throw ValidationException.of("phi", "must be in (0, 1]", phi);
    }
    return new Holt(phi < 1, new double[] {alpha, beta, phi});
  }

  @Override
  public String name() {
    return damped ? "damped" : "holt";
  }

  @Override
  public Forecast forecast(double[] y, int seasonLength, int horizon) {
    ForecastMethod.check(y, seasonLength, horizon);
    double[] p = fixed != null ? fixed : fit(y);
    double a = p[0];
    double b = p[1];
    double phi = p[2];
    double[] state = run(y, a, b, phi);
    double sigma = y.length > 2 ? Math.sqrt(state[2] / (y.length - 2)) : 0;
    double[] mean = new double[horizon];
    double phiH = 0;
    double pw = 1;
    for (int h = 1; h <= horizon; h++) {
      pw *= phi;
      phiH += pw;
      // demand is never negative: a falling trend stops at zero
      mean[h - 1] = Math.max(0, state[0] + phiH * state[1]);
    }
    double[] sd = Residuals.classOneSd(sigma, horizon, j -> a + b * phiSum(phi, j));
    return Forecast.normal(name(), mean, sd, 0);
  }

  private static double phiSum(double phi, int j) {
    double s = 0;
    double pw = 1;
    for (int i = 1; i <= j; i++) {
      pw *= phi;
      s += pw;
    }
    return s;
  }

  private double[] fit(double[] y) {
    if (y.length < 3) {
      return new double[] {0.5, 0.1, damped ? 0.98 : 1};
    }
    if (damped) {
      double[] x = NelderMead.minimize(q -> run(y, q[0], Math.min(q[1], q[0]), q[2])[2], new double[] {0.5, 0.1, 0.95},
          new double[] {0.0001, 0.0001, 0.8}, new double[] {0.9999, 0.9999, 0.98}, 400);
      return new double[] {x[0], Math.min(x[1], x[0]), x[2]};
    }
    double[] x = NelderMead.minimize(q -> run(y, q[0], Math.min(q[1], q[0]), 1)[2], new double[] {0.5, 0.1},
        new double[] {0.0001, 0.0001}, new double[] {0.9999, 0.9999}, 300);
    return new double[] {x[0], Math.min(x[1], x[0]), 1};
  }

  /** Runs the recursions: the final level, trend and the sum of squared one-step errors. */
  static double[] run(double[] y, double alpha, double beta, double phi) {
    double level = y[0];
    double trend = y.length > 1 ? y[1] - y[0] : 0;
    double sse = 0;
    for (int t = 1; t < y.length; t++) {
      double f = level + phi * trend;
      double e = y[t] - f;
      sse += t > 1 ? e * e : 0; // the first step set the starting trend, so it is left out of the errors
      level = f + alpha * e;
      trend = phi * trend + beta * e;
    }
    return new double[] {level, trend, sse};
  }
}
