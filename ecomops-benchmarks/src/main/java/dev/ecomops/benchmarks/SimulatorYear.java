package dev.ecomops.benchmarks;

import dev.ecomops.simulator.SimulationConfig;
import dev.ecomops.simulator.SimulationResult;
import dev.ecomops.simulator.Simulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * One simulated year with the defaults (500 SKUs, 3 warehouses, about 300,000 orders), timed in
 * process after a short warm-up run, with the peak heap the JVM's memory pools report. The
 * issue's target: under 30 seconds on 2 cores.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -Xmx1g -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.SimulatorYear
 * </pre>
 */
public final class SimulatorYear {
  private SimulatorYear() {}

  /**
   * Runs it.
   *
   * @param args the seed (default 42)
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
    Simulator.run(SimulationConfig.defaults().withDays(30), seed, d -> { }); // warm-up: a month
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    SimulationResult r = Simulator.run(SimulationConfig.defaults(), seed, d -> { });
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "a year: %,d orders, %,d shipments, %,d facts in %.1f s; peak heap %.0f MB "
        + "(sum of the heap pools' peaks, an upper bound)%n", r.orders(), r.shipments(), r.kpis().factCount(), seconds,
        peak / 1e6);
  }
}
