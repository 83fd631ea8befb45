package dev.ecomops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.testkit.inventory.InventoryStoreContract;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The host's own store, run through the contract kit exactly as an adopter would. */
@DisplayName("MapInventoryStore meets the InventoryStore contract")
class MapInventoryStoreContractTest extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return new MapInventoryStore();
  }

  @Test
  @DisplayName("stores share no state: the kit's fresh store per test really is fresh")
  void stores_independent() {
    InventoryStore other = newStore();
    store.commit(commit(List.of(receipt(A, 3)), List.of()));
    assertThat(store.balance(A).onHand()).isEqualTo(3);
    assertThat(other.balance(A)).isEqualTo(Balance.EMPTY);
    assertThat(other.keys()).isEmpty();
  }
}
