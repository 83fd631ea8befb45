package dev.ecomops.jdbc;

import dev.ecomops.returns.spi.ReturnRepository;
import dev.ecomops.testkit.returns.ReturnRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcReturnRepository on PostgreSQL: the ReturnRepository contract")
class JdbcReturnRepositoryTest extends ReturnRepositoryContract {
  @Override
  protected ReturnRepository newRepository() {
    return JdbcReturnRepository.create(Pg.dataSource(), Pg.freshSchema());
  }
}
