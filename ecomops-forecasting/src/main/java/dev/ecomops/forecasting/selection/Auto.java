package dev.ecomops.forecasting.selection;

import dev.ecomops.forecasting.evaluation.Backtest;
import dev.ecomops.forecasting.method.Combination;
import dev.ecomops.forecasting.method.Ets;
import dev.ecomops.forecasting.method.Forecast;
import dev.ecomops.forecasting.method.ForecastMethod;
import dev.ecomops.forecasting.method.Holt;
import dev.ecomops.forecasting.method.Intermittent;
import dev.ecomops.forecasting.method.SeasonalNaive;
import dev.ecomops.forecasting.method.SeasonallyAdjusted;
import dev.ecomops.forecasting.method.SimpleExponentialSmoothing;
import dev.ecomops.forecasting.method.Theta;
import dev.ecomops.forecasting.series.DemandClass;
import java.util.List;

/**
 * Picks a method per series. By demand class (Syntetos, Boylan and Croston 2005): intermittent
 * and lumpy demand get SBA, the method their study recommends for those classes (TSB when the
 * series ends in a run of zeros longer than its average interval, since TSB lets a forecast decay
 * when demand stops); smooth and erratic demand get the equal-weight combination of automatic ETS
 * and Theta (M3: sMAPE 12.49, MASE 1.350, against 13.10 and 1.420 for ETS alone and 12.82 and
 * 1.420 for Theta alone), with ETS, Theta, seasonally adjusted damped trend, SES and seasonal
 * naive as alternatives. With backtesting on, the candidates of the class are compared by
 * rolling-origin MASE over the last periods and the best is used. The forecast names the method
 * chosen, e.g. {@code sba} or {@code ets(M,Ad,M)+theta}.
 */
public final class Auto implements ForecastMethod {
  /**
   * Automatic ETS and Theta, equal weights: combining the two is the combination the M4
   * competition's results favour (Makridakis, Spiliotis and Assimakopoulos 2018, "The M4
   * Competition: results, findings, conclusion and way forward", IJF 34(4)), and equal weights
   * need no fitting. It was picked on the M3 holdout over ETS, Theta and damped trend together
   * (12.60, 1.365), so its M3 score is slightly optimistic.
   */
  static final Combination ETS_THETA = Combination.of(List.of(Ets.auto(), new Theta()));

  private final boolean backtest;

  private Auto(boolean backtest) {
    this.backtest = backtest;
  }

  /** By demand class only. */
  public static Auto byClass() {
    return new Auto(false);
  }

  /** By demand class, then by backtest among that class's candidates. */
  public static Auto byBacktest() {
    return new Auto(true);
  }

  @Override
  public String name() {
    return "auto";
  }

  @Override
  public Forecast forecast(double[] y, int seasonLength, int horizon) {
    ForecastMethod.check(y, seasonLength, horizon);
    List<ForecastMethod> candidates = candidates(y);
    ForecastMethod chosen = candidates.get(0);
    if (backtest && candidates.size() > 1 && y.length >= horizon + 4) {
      double best = Double.POSITIVE_INFINITY;
      for (ForecastMethod m : candidates) {
        double mase = Backtest.run(m, y, seasonLength, Math.min(horizon, Math.max(1, y.length / 4)), 1).mase();
        if (!Double.isNaN(mase) && mase < best) {
          best = mase;
          chosen = m;
        }
      }
    }
    return chosen.forecast(y, seasonLength, horizon);
  }

  /** The candidates for a series' class, the default first. */
  static List<ForecastMethod> candidates(double[] y) {
    DemandClass c = DemandClass.of(y);
    return switch (c) {
      case INTERMITTENT, LUMPY, NONE -> endsInLongRunOfZeros(y)
          ? List.of(Intermittent.tsb(), Intermittent.sba(), Intermittent.croston())
          : List.of(Intermittent.sba(), Intermittent.tsb(), Intermittent.croston());
      case SMOOTH, ERRATIC -> List.of(ETS_THETA, Ets.auto(), new Theta(), new SeasonallyAdjusted(Holt.damped()),
          new SeasonallyAdjusted(SimpleExponentialSmoothing.fitted()), new SeasonalNaive());
    };
  }

  private static boolean endsInLongRunOfZeros(double[] y) {
    int nonZero = 0;
    for (double v : y) {
      nonZero += v > 0 ? 1 : 0;
    }
    if (nonZero == 0) {
      return true;
    }
    double adi = (double) y.length / nonZero;
    int run = 0;
    for (int t = y.length - 1; t >= 0 && y[t] == 0; t--) {
      run++;
    }
    return run > adi;
  }
}
