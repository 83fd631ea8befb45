package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.testkit.inventory.InventoryStoreContract;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcInventoryStore on PostgreSQL: the InventoryStore contract")
class JdbcInventoryStoreTest extends InventoryStoreContract {
  private String schema;

  @Override
  protected InventoryStore newStore() {
    schema = Pg.freshSchema();
    return JdbcInventoryStore.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one store instance committed, a new instance on the same schema reads: balance, ledger, keys, record (a restart loses nothing)")
  void survivesRestart() {
    assertThat(store.commit(commit(List.of(receipt(A, 5)), List.of())).status()).isEqualTo(CommitOutcome.Status.APPLIED);
    InventoryStore restarted = JdbcInventoryStore.create(Pg.dataSource(), schema);
    assertThat(restarted.balance(A)).isEqualTo(store.balance(A));
    assertThat(restarted.balance(A).onHand()).isEqualTo(5);
    assertThat(restarted.movements(A)).isEqualTo(store.movements(A)).hasSize(1);
    assertThat(restarted.keys()).containsExactly(A);
  }
}
