package dev.ecomops.benchmarks;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKeeper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * How many bytes of heap each reserve+release pair keeps alive in the in-memory store (ledger,
 * reservation, idempotency record): the figure behind the reservation benchmark's GC share. Runs
 * the benchmark's workload for a number of pairs and compares used heap after full collections.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -Xmx4g -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.RetentionProbe 300000
 * </pre>
 */
public final class RetentionProbe {
  private RetentionProbe() {}

  /**
   * Prints the retained bytes per pair.
   *
   * @param args the number of pairs (default 300,000)
   */
  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    StockKeeper keeper = ReservationBenchmark.newKeeper();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    for (int i = 0; i < pairs; i++) {
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(ReservationBenchmark.SKU).location(ReservationBenchmark.DC)
          .quantity(1).reference("line").idempotencyKey(IdempotencyKey.of("probe-" + i)).build());
      keeper.release(r.id());
    }
    long after = usedAfterGc(memory);
    System.out.printf("%d pairs keep %d bytes alive: %d bytes per pair (store reachable: %s)%n", pairs, after - before,
        (after - before) / pairs, keeper.available(dev.ecomops.core.inventory.StockKey.of(ReservationBenchmark.SKU,
            ReservationBenchmark.DC)) == ReservationBenchmark.STOCK);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
