package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.InventoryStore;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryInventoryStore meets the InventoryStore contract")
class InMemoryInventoryStoreContractTest extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return InMemoryInventoryStore.create();
  }

  @Test
  @DisplayName("a store sized up front starts empty and commits like any other; a negative size hint is refused")
  void create_sized() {
    store = InMemoryInventoryStore.create(1 << 10);
    assertThat(store.balance(A)).isEqualTo(Balance.EMPTY);
    assertThat(store.commit(commit(List.of(receipt(A, 4)), List.of())).status()).isEqualTo(CommitOutcome.Status.APPLIED);
    assertThat(store.balance(A).onHand()).isEqualTo(4);
    assertThatThrownBy(() -> InMemoryInventoryStore.create(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expectedCommands");
  }

  @Test
  @DisplayName("a long ledger kept in column chunks reads back every movement in order")
  void movements_longLedger() {
    for (int i = 0; i < 2_500; i++) {
      store.commit(commit(List.of(receipt(A, 1)), List.of()));
    }
    assertThat(store.movements(A)).hasSize(2_500);
    assertThat(Balance.replay(store.movements(A))).isEqualTo(store.balance(A));
    assertThat(store.movements(A).get(2_499).sequence()).isEqualTo(2_500);
  }
}
