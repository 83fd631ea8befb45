package dev.ecomops.benchmarks;

import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.routing.PickerRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Mean route length of each routing heuristic against the optimum, in percent above it, on one
 * block of 10 aisles (length 10, 2.5 apart, depot at the front of aisle 0), for pick lists of 10
 * to 60 uniform random positions, 1,000 lists per size (seed 7).
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.RoutingGaps
 * </pre>
 */
public final class RoutingGaps {
  static final WarehouseLayout LAYOUT = new WarehouseLayout(10, 10, 2.5, 0);

  private RoutingGaps() {}

  /** Uniform random picks: any aisle, any offset along it. */
  static List<Position> picks(SplittableRandom rnd, int n) {
    List<Position> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Position.of(rnd.nextInt(LAYOUT.aisles()), rnd.nextDouble() * LAYOUT.aisleLength()));
    }
    return out;
  }

  /**
   * Prints one row per list size: the optimum's mean length, then each heuristic's percent gap.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    List<PickerRouter> routers = PickerRouter.all();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%5s %9s", "picks", "optimal"));
    for (PickerRouter r : routers.subList(1, routers.size())) {
      head.append(String.format(Locale.ROOT, " %12s", r.name()));
    }
    System.out.println(head);
    SplittableRandom rnd = new SplittableRandom(7);
    for (int n = 10; n <= 60; n += 10) {
      double[] sum = new double[routers.size()];
      for (int list = 0; list < 1_000; list++) {
        List<Position> picks = picks(rnd, n);
        for (int r = 0; r < routers.size(); r++) {
          sum[r] += routers.get(r).route(LAYOUT, picks).length();
        }
      }
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d %9.2f", n, sum[0] / 1_000));
      for (int r = 1; r < routers.size(); r++) {
        row.append(String.format(Locale.ROOT, " %11.1f%%", 100 * (sum[r] / sum[0] - 1)));
      }
      System.out.println(row);
    }
  }
}
