package dev.ecomops.jdbc;

import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.testkit.order.OrderRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcOrderRepository on PostgreSQL: the OrderRepository contract")
class JdbcOrderRepositoryTest extends OrderRepositoryContract {
  @Override
  protected OrderRepository newRepository() {
    return JdbcOrderRepository.create(Pg.dataSource(), Pg.freshSchema());
  }
}
