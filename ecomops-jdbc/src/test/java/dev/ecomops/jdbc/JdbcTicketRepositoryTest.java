package dev.ecomops.jdbc;

import dev.ecomops.core.support.spi.TicketRepository;
import dev.ecomops.testkit.support.TicketRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcTicketRepository on PostgreSQL: the TicketRepository contract")
class JdbcTicketRepositoryTest extends TicketRepositoryContract {
  @Override
  protected TicketRepository newRepository() {
    return JdbcTicketRepository.create(Pg.dataSource(), Pg.freshSchema());
  }
}
