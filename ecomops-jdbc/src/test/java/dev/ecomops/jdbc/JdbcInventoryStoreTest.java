package dev.ecomops.jdbc;

import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.testkit.inventory.InventoryStoreContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcInventoryStore on PostgreSQL: the InventoryStore contract")
class JdbcInventoryStoreTest extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return JdbcInventoryStore.create(Pg.dataSource(), Pg.freshSchema());
  }
}
