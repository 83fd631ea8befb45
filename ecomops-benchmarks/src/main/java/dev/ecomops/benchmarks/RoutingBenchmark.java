package dev.ecomops.benchmarks;

import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.routing.PickerRouter;
import java.util.List;
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
 * Time to route one pick list of 30 uniform random picks on one thread, in the 10-aisle block of
 * {@link RoutingGaps}, for the optimum and for S-shape (the baseline measured in the same run).
 * 1,000 lists are cycled through.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar RoutingBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {

  /** The lists and the method. */
  @State(Scope.Thread)
  public static class Lists {
    @Param({"optimal", "sshape"})
    public String method;

    PickerRouter router;
    List<List<Position>> lists;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      router = PickerRouter.byName(method);
      SplittableRandom rnd = new SplittableRandom(3);
      lists = java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> RoutingGaps.picks(rnd, 30)).toList();
    }
  }

  /** Routes the next list; returns its length. */
  @Benchmark
  public double route(Lists s) {
    List<Position> picks = s.lists.get(s.next);
    s.next = s.next == s.lists.size() - 1 ? 0 : s.next + 1;
    return s.router.route(RoutingGaps.LAYOUT, picks).length();
  }
}
