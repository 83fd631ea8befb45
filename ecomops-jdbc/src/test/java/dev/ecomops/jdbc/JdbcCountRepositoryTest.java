package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.testkit.inventory.CountRepositoryContract;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcCountRepository on PostgreSQL: the CountRepository contract")
class JdbcCountRepositoryTest extends CountRepositoryContract {
  private String schema;

  @Override
  protected CountRepository newRepository() {
    schema = Pg.freshSchema();
    return JdbcCountRepository.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    CountRepository first = newRepository();
    var c = count("C-1", 1, 7, false);
    assertThat(first.save(c, 0, List.of())).isTrue();
    CountRepository second = JdbcCountRepository.create(Pg.dataSource(), schema);
    assertThat(second.find("C-1")).contains(c);
    assertThat(second.open()).containsExactly(c);
  }
}
