package dev.ecomops.testkit.inventory;

import dev.ecomops.core.spi.InventoryStore;

/**
 * The contract kit run against {@link LostUpdateInventoryStore}. Not a test of its own (its name
 * keeps Surefire away): {@link InventoryStoreContractFailsTest} runs it and expects failures.
 */
class LostUpdateStoreContractRun extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return new LostUpdateInventoryStore();
  }
}
