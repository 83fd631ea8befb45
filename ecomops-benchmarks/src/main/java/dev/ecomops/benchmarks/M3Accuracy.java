package dev.ecomops.benchmarks;

import dev.ecomops.forecasting.evaluation.Accuracy;
import dev.ecomops.forecasting.method.Combination;
import dev.ecomops.forecasting.method.Ets;
import dev.ecomops.forecasting.method.ForecastMethod;
import dev.ecomops.forecasting.method.Holt;
import dev.ecomops.forecasting.method.HoltWinters;
import dev.ecomops.forecasting.method.Intermittent;
import dev.ecomops.forecasting.method.Naive;
import dev.ecomops.forecasting.method.SeasonalNaive;
import dev.ecomops.forecasting.method.SeasonallyAdjusted;
import dev.ecomops.forecasting.method.SimpleExponentialSmoothing;
import dev.ecomops.forecasting.method.Theta;
import dev.ecomops.forecasting.selection.Auto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * sMAPE and MASE of the forecasting methods over the M3 competition's 3003 series, with the
 * definitions of {@code ../shared/data/m3/README.md} (MASE averaged over the series where it is
 * defined), and the time each method took on one thread.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.M3Accuracy ../shared/data/m3 [names]
 * </pre>
 */
public final class M3Accuracy {
  private M3Accuracy() {}

  /**
   * Prints one line per method.
   *
   * @param args the directory holding {@code m3_train.csv}, {@code m3_test.csv} and {@code m3_meta.csv}; then,
   *     optionally, the methods to run by name, comma separated (e.g. {@code ets,theta})
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/m3");
    Map<String, double[]> train = read(dir.resolve("m3_train.csv"));
    Map<String, double[]> test = read(dir.resolve("m3_test.csv"));
    Map<String, String> period = new HashMap<>();
    List<String> info = Files.readAllLines(dir.resolve("m3_info.csv"));
    for (String line : info.subList(1, info.size())) {
      String[] p = line.split(",", 4);
      period.put(p[0], p[2]);
    }
    Map<String, Integer> frequency = new HashMap<>();
    List<String> meta = Files.readAllLines(dir.resolve("m3_meta.csv"));
    for (String line : meta.subList(1, meta.size())) {
      String[] p = line.split(",");
      frequency.put(p[0], Integer.parseInt(p[1]));
    }
    List<ForecastMethod> methods = List.of(new Naive(), new SeasonalNaive(), SimpleExponentialSmoothing.fitted(),
        Holt.linear(), Holt.damped(), new Theta(), new SeasonallyAdjusted(SimpleExponentialSmoothing.fitted()),
        new SeasonallyAdjusted(Holt.damped()),
        new Combination("theta+damped 1:1", List.of(new Theta(), new SeasonallyAdjusted(Holt.damped()))),
        new Combination("theta+damped+ses", List.of(new Theta(), new SeasonallyAdjusted(Holt.damped()),
            new SeasonallyAdjusted(SimpleExponentialSmoothing.fitted()))),

        HoltWinters.additive(), HoltWinters.multiplicative(), Intermittent.croston(), Ets.auto(),
        Combination.of(List.of(Ets.auto(), new Theta())),
        Combination.of(List.of(Ets.auto(), new Theta(), new SeasonallyAdjusted(Holt.damped()))),
        Auto.byClass());
    if (args.length > 1) {
      List<String> only = List.of(args[1].split(","));
      methods = methods.stream().filter(m -> only.contains(m.name())).toList();
    }
    List<String> periods = List.of("YEARLY", "QUARTERLY", "MONTHLY", "OTHER");
    System.out.printf(Locale.ROOT, "%-18s %15s %15s %15s %15s %15s %8s%n", "method (sMAPE/MASE)", "all", "yearly",
        "quarterly", "monthly", "other", "time");
    for (ForecastMethod m : methods) {
      Map<String, double[]> by = new LinkedHashMap<>(); // per group: sMAPE sum, series, MASE sum, MASE defined
      long start = System.nanoTime();
      for (Map.Entry<String, double[]> e : train.entrySet()) {
        double[] actual = test.get(e.getKey());
        int freq = frequency.get(e.getKey());
        double[] f = m.forecast(e.getValue(), freq, actual.length).mean();
        double smape = Accuracy.smape(actual, f);
        double mase = Accuracy.mase(actual, f, e.getValue(), freq);
        for (String group : List.of("ALL", period.getOrDefault(e.getKey(), "OTHER"))) {
          double[] acc = by.computeIfAbsent(group, k -> new double[4]);
          acc[0] += smape;
          acc[1]++;
          if (!Double.isNaN(mase)) {
            acc[2] += mase;
            acc[3]++;
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", m.name()));
      for (String group : List.of("ALL", periods.get(0), periods.get(1), periods.get(2), periods.get(3))) {
        double[] acc = by.getOrDefault(group, new double[4]);
        line.append(String.format(Locale.ROOT, " %7.2f/%-7.3f", acc[0] / acc[1], acc[2] / acc[3]));
      }
      line.append(String.format(Locale.ROOT, " %7.2fs", seconds));
      System.out.println(line);
    }
  }

  private static Map<String, double[]> read(Path file) throws IOException {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] p = line.split(",");
      values.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Double.parseDouble(p[2]));
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
    return out;
  }
}
