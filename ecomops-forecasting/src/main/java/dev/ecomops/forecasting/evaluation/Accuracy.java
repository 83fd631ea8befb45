package dev.ecomops.forecasting.evaluation;

import dev.ecomops.core.ValidationException;

/**
 * Forecast error measures over one series' holdout ({@code actual}) and forecasts of the same
 * length. Definitions follow Hyndman and Koehler (2006), "Another look at measures of forecast
 * accuracy", International Journal of Forecasting 22(4); sMAPE as the M3 data's README states it.
 * A measure that is undefined for the input (a division by zero) returns {@link Double#NaN}.
 */
public final class Accuracy {
  private Accuracy() {}

  /** Mean absolute error: mean |y − f|. */
  public static double mae(double[] actual, double[] forecast) {
    check(actual, forecast);
    double s = 0;
    for (int i = 0; i < actual.length; i++) {
      s += Math.abs(actual[i] - forecast[i]);
    }
    return s / actual.length;
  }

  /** Root mean squared error: √(mean (y − f)²). */
  public static double rmse(double[] actual, double[] forecast) {
    check(actual, forecast);
    double s = 0;
    for (int i = 0; i < actual.length; i++) {
      s += (actual[i] - forecast[i]) * (actual[i] - forecast[i]);
    }
    return Math.sqrt(s / actual.length);
  }

  /** Mean absolute percentage error, in percent: 100 · mean |y − f| / |y| over periods with y ≠ 0; NaN if none. */
  public static double mape(double[] actual, double[] forecast) {
    check(actual, forecast);
    double s = 0;
    int n = 0;
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] != 0) {
        s += Math.abs(actual[i] - forecast[i]) / Math.abs(actual[i]);
        n++;
      }
    }
    return n == 0 ? Double.NaN : 100 * s / n;
  }

  /**
   * Symmetric MAPE, in percent: 100/h · Σ 2|y − f| / (|y| + |f|), a period where both are 0
   * counting as 0 error.
   */
  public static double smape(double[] actual, double[] forecast) {
    check(actual, forecast);
    double s = 0;
    for (int i = 0; i < actual.length; i++) {
      double d = Math.abs(actual[i]) + Math.abs(forecast[i]);
      s += d == 0 ? 0 : 2 * Math.abs(actual[i] - forecast[i]) / d;
    }
    return 100 * s / actual.length;
  }

  /**
   * Mean absolute scaled error: MAE over the in-sample MAE of the seasonal naive method, mean over
   * t > m of |x_t − x_{t−m}| ({@code m} = 1 for the naive method); NaN when that is 0 or undefined.
   *
   * @param training the in-sample series the forecasts were made from
   * @param m the season length
   */
  public static double mase(double[] actual, double[] forecast, double[] training, int m) {
    check(actual, forecast);
    if (m < 1) {
      throw ValidationException.of("m", "must be at least 1", m);
    }
    double s = 0;
    int n = 0;
    for (int t = m; t < training.length; t++) {
      s += Math.abs(training[t] - training[t - m]);
      n++;
    }
    if (n == 0 || s == 0) {
      return Double.NaN;
    }
    return mae(actual, forecast) / (s / n);
  }

  /** Weighted absolute percentage error, in percent: 100 · Σ|y − f| / Σ|y|; NaN if Σ|y| = 0. */
  public static double wape(double[] actual, double[] forecast) {
    check(actual, forecast);
    double e = 0;
    double a = 0;
    for (int i = 0; i < actual.length; i++) {
      e += Math.abs(actual[i] - forecast[i]);
      a += Math.abs(actual[i]);
    }
    return a == 0 ? Double.NaN : 100 * e / a;
  }

  /** Bias: mean (f − y); positive when forecasts run high. */
  public static double bias(double[] actual, double[] forecast) {
    check(actual, forecast);
    double s = 0;
    for (int i = 0; i < actual.length; i++) {
      s += forecast[i] - actual[i];
    }
    return s / actual.length;
  }

  private static void check(double[] actual, double[] forecast) {
    if (actual.length == 0 || actual.length != forecast.length) {
      throw ValidationException.of("forecast", "must have one value per actual value, at least one", forecast.length);
    }
  }
}
