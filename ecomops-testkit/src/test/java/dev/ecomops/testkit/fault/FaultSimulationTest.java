package dev.ecomops.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Fault simulation over the in-memory stores")
class FaultSimulationTest {

  @Test
  @DisplayName("a seeded run with faults on breaks no invariant")
  void inMemory_noViolations() {
    FaultSimulation.Report r = FaultSimulation.inMemory().faultRate(0.05).runAndShrink(1, 3_000, 100);
    System.out.println(r.describe());
    assertThat(r.violations()).as(r.describe()).isEmpty();
    assertThat(r.faults()).isGreaterThan(100);
  }
}
