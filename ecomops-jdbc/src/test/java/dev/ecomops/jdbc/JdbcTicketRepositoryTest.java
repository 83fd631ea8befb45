package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.testkit.support.TicketRepositoryContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcTicketRepository on PostgreSQL: the TicketRepository contract")
class JdbcTicketRepositoryTest extends TicketRepositoryContract {
  private String schema;

  @Override
  protected TicketRepository newRepository() {
    schema = Pg.freshSchema();
    return JdbcTicketRepository.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    TicketRepository first = newRepository();
    var t = ticket("T-1", 1, 5);
    assertThat(first.save(t, 0)).isTrue();
    assertThat(JdbcTicketRepository.create(Pg.dataSource(), schema).find("T-1")).contains(t);
  }
}
