package dev.ecomops.testkit.supply;

import dev.ecomops.supply.spi.PurchaseOrderRepository;

/**
 * The kit against {@link VersionBlindPurchaseOrderRepository}. Not a test of its own (its name keeps Surefire away):
 * {@link InMemoryPurchaseOrderRepositoryContractTest#kitCatchesVersionBlindness} runs it and expects failures.
 */
class VersionBlindPurchaseOrderRun extends PurchaseOrderRepositoryContract {
  @Override
  protected PurchaseOrderRepository newRepository() {
    return new VersionBlindPurchaseOrderRepository();
  }
}
