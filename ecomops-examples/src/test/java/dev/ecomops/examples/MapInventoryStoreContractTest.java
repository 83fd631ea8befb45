package dev.ecomops.examples;

import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.testkit.inventory.InventoryStoreContract;
import org.junit.jupiter.api.DisplayName;

/** The host's own store, run through the contract kit exactly as an adopter would. */
@DisplayName("MapInventoryStore meets the InventoryStore contract")
class MapInventoryStoreContractTest extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return new MapInventoryStore();
  }
}
