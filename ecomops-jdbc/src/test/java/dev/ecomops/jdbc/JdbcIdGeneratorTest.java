package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.spi.IdGenerator;
import dev.ecomops.testkit.event.IdGeneratorContract;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcIdGenerator on PostgreSQL: the IdGenerator contract")
class JdbcIdGeneratorTest extends IdGeneratorContract {
  private final String schema = Pg.freshSchema();

  @Override
  protected IdGenerator newGenerator() {
    return JdbcIdGenerator.create(Pg.dataSource(), schema, 100);
  }

  @Test
  @DisplayName("two generators on one database (two nodes) never hand out one id twice, block size 1 or 7")
  void twoNodes() {
    for (int size : new int[] {1, 7}) {
      IdGenerator a = JdbcIdGenerator.create(Pg.dataSource(), schema, size);
      IdGenerator b = JdbcIdGenerator.create(Pg.dataSource(), schema, size);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 50; i++) {
        assertThat(seen.add(a.nextId("O"))).isTrue();
        assertThat(seen.add(b.nextId("O"))).isTrue();
      }
    }
  }

  @Test
  @DisplayName("a block size out of range, or a schema name that is not one, is refused naming it")
  void badArguments() {
    assertThatThrownBy(() -> JdbcIdGenerator.create(Pg.dataSource(), schema, 0)).hasMessageContaining("blockSize");
    assertThatThrownBy(() -> JdbcIdGenerator.create(Pg.dataSource(), "x; DROP TABLE y", 10)).hasMessageContaining("schema");
  }
}
