package dev.ecomops.benchmarks;

import dev.ecomops.forecasting.method.Auto;
import dev.ecomops.forecasting.method.ForecastMethod;
import dev.ecomops.forecasting.method.Intermittent;
import dev.ecomops.forecasting.method.Naive;
import dev.ecomops.forecasting.method.Theta;
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
    @Param({"naive", "croston", "sba", "tsb", "theta", "auto"})
    public String method;

    ForecastMethod m;
    double[][] series;
    int season;

    @Setup(Level.Trial)
    public void generate() {
      SplittableRandom rnd = new SplittableRandom(11);
      boolean intermittent = method.equals("croston") || method.equals("sba") || method.equals("tsb");
      series = new double[SERIES][];
      for (int s = 0; s < SERIES; s++) {
        double[] y = new double[intermittent ? 100 : 60];
        for (int t = 0; t < y.length; t++) {
          y[t] = intermittent ? (rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(10) : 0)
              : Math.max(0, 100 + t + 20 * Math.sin(2 * Math.PI * t / 12) + 10 * rnd.nextGaussian());
        }
        series[s] = y;
      }
      season = intermittent ? 1 : 12;
      m = switch (method) {
        case "naive" -> new Naive();
        case "croston" -> Intermittent.croston();
        case "sba" -> Intermittent.sba();
        case "tsb" -> Intermittent.tsb();
        case "theta" -> new Theta();
        default -> Auto.byClass();
      };
    }
  }

  /** Forecasts the batch 12 steps ahead; returns a checksum so nothing is optimized away. */
  @Benchmark
  public double batch(Batch b) {
    return java.util.Arrays.stream(b.series).parallel().mapToDouble(y -> b.m.forecast(y, b.season, 12).mean(1)).sum();
  }
}
