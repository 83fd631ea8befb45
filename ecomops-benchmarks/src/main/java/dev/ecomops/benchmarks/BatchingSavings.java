package dev.ecomops.benchmarks;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.fulfillment.picking.Batcher;
import dev.ecomops.fulfillment.picking.Batcher.Method;
import dev.ecomops.fulfillment.picking.PickOrder;
import dev.ecomops.fulfillment.routing.PickerRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Batching's saving in travel over single-order picking: 20 waves of 60 orders of 1 to 4 uniform
 * random picks in the 10-aisle block of {@link RoutingGaps}, carts of 12 units, routes optimal
 * (and S-shape, as pickers often walk). Prints total travel per method, the saving against
 * single-order picking and the time taken.
 *
 * <pre>
 * java -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.BatchingSavings
 * </pre>
 */
public final class BatchingSavings {
  private BatchingSavings() {}

  /**
   * Prints one line per router and method.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    SplittableRandom rnd = new SplittableRandom(9);
    List<List<PickOrder>> waves = new ArrayList<>();
    for (int w = 0; w < 20; w++) {
      List<PickOrder> orders = new ArrayList<>();
      for (int o = 0; o < 60; o++) {
        orders.add(new PickOrder(OrderId.of("o" + o), RoutingGaps.picks(rnd, 1 + rnd.nextInt(4))));
      }
      waves.add(orders);
    }
    for (PickerRouter router : List.of(PickerRouter.optimal(), PickerRouter.sShape())) {
      Batcher batcher = new Batcher(RoutingGaps.LAYOUT, router, 12);
      double single = 0;
      for (Method m : Method.values()) {
        long start = System.nanoTime();
        double total = 0;
        int batches = 0;
        for (List<PickOrder> wave : waves) {
          var b = batcher.batch(wave, m);
          total += Batcher.totalLength(b);
          batches += b.size();
        }
        if (m == Method.SINGLE) {
          single = total;
        }
        System.out.printf(Locale.ROOT, "%-8s %-8s travel %9.1f  tours %4d  saving %5.1f%%  %6.2f s%n", router.name(), m,
            total, batches, 100 * (1 - total / single), (System.nanoTime() - start) / 1e9);
      }
    }
  }
}
