package dev.ecomops.benchmarks;

import dev.ecomops.forecasting.method.Ets;
import dev.ecomops.forecasting.method.ForecastMethod;
import dev.ecomops.forecasting.method.Intermittent;
import dev.ecomops.forecasting.method.Naive;
import dev.ecomops.forecasting.method.Theta;
import dev.ecomops.forecasting.selection.Auto;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Series forecast per second, a batch of 5,000 generated series at a time, in parallel across
 * the machine's cores (as {@code ecomops forecast} runs them), per method, beside the naive
 * method measured in the same run. Intermittent series have length 100 (demand in about a third of
 * the periods, sizes 1 to 10); the others are monthly series of length 60 with trend, a yearly
 * season and noise. One op is one batch: series/s = ops/s × 5,000.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar ForecastBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForecastBenchmark {
  static final int SERIES = 5_000;

  /** The batch and the method. */
  @State(Scope.Benchmark)
  public static class Batch {
    @Param({"naive", "croston", "sba", "tsb", "theta", "ets", "auto"})
    public String method;

    ForecastMethod m;
    double[][] series;
    int season;

    @Setup(Level.Trial)
    public void generate() {
      boolean intermittent = method.equals("croston") || method.equals("sba") || method.equals("tsb");
      series = intermittent ? intermittent(SERIES) : monthly(SERIES);
      season = intermittent ? 1 : 12;
      m = switch (method) {
        case "naive" -> new Naive();
        case "croston" -> Intermittent.croston();
        case "sba" -> Intermittent.sba();
        case "tsb" -> Intermittent.tsb();
        case "theta" -> new Theta();
        case "ets" -> Ets.auto();
        default -> Auto.byClass();
      };
    }
  }

  /** Monthly series of length 60: level 100, trend 1 per month, a yearly sine season of amplitude 20, noise sd 10. */
  static double[][] monthly(int count) {
    SplittableRandom rnd = new SplittableRandom(11);
    double[][] out = new double[count][60];
    for (double[] y : out) {
      for (int t = 0; t < y.length; t++) {
        y[t] = Math.max(0, 100 + t + 20 * Math.sin(2 * Math.PI * t / 12) + 10 * rnd.nextGaussian());
      }
    }
    return out;
  }

  /** Series of length 100 with demand (1 to 10) in about a third of the periods. */
  static double[][] intermittent(int count) {
    SplittableRandom rnd = new SplittableRandom(11);
    double[][] out = new double[count][100];
    for (double[] y : out) {
      for (int t = 0; t < y.length; t++) {
        y[t] = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(10) : 0;
      }
    }
    return out;
  }

  /**
   * Writes the monthly batch in the CLI's input format, so that R can forecast the very same
   * series: {@code series.csv} ({@code series_id,t,value}) and {@code meta.csv} (frequency 12,
   * horizon 12) in the directory given.
   *
   * @throws java.io.IOException if a file cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : ".");
    java.nio.file.Files.createDirectories(dir);
    double[][] series = monthly(SERIES);
    StringBuilder history = new StringBuilder("series_id,t,value\n");
    StringBuilder meta = new StringBuilder("series_id,frequency,horizon\n");
    for (int s = 0; s < series.length; s++) {
      for (int t = 0; t < series[s].length; t++) {
        history.append('S').append(s).append(',').append(t + 1).append(',').append(series[s][t]).append('\n');
      }
      meta.append('S').append(s).append(",12,12\n");
    }
    java.nio.file.Files.writeString(dir.resolve("series.csv"), history);
    java.nio.file.Files.writeString(dir.resolve("meta.csv"), meta);
  }

  /** Forecasts the batch 12 steps ahead; returns a checksum so nothing is optimized away. */
  @Benchmark
  public double batch(Batch b) {
    return java.util.Arrays.stream(b.series).parallel().mapToDouble(y -> b.m.forecast(y, b.season, 12).mean(1)).sum();
  }
}
