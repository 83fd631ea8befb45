package dev.ecomops.jdbc;

import dev.ecomops.core.supply.spi.PurchaseOrderRepository;
import dev.ecomops.testkit.supply.PurchaseOrderRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcPurchaseOrderRepository on PostgreSQL: the PurchaseOrderRepository contract")
class JdbcPurchaseOrderRepositoryTest extends PurchaseOrderRepositoryContract {
  @Override
  protected PurchaseOrderRepository newRepository() {
    return JdbcPurchaseOrderRepository.create(Pg.dataSource(), Pg.freshSchema());
  }
}
