package dev.ecomops.forecasting.evaluation;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.method.ForecastMethod;
import java.util.Arrays;

/**
 * Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of forecasting accuracy: an
 * analysis and review", International Journal of Forecasting 16(4)): the method forecasts {@code
 * horizon} steps from each of the last {@code origins} origins, each time from the history up to
 * it, and the errors are averaged over origins.
 *
 * @param origins how many origins were evaluated
 * @param mae mean MAE over origins
 * @param rmse mean RMSE over origins
 * @param smape mean sMAPE over origins, in percent
 * @param mase mean MASE over origins (origins where it is undefined left out; NaN if all are)
 * @param bias mean bias over origins
 */
public record Backtest(int origins, double mae, double rmse, double smape, double mase, double bias) {

  /**
   * Evaluates a method on one series.
   *
   * @param y the series, oldest first
   * @param seasonLength periods per season
   * @param horizon steps forecast from each origin, at least 1
   * @param origins the number of origins, at least 1; the last ends {@code horizon} periods before the end
   * @throws ValidationException naming {@code origins} if the series is too short to leave at least
   *     two periods of history at the first origin
   */
  public static Backtest run(ForecastMethod method, double[] y, int seasonLength, int horizon, int origins) {
    if (horizon < 1) {
      throw ValidationException.of("horizon", "must be at least 1", horizon);
    }
    if (origins < 1 || y.length - horizon - (origins - 1) < 2) {
      throw ValidationException.of("origins", "must be at least 1 and leave 2 periods of history before the first", origins);
    }
    double mae = 0;
    double rmse = 0;
    double smape = 0;
    double mase = 0;
    double bias = 0;
    int maseCount = 0;
    for (int k = 0; k < origins; k++) {
      int end = y.length - horizon - (origins - 1 - k);
      double[] history = Arrays.copyOfRange(y, 0, end);
      double[] actual = Arrays.copyOfRange(y, end, end + horizon);
      double[] f = method.forecast(history, seasonLength, horizon).mean();
      mae += Accuracy.mae(actual, f);
      rmse += Accuracy.rmse(actual, f);
      smape += Accuracy.smape(actual, f);
      bias += Accuracy.bias(actual, f);
      double m = Accuracy.mase(actual, f, history, history.length > seasonLength ? seasonLength : 1);
      if (!Double.isNaN(m)) {
        mase += m;
        maseCount++;
      }
    }
    return new Backtest(origins, mae / origins, rmse / origins, smape / origins,
        maseCount == 0 ? Double.NaN : mase / maseCount, bias / origins);
  }
}
