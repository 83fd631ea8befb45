package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.method.EtsModel.ErrorType;
import dev.ecomops.forecasting.method.EtsModel.SeasonType;
import dev.ecomops.forecasting.method.EtsModel.TrendType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Exponential smoothing in state-space form, ETS (Hyndman, Koehler, Snyder and Grose 2002, "A
 * state space framework for automatic forecasting using exponential smoothing methods", IJF 18(3);
 * Hyndman, Koehler, Ord and Snyder 2008, Forecasting with Exponential Smoothing). Each model is
 * fitted by maximum likelihood (see {@link EtsFit} for the forecasts and intervals); {@link #auto()}
 * fits every admissible model of {@link EtsModel} and keeps the one with the smallest AICc, as
 * {@code forecast::ets} does by default: additive-error models always, multiplicative-error and
 * multiplicative-season ones for positive data only, seasonal ones when the season length is 2
 * to 24 and the data cover two seasons, and only models with fewer parameters than n − 1.
 *
 * <p>A constant series is forecast as that constant with zero-width intervals ({@code ets(A,N,N)},
 * α at its lower bound); a series too short for any model gets {@code ets(A,N,N)} fitted anyway.
 */
public final class Ets implements ForecastMethod {
  private final @Nullable EtsModel model;

  private Ets(@Nullable EtsModel model) {
    this.model = model;
  }

  /** Chooses the model per series by AICc. */
  public static Ets auto() {
    return new Ets(null);
  }

  /** Always the given model. */
  public static Ets of(EtsModel model) {
    return new Ets(model);
  }

  /** {@code ets} for automatic selection, else the model, e.g. {@code ets(M,Ad,M)}. */
  @Override
  public String name() {
    return model == null ? "ets" : model.toString();
  }

  @Override
  public Forecast forecast(double[] history, int seasonLength, int horizon) {
    ForecastMethod.check(history, seasonLength, horizon);
    return fit(history, seasonLength).forecast(horizon);
  }

  /**
   * Fits the model, or with {@link #auto()} the model with the smallest AICc.
   *
   * @param history the observed demand, oldest first, none negative or not finite
   * @param seasonLength periods per season, 1 for none
   * @throws ValidationException naming the field for a bad history or season length, or, for a
   *     fixed model, data it cannot fit: a multiplicative part with values that are not positive,
   *     a seasonal model with a season length below 2 or less than two seasons of data, or fewer
   *     observations than its parameters plus two
   */
  public EtsFit fit(double[] history, int seasonLength) {
    ForecastMethod.check(history, seasonLength, 1);
    boolean positive = true;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : history) {
      positive &= v > 0;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    int n = history.length;
    if (model != null) {
      return fixed(model, history, seasonLength, positive);
    }
    EtsModel simple = new EtsModel(ErrorType.ADDITIVE, TrendType.NONE, SeasonType.NONE);
    if (max - min <= 1e-12 * Math.max(1, Math.abs(max))) {
      return new EtsFit(simple, EtsEstimator.LOWER, 0, 0, 1, history[n - 1], 0, new double[] {0}, 0, 0, n, 3);
    }
    boolean seasonal = seasonLength >= 2 && seasonLength <= 24 && n >= 2 * seasonLength;
    List<EtsModel> candidates = EtsModel.candidates(positive, seasonal);
    EtsFit best = null;
    for (EtsModel candidate : candidates) {
      if (EtsEstimator.parameters(candidate, seasonLength) >= n - 1) {
        continue;
      }
      EtsFit fit = new EtsEstimator(candidate, history, seasonLength).fit();
      if (fit != null && (best == null || fit.aicc() < best.aicc())) {
        best = fit;
      }
    }
    if (best == null) {
      best = new EtsEstimator(simple, history, seasonLength).fit();
    }
    if (best == null) {
      throw new IllegalStateException("ets(A,N,N) found no finite likelihood"); // an additive model always has one
    }
    return best;
  }

  private static EtsFit fixed(EtsModel model, double[] history, int seasonLength, boolean positive) {
    boolean multiplicative = model.error() == ErrorType.MULTIPLICATIVE || model.season() == SeasonType.MULTIPLICATIVE;
    if (multiplicative && !positive) {
      throw ValidationException.of("history", "must be positive for " + model, "a value ≤ 0");
    }
    if (model.season() != SeasonType.NONE && seasonLength < 2) {
      throw ValidationException.of("seasonLength", "must be at least 2 for " + model, seasonLength);
    }
    if (model.season() != SeasonType.NONE && history.length < 2 * seasonLength) {
      throw ValidationException.of("history", "must cover two seasons (" + 2 * seasonLength + " values) for " + model,
          history.length);
    }
    int k = EtsEstimator.parameters(model, seasonLength);
    if (history.length < k + 2) {
      throw ValidationException.of("history", "must have at least " + (k + 2) + " values for " + model, history.length);
    }
    EtsFit fit = new EtsEstimator(model, history, seasonLength).fit();
    if (fit == null) {
      throw ValidationException.of("history", "has no admissible fit for " + model, history.length);
    }
    return fit;
  }
}
