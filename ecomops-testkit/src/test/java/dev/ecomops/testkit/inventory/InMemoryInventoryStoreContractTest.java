package dev.ecomops.testkit.inventory;

import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.spi.InventoryStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryInventoryStore meets the InventoryStore contract")
class InMemoryInventoryStoreContractTest extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return InMemoryInventoryStore.create();
  }
}
