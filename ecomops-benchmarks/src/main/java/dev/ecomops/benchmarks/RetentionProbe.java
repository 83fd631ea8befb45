package dev.ecomops.benchmarks;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.service.StockKeeper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.JMException;
import javax.management.ObjectName;

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
    StockKeeper keeper = ReservationBenchmark.newKeeper(false);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long objectsBefore = liveObjects();
    for (int i = 0; i < pairs; i++) {
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(ReservationBenchmark.SKU).location(ReservationBenchmark.DC)
          .quantity(1).reference("line").idempotencyKey(IdempotencyKey.of("probe-" + i)).build());
      keeper.release(r.id());
    }
    long after = usedAfterGc(memory);
    long objects = liveObjects() - objectsBefore;
    System.out.printf("%d pairs keep %d bytes alive: %d bytes per pair, in %d objects (%.3f per pair) (store reachable: %s)%n",
        pairs, after - before, (after - before) / pairs, objects, (double) objects / pairs,
        keeper.available(dev.ecomops.core.inventory.StockKey.of(ReservationBenchmark.SKU, ReservationBenchmark.DC))
            == ReservationBenchmark.STOCK);
  }

  /** Live objects on the heap, from the class histogram ({@code jcmd GC.class_histogram}, which collects first). */
  private static long liveObjects() {
    try {
      String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      for (String line : histogram.split("\n")) {
        String[] f = line.trim().split("\\s+");
        if (f.length == 3 && f[0].equals("Total")) {
          return Long.parseLong(f[1]);
        }
      }
      throw new IllegalStateException("no Total line in the class histogram");
    } catch (JMException e) {
      throw new IllegalStateException("the class histogram is not available", e);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
