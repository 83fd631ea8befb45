package dev.ecomops.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The simulation over many seeds. In the build: {@value #BUILD_SEEDS} seeds of {@value
 * #BUILD_STEPS} steps. By hand, for a long soak:
 * {@code mvn -B -pl ecomops-testkit test -Dtest=FaultSimulationSoakTest -Decomops.sim.seeds=100 -Decomops.sim.steps=10000}.
 */
@DisplayName("Fault simulation soak")
class FaultSimulationSoakTest {
  static final int BUILD_SEEDS = 8;
  static final int BUILD_STEPS = 12_000;

  @Test
  @DisplayName("every seed runs its steps with faults on and breaks no invariant")
  void seeds_noViolations() {
    int seeds = Integer.getInteger("ecomops.sim.seeds", BUILD_SEEDS);
    int steps = Integer.getInteger("ecomops.sim.steps", BUILD_STEPS);
    long first = Long.getLong("ecomops.sim.firstSeed", 100);
    double rate = Double.parseDouble(System.getProperty("ecomops.sim.faultRate", "0.05"));
    long totalSteps = 0;
    long totalFaults = 0;
    long totalCommands = 0;
    long totalEvents = 0;
    long start = System.nanoTime();
    for (long seed = first; seed < first + seeds; seed++) {
      FaultSimulation.Report r = FaultSimulation.inMemory().faultRate(rate).runAndShrink(seed, steps, 200);
      assertThat(r.violations()).as(r.describe()).isEmpty();
      totalSteps += r.steps();
      totalFaults += r.faults();
      totalCommands += r.commands();
      totalEvents += r.eventsDelivered();
    }
    System.out.printf("fault simulation: %d seeds, %d steps, %d commands, %d faults injected, %d events delivered,"
        + " 0 violations, %.1f s%n", seeds, totalSteps, totalCommands, totalFaults, totalEvents,
        (System.nanoTime() - start) / 1e9);
    assertThat(totalSteps).isEqualTo((long) seeds * steps);
    assertThat(totalFaults).isGreaterThan(totalSteps / 100);
  }
}
