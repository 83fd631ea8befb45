package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.fulfillment.spi.HandoverRepository;
import dev.ecomops.testkit.fulfillment.HandoverRepositoryContract;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcHandoverRepository on PostgreSQL: the HandoverRepository contract")
class JdbcHandoverRepositoryTest extends HandoverRepositoryContract {
  private String schema;

  @Override
  protected HandoverRepository newRepository() {
    schema = Pg.freshSchema();
    return JdbcHandoverRepository.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    HandoverRepository first = newRepository();
    var h = handover(1, "R-7", true, 2);
    assertThat(first.save(h, 0, List.of())).isTrue();
    assertThat(JdbcHandoverRepository.create(Pg.dataSource(), schema).find(OrderId.of("1001"))).contains(h);
  }
}
