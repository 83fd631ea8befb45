package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.method.EtsModel.ErrorType;
import dev.ecomops.forecasting.method.EtsModel.SeasonType;

/**
 * An ETS model fitted to one series by maximum likelihood: its parameters, final states,
 * information criteria, and forecasts with prediction intervals. Immutable and thread safe.
 *
 * <p>Point forecasts are ŷ_h = (ℓ + φ_h b) ∘ s_h with φ_h = φ + … + φ^h (h without damping, 0
 * without trend) and ∘ the season's + or ×. Forecast variances are the analytic ones of Hyndman,
 * Koehler, Ord and Snyder (2005), "Prediction intervals for exponential smoothing using two new
 * classes of state space models", Journal of Forecasting 24(1), and of their 2008 book, chapter 6,
 * with c_j = α + βφ_j (+ γ when j is a multiple of m):
 *
 * <ul>
 *   <li>class 1 (additive error): v_h = σ²(1 + Σ_{j&lt;h} c_j²), exact;
 *   <li>class 2 (multiplicative error, no or additive season): v_h = (1 + σ²)θ_h − ŷ_h² with θ_1 =
 *       ŷ_1² and θ_h = ŷ_h² + σ² Σ_{j&lt;h} c_j² θ_{h−j}, exact;
 *   <li>class 3 (multiplicative error and season): v_h ≈ s_h²[θ_h(1 + σ²)(1 + γ²σ²)^k − μ̃_h²] with
 *       θ on the deseasonalized forecast μ̃_h = ℓ + φ_h b, c_j without γ, and k = ⌊(h − 1)/m⌋, the
 *       authors' approximation.
 * </ul>
 *
 * The 95% interval is ŷ_h ± 1.96 √v_h. Demand is never negative: point forecasts and lower bounds
 * are floored at zero.
 */
public final class EtsFit {
  private final EtsModel model;
  private final double alpha;
  private final double beta;
  private final double gamma;
  private final double phi;
  private final double level;
  private final double trend;
  private final double[] season;
  private final double sigma2;
  private final double logLikelihood;
  private final int observations;
  private final int parameters;

  EtsFit(EtsModel model, double alpha, double beta, double gamma, double phi, double level, double trend,
      double[] season, double sigma2, double logLikelihood, int observations, int parameters) {
    this.model = model;
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.phi = phi;
    this.level = level;
    this.trend = trend;
    this.season = season;
    this.sigma2 = sigma2;
    this.logLikelihood = logLikelihood;
    this.observations = observations;
    this.parameters = parameters;
  }

  /** The model. */
  public EtsModel model() {
    return model;
  }

  /** Level smoothing α. */
  public double alpha() {
    return alpha;
  }

  /** Trend smoothing β, 0 without trend. */
  public double beta() {
    return beta;
  }

  /** Seasonal smoothing γ, 0 without season. */
  public double gamma() {
    return gamma;
  }

  /** Damping φ, 1 when the trend is not damped. */
  public double phi() {
    return phi;
  }

  /** The level after the last observation, in the data's units. */
  public double level() {
    return level;
  }

  /** The trend after the last observation, in units per period; 0 without trend. */
  public double trend() {
    return trend;
  }

  /**
   * The seasonal states for the next m periods, the first for the period right after the data:
   * units of the data for an additive season, ratios for a multiplicative one; a single neutral
   * value without season.
   */
  public double[] season() {
    return season.clone();
  }

  /**
   * The innovation variance σ²: of the one-step errors in squared data units for an additive
   * error, of the relative errors (y − ŷ)/ŷ for a multiplicative one; the sum of squares over
   * n − k, k the estimated parameters.
   */
  public double sigma2() {
    return sigma2;
  }

  /** The Gaussian log-likelihood at the estimates, σ² at its maximum likelihood value. */
  public double logLikelihood() {
    return logLikelihood;
  }

  /** The number of parameters in the criteria: smoothing parameters, free initial states and σ². */
  public int parameters() {
    return parameters;
  }

  /** Akaike's information criterion, −2 log L + 2k. */
  public double aic() {
    return -2 * logLikelihood + 2 * parameters;
  }

  /**
   * AIC corrected for small samples (Hurvich and Tsai 1989), the criterion the model selection
   * uses: AIC + 2k(k + 1)/(n − k − 1); +∞ when n ≤ k + 1.
   */
  public double aicc() {
    int n = observations;
    int k = parameters;
    return n - k - 1 <= 0 ? Double.POSITIVE_INFINITY : aic() + 2.0 * k * (k + 1) / (n - k - 1);
  }

  /**
   * Forecasts with 95% intervals.
   *
   * @param horizon steps ahead, at least 1
   * @throws ValidationException naming {@code horizon} when below 1
   */
  public Forecast forecast(int horizon) {
    if (horizon < 1) {
      throw ValidationException.of("horizon", "must be at least 1", horizon);
    }
    int m = season.length;
    boolean multSeason = model.season() == SeasonType.MULTIPLICATIVE;
    boolean additiveSeason = model.season() == SeasonType.ADDITIVE;
    double[] deseasonalized = new double[horizon];
    double[] mean = new double[horizon];
    double[] c = new double[horizon];
    double phiH = 0;
    double power = 1;
    for (int h = 1; h <= horizon; h++) {
      power *= phi;
      phiH += power;
      double b = trend == 0 ? 0 : phiH * trend;
      deseasonalized[h - 1] = level + b;
      double s = season[(h - 1) % m];
      mean[h - 1] = multSeason ? (level + b) * s : level + b + (additiveSeason ? s : 0);
      c[h - 1] = alpha + beta * phiH + (additiveSeason && h % m == 0 ? gamma : 0);
    }
    double[] sd = new double[horizon];
    if (model.error() == ErrorType.ADDITIVE) {
      sd = Residuals.classOneSd(Math.sqrt(sigma2), horizon, j -> c[j - 1]);
    } else {
      double[] mu = multSeason ? deseasonalized : mean;
      double[] theta = new double[horizon];
      for (int h = 1; h <= horizon; h++) {
        double sum = 0;
        for (int j = 1; j < h; j++) {
          sum += c[j - 1] * c[j - 1] * theta[h - j - 1];
        }
        theta[h - 1] = mu[h - 1] * mu[h - 1] + sigma2 * sum;
        double v;
        if (multSeason) {
          double s = season[(h - 1) % m];
          int k = (h - 1) / m;
          v = s * s * (theta[h - 1] * (1 + sigma2) * Math.pow(1 + gamma * gamma * sigma2, k) - mu[h - 1] * mu[h - 1]);
        } else {
          v = (1 + sigma2) * theta[h - 1] - mu[h - 1] * mu[h - 1];
        }
        sd[h - 1] = Math.sqrt(Math.max(0, v));
      }
    }
    for (int h = 0; h < horizon; h++) {
      mean[h] = Math.max(0, mean[h]);
    }
    return Forecast.normal(model.toString(), mean, sd, 0);
  }
}
