package dev.ecomops.core.inventory.service;

import static dev.ecomops.core.inventory.service.Fixtures.DC1;
import static dev.ecomops.core.inventory.service.Fixtures.DC2;
import static dev.ecomops.core.inventory.service.Fixtures.MUG;
import static dev.ecomops.core.inventory.service.Fixtures.TEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.inventory.Discrepancy;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.StockKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reconciler")
class ReconcilerTest {
  final Fixtures f = new Fixtures();
  final Reconciler reconciler = Reconciler.of(f.keeper);

  @Test
  @DisplayName("a correct store has no ledger discrepancies")
  void checkLedger_clean() {
    f.receive(TEE, DC1, 5);
    f.reserve(TEE, DC1, 2);
    assertThat(reconciler.checkLedger()).isEmpty();
  }

  @Test
  @DisplayName("differences from an external snapshot are reported and repaired by adjustments, idempotently")
  void compareAndRepair() {
    f.receive(TEE, DC1, 10);
    f.receive(MUG, DC2, 4);
    Map<StockKey, Long> erp = Map.of(StockKey.of(TEE, DC1), 8L, StockKey.of(TEE, DC2), 3L);
    List<Discrepancy> diffs = reconciler.compare(erp);
    assertThat(diffs).containsExactly(
        new Discrepancy(StockKey.of(MUG, DC2), "onHand", 0, 4),
        new Discrepancy(StockKey.of(TEE, DC1), "onHand", 8, 10),
        new Discrepancy(StockKey.of(TEE, DC2), "onHand", 3, 0));
    List<Movement> posted = reconciler.repair(diffs, "ERP snapshot", "run-1");
    assertThat(posted).extracting(Movement::kind).containsOnly(MovementKind.ADJUSTMENT);
    assertThat(reconciler.compare(erp)).isEmpty();
    assertThat(reconciler.repair(diffs, "ERP snapshot", "run-1")).isEqualTo(posted);
    assertThat(f.keeper.balance(StockKey.of(TEE, DC1)).onHand()).isEqualTo(8);
    assertThat(reconciler.checkLedger()).isEmpty();
  }
}
