package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.testkit.order.OrderRepositoryContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcOrderRepository on PostgreSQL: the OrderRepository contract")
class JdbcOrderRepositoryTest extends OrderRepositoryContract {
  private String schema;

  @Override
  protected OrderRepository newRepository() {
    schema = Pg.freshSchema();
    return JdbcOrderRepository.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    OrderRepository first = newRepository();
    dev.ecomops.core.order.Order o = order("r1", "c1", 1, java.time.Instant.parse("2026-01-01T00:00:00Z"),
        dev.ecomops.core.order.LineStatus.PLACED);
    assertThat(first.insert(o)).isTrue();
    OrderRepository restarted = JdbcOrderRepository.create(Pg.dataSource(), schema);
    assertThat(restarted.find(o.id())).contains(o);
    assertThat(restarted.byCustomer("c1")).containsExactly(o);
  }
}
