package dev.ecomops.cli;

import dev.ecomops.core.DataFileException;
import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.evaluation.Accuracy;
import dev.ecomops.forecasting.method.Ets;
import dev.ecomops.forecasting.method.EtsModel;
import dev.ecomops.forecasting.method.Forecast;
import dev.ecomops.forecasting.method.ForecastMethod;
import dev.ecomops.forecasting.method.Holt;
import dev.ecomops.forecasting.method.HoltWinters;
import dev.ecomops.forecasting.method.Intermittent;
import dev.ecomops.forecasting.method.MovingAverage;
import dev.ecomops.forecasting.method.Naive;
import dev.ecomops.forecasting.method.SeasonalNaive;
import dev.ecomops.forecasting.method.SimpleExponentialSmoothing;
import dev.ecomops.forecasting.method.Theta;
import dev.ecomops.forecasting.selection.Auto;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops forecast}: forecasts every series of a history CSV, in parallel across cores, and
 * writes {@code series_id,method,step,forecast,lo95,hi95}. Inputs are read and checked whole
 * before anything is forecast; on bad input nothing is written. Formats are in the README.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = "Forecast demand series from CSV and write point forecasts with 95%% intervals as CSV.")
final class ForecastCommand implements Callable<Integer> {
  static final List<String> METHODS = List.of("auto", "ets", "theta", "croston", "sba", "tsb", "ses", "holt", "damped",
      "hw", "naive", "snaive", "ma");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "History CSV: series_id,t,value.")
  Path input;

  @Option(names = "--meta", description = "Meta CSV: series_id,frequency,horizon (instead of --frequency and --horizon).")
  @Nullable Path meta;

  @Option(names = "--frequency", description = "Season length for every series, 1 for none.")
  @Nullable Integer frequency;

  @Option(names = "--horizon", description = "Steps to forecast for every series.")
  @Nullable Integer horizon;

  @Option(names = "--method", defaultValue = "auto", description = "One of auto, ets, theta, croston, sba, tsb, ses, holt, "
      + "damped, hw, naive, snaive, ma, or one ETS model such as ets(M,Ad,M) (default: ${DEFAULT-VALUE}).")
  String method = "auto";

  @Option(names = "--backtest", description = "Also print each method's accuracy on the last horizon of each series.")
  boolean backtest;

  @Option(names = "--output", required = true, description = "Where to write the forecasts CSV; - for standard output.")
  Path output;

  /** The longest season, in periods (hourly data with a weekly season is 168). */
  static final int MAX_FREQUENCY = 1_000;
  /** The most steps to forecast: every step is a value written. */
  static final int MAX_HORIZON = 10_000;

  /** One series as read. */
  record Series(String id, double[] values, int frequency, int horizon) {}

  @Override
  public Integer call() throws IOException {
    ForecastMethod m = method(method);
    if (meta == null && (frequency == null || horizon == null)) {
      throw new UsageException("give --meta, or both --frequency and --horizon");
    }
    if (meta == null && (frequency < 1 || horizon < 1 || frequency > MAX_FREQUENCY || horizon > MAX_HORIZON)) {
      throw new UsageException("--frequency must be from 1 to " + MAX_FREQUENCY + " and --horizon from 1 to "
          + MAX_HORIZON);
    }
    Map<String, int[]> metaRows = meta == null ? null : readMeta(meta);
    List<Series> series = readHistory(input, metaRows);
    long start = System.nanoTime();
    List<Forecast> forecasts = series.parallelStream().map(s -> forecast(m, s)).toList();
    double seconds = (System.nanoTime() - start) / 1e9;
    write(series, forecasts);
    var out = Stdio.summary(output);
    out.printf(Locale.ROOT, "forecast %d series with %s in %.3f s; written to %s%n", series.size(), method, seconds, output);
    if (backtest) {
      printBacktest(series, out);
    }
    return EcomopsCommand.OK;
  }

  /** A method that cannot fit a series (an ETS model with a multiplicative part on zeros) is bad input for it. */
  private Forecast forecast(ForecastMethod m, Series s) {
    try {
      return m.forecast(s.values(), s.frequency(), s.horizon());
    } catch (ValidationException e) {
      throw DataFileException.of(String.valueOf(input), "series " + s.id() + ": " + e.getMessage());
    }
  }

  static ForecastMethod method(String name) {
    if (name.startsWith("ets(")) {
      try {
        return Ets.of(EtsModel.parse(name));
      } catch (ValidationException e) {
        throw new UsageException("--method: " + e.getMessage());
      }
    }
    return switch (name) {
      case "auto" -> Auto.byClass();
      case "ets" -> Ets.auto();
      case "theta" -> new Theta();
      case "croston" -> Intermittent.croston();
      case "sba" -> Intermittent.sba();
      case "tsb" -> Intermittent.tsb();
      case "ses" -> SimpleExponentialSmoothing.fitted();
      case "holt" -> Holt.linear();
      case "damped" -> Holt.damped();
      case "hw" -> HoltWinters.multiplicative();
      case "naive" -> new Naive();
      case "snaive" -> new SeasonalNaive();
      case "ma" -> new MovingAverage(3);
      default -> throw new UsageException("unknown method '" + name + "' (one of " + String.join(", ", METHODS) + ")");
    };
  }

  private Map<String, int[]> readMeta(Path file) {
    CsvTable csv = CsvTable.read(file, Set.of("series_id", "frequency", "horizon"));
    Map<String, int[]> out = new LinkedHashMap<>();
    for (CSVRecord row : csv.rows()) {
      String id = csv.text(row, "series_id");
      int f = (int) csv.wholeNumber(row, "frequency", 1, MAX_FREQUENCY);
      int h = (int) csv.wholeNumber(row, "horizon", 1, MAX_HORIZON);
      if (out.put(id, new int[] {f, h}) != null) {
        throw DataFileException.of(csv.file(), CsvTable.line(row), "series_id", "series " + id + " appears twice");
      }
    }
    return out;
  }

  private List<Series> readHistory(Path file, @Nullable Map<String, int[]> metaRows) {
    HistoryCsv csv = HistoryCsv.read(file);
    List<Series> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : csv.series().entrySet()) {
      int f;
      int h;
      if (metaRows != null) {
        int[] fh = metaRows.get(e.getKey());
        if (fh == null) {
          throw DataFileException.of(csv.file(), csv.firstLine().get(e.getKey()), "series_id",
              "series " + e.getKey() + " has no row in " + meta);
        }
        f = fh[0];
        h = fh[1];
      } else {
        f = frequency;
        h = horizon;
      }
      out.add(new Series(e.getKey(), e.getValue(), f, h));
    }
    if (out.isEmpty()) {
      throw DataFileException.of(csv.file(), "no series");
    }
    return out;
  }

  private void write(List<Series> series, List<Forecast> forecasts) throws IOException {
    CsvOutput.write(output, new String[] {"series_id", "method", "step", "forecast", "lo95", "hi95"}, csv -> {
      for (int i = 0; i < series.size(); i++) {
        Forecast f = forecasts.get(i);
        double[] mean = f.mean();
        double[] lo = f.lo95();
        double[] hi = f.hi95();
        for (int h = 0; h < mean.length; h++) {
          csv.printRecord(series.get(i).id(), f.method(), h + 1, number(mean[h]), number(lo[h]), number(hi[h]));
        }
      }
    });
  }

  static String number(double x) {
    return String.format(Locale.ROOT, "%.6f", x);
  }

  /** Each method's mean sMAPE and MASE over the series longer than their horizon, forecasting the last horizon. */
  private static void printBacktest(List<Series> series, java.io.PrintWriter out) {
    out.printf(Locale.ROOT, "%-10s %8s %8s %8s%n", "method", "sMAPE", "MASE", "series");
    for (String name : METHODS) {
      ForecastMethod m = method(name);
      double[] sums = series.parallelStream().filter(s -> s.values().length > s.horizon() + 1).map(s -> {
        int n = s.values().length - s.horizon();
        double[] train = Arrays.copyOfRange(s.values(), 0, n);
        double[] test = Arrays.copyOfRange(s.values(), n, s.values().length);
        double[] f = m.forecast(train, s.frequency(), s.horizon()).mean();
        double mase = Accuracy.mase(test, f, train, s.frequency());
        return new double[] {Accuracy.smape(test, f), Double.isNaN(mase) ? 0 : mase, Double.isNaN(mase) ? 0 : 1, 1};
      }).reduce(new double[4], (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
      out.printf(Locale.ROOT, "%-10s %8.2f %8.3f %8d%n", name, sums[3] == 0 ? Double.NaN : sums[0] / sums[3],
          sums[2] == 0 ? Double.NaN : sums[1] / sums[2], (long) sums[3]);
    }
  }
}
