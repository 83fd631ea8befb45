package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;

/**
 * A forecasting method. Implementations are stateless and thread safe: one instance forecasts any
 * number of series, from any number of threads.
 */
public interface ForecastMethod {

  /** The method's name as reported in forecasts, e.g. {@code ses}. */
  String name();

  /**
   * Forecasts a series.
   *
   * @param history the observed demand, oldest first, at least one value, none negative or not finite
   * @param seasonLength periods per season, 1 for none
   * @param horizon steps ahead, at least 1
   * @return point forecasts and 95% intervals, all finite
   * @throws ValidationException naming the field for an empty history, a bad value, or a season length or horizon below 1
   */
  Forecast forecast(double[] history, int seasonLength, int horizon);

  /** Checks the arguments every method shares. */
  static void check(double[] history, int seasonLength, int horizon) {
    if (history.length == 0) {
      throw ValidationException.of("history", "must have at least one value", "[]");
    }
    for (int i = 0; i < history.length; i++) {
      if (!(history[i] >= 0) || Double.isInfinite(history[i])) {
        throw ValidationException.of("history[" + i + "]", "must be a finite number at least 0", history[i]);
      }
    }
    if (seasonLength < 1) {
      throw ValidationException.of("seasonLength", "must be at least 1", seasonLength);
    }
    if (horizon < 1) {
      throw ValidationException.of("horizon", "must be at least 1", horizon);
    }
  }
}
