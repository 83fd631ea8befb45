package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;

/**
 * Methods for intermittent demand, which update only when demand occurs (Croston, SBA) or every
 * period (TSB):
 *
 * <ul>
 *   <li>Croston (1972), "Forecasting and stock control for intermittent demands", Operational
 *       Research Quarterly 23(3): smooth the non-zero demand sizes z and the intervals p between
 *       them with α; forecast z / p per period.
 *   <li>SBA, Syntetos and Boylan (2005), "The accuracy of intermittent demand estimates",
 *       International Journal of Forecasting 21(2): Croston's forecast times (1 − α/2), which
 *       removes its bias.
 *   <li>TSB, Teunter, Syntetos and Babai (2011), "Intermittent demand: linking forecasting to
 *       inventory obsolescence", EJOR 214(3): smooth the probability d of demand every period with
 *       β and the size z on demand with α; forecast d · z, which decays when demand stops.
 * </ul>
 *
 * Sizes start at the first non-zero demand, intervals at its position (periods from the start,
 * inclusive), TSB's probability at one over that. The same forecast applies to every step.
 * Intervals come from the in-sample one-step errors (the literature gives no analytic ones): ±
 * 1.96 σ √h, floored at 0. A history without demand forecasts 0.
 */
public final class Intermittent implements ForecastMethod {
  /** Which method. */
  public enum Kind {
    /** Croston's method. */
    CROSTON,
    /** The Syntetos-Boylan approximation. */
    SBA,
    /** Teunter-Syntetos-Babai. */
    TSB
  }

  private final Kind kind;
  private final double alpha;
  private final double beta;

  private Intermittent(Kind kind, double alpha, double beta) {
    this.kind = kind;
    this.alpha = alpha;
    this.beta = beta;
  }

  /** Croston with α = 0.1, the value Croston and most software use. */
  public static Intermittent croston() {
    return of(Kind.CROSTON, 0.1, 0.1);
  }

  /** SBA with α = 0.1. */
  public static Intermittent sba() {
    return of(Kind.SBA, 0.1, 0.1);
  }

  /** TSB with α = β = 0.1. */
  public static Intermittent tsb() {
    return of(Kind.TSB, 0.1, 0.1);
  }

  /**
   * A method with its smoothing constants (β is used by TSB only).
   *
   * @throws ValidationException naming the field unless α and β are in (0, 1]
   */
  public static Intermittent of(Kind kind, double alpha, double beta) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw ValidationException.of("alpha", "must be in (0, 1]", alpha);
    }
    if (!(beta > 0 && beta <= 1)) {
      throw ValidationException.of("beta", "must be in (0, 1]", beta);
    }
    return new Intermittent(kind, alpha, beta);
  }

  @Override
  public String name() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Forecast forecast(double[] y, int seasonLength, int horizon) {
    ForecastMethod.check(y, seasonLength, horizon);
    int first = -1;
    for (int t = 0; t < y.length; t++) {
      if (y[t] > 0) {
        first = t;
        break;
      }
    }
    double[] mean = new double[horizon];
    double[] sd = new double[horizon];
    if (first < 0) {
      return Forecast.normal(name(), mean, sd, 0);
    }
    double z = y[first];
    double p = first + 1;
    double d = 1 / p;
    int q = 0;
    double ss = 0;
    int n = 0;
    for (int t = first + 1; t < y.length; t++) {
      double f = current(z, p, d);
      ss += (y[t] - f) * (y[t] - f);
      n++;
      q++;
      if (kind == Kind.TSB) {
        d += beta * ((y[t] > 0 ? 1 : 0) - d);
      }
      if (y[t] > 0) {
        z += alpha * (y[t] - z);
        p += alpha * (q - p);
        q = 0;
      }
    }
    double level = current(z, p, d);
    double sigma = n == 0 ? 0 : Math.sqrt(ss / n);
    for (int h = 1; h <= horizon; h++) {
      mean[h - 1] = level;
      sd[h - 1] = sigma * Math.sqrt(h);
    }
    return Forecast.normal(name(), mean, sd, 0);
  }

  private double current(double z, double p, double d) {
    return switch (kind) {
      case CROSTON -> z / p;
      case SBA -> (1 - alpha / 2) * z / p;
      case TSB -> d * z;
    };
  }
}
