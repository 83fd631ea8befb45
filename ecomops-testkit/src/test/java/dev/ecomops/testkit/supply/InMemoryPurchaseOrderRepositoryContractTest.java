package dev.ecomops.testkit.supply;

import dev.ecomops.core.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.core.supply.spi.PurchaseOrderRepository;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryPurchaseOrderRepository meets the PurchaseOrderRepository contract")
class InMemoryPurchaseOrderRepositoryContractTest extends PurchaseOrderRepositoryContract {
  @Override
  protected PurchaseOrderRepository newRepository() {
    return new InMemoryPurchaseOrderRepository();
  }
}
