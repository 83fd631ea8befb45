package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.memory.InMemoryPurchaseOrderRepository;

import dev.ecomops.core.memory.InMemoryTicketRepository;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.testkit.fault.FaultSimulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seeded fault simulation of the testkit with its inventory store and order repository on
 * PostgreSQL (faults injected into every call of them, the outbox included); purchase orders,
 * returns and tickets are still the in-memory ones until their JDBC versions exist. Each run
 * starts from a fresh schema.
 */
@DisplayName("the fault simulation with inventory and orders on PostgreSQL")
class FaultSimulationOnPostgresTest {
  @Test
  @DisplayName("2 seeds × 1,000 steps with faults in every SPI call: 0 violations")
  void noViolations() {
    String[] schema = new String[1]; // each run's stores share one fresh schema, made with its inventory store
    FaultSimulation sim = FaultSimulation.against(new FaultSimulation.Stores(
        () -> JdbcInventoryStore.create(Pg.dataSource(), schema[0] = Pg.freshSchema()),
        () -> JdbcOrderRepository.create(Pg.dataSource(), schema[0]),
        InMemoryPurchaseOrderRepository::new, InMemoryReturnRepository::new, InMemoryTicketRepository::new));
    for (long seed = 1; seed <= 2; seed++) {
      FaultSimulation.Report r = sim.run(seed, 1_000);
      assertThat(r.ok()).as(r.describe()).isTrue();
      assertThat(r.faults()).as("faults were injected").isPositive();
      assertThat(r.eventsDelivered()).as("events flowed").isPositive();
    }
  }
}
