package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.RmaId;
import dev.ecomops.returns.spi.ReturnRepository;
import dev.ecomops.testkit.returns.ReturnRepositoryContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcReturnRepository on PostgreSQL: the ReturnRepository contract")
class JdbcReturnRepositoryTest extends ReturnRepositoryContract {
  private String schema;

  @Override
  protected ReturnRepository newRepository() {
    schema = Pg.freshSchema();
    return JdbcReturnRepository.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    ReturnRepository first = newRepository();
    var rma = rma("RMA-1", "O-1", 1, 0);
    assertThat(first.save(rma, 0)).isTrue();
    ReturnRepository restarted = JdbcReturnRepository.create(Pg.dataSource(), schema);
    assertThat(restarted.find(RmaId.of("RMA-1"))).contains(rma);
    assertThat(restarted.byOrder(rma.orderId())).containsExactly(rma);
  }
}
