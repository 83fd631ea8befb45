package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;


import dev.ecomops.testkit.fault.FaultSimulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seeded fault simulation of the testkit with every store on PostgreSQL: inventory, orders,
 * purchase orders, returns and tickets, their outboxes in one table (faults injected into every
 * call of them). Each run starts from a fresh schema (the simulation asks for the inventory store
 * first, which makes it).
 */
@DisplayName("the fault simulation with every store on PostgreSQL")
class FaultSimulationOnPostgresTest {
  @Test
  @DisplayName("2 seeds × 1,000 steps with faults in every SPI call: 0 violations")
  void noViolations() {
    String[] schema = new String[1]; // each run's stores share one fresh schema, made with its inventory store
    FaultSimulation sim = FaultSimulation.against(new FaultSimulation.Stores(
        () -> JdbcInventoryStore.create(Pg.dataSource(), schema[0] = Pg.freshSchema()),
        () -> JdbcOrderRepository.create(Pg.dataSource(), schema[0]),
        () -> JdbcPurchaseOrderRepository.create(Pg.dataSource(), schema[0]),
        () -> JdbcReturnRepository.create(Pg.dataSource(), schema[0]),
        () -> JdbcTicketRepository.create(Pg.dataSource(), schema[0]),
        () -> JdbcRefundLedger.create(Pg.dataSource(), schema[0])));
    for (long seed = 1; seed <= 2; seed++) {
      FaultSimulation.Report r = sim.run(seed, 1_000);
      assertThat(r.ok()).as(r.describe()).isTrue();
      assertThat(r.faults()).as("faults were injected").isPositive();
      assertThat(r.eventsDelivered()).as("events flowed").isPositive();
    }
  }
}
