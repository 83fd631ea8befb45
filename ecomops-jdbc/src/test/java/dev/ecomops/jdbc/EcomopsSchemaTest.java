package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the schema as Flyway migrations")
class EcomopsSchemaTest {
  @Test
  @DisplayName("migrating creates the schema's tables; migrating again changes nothing and answers the same version")
  void migrate() throws SQLException {
    String schema = Pg.freshSchema();
    assertThat(tables(schema)).contains("outbox", "stock_balance", "stock_movement", "reservation", "reservation_key",
        "commit_record", "cycle_count", "tracked_parcel", "handover", "refund", "flyway_schema_history");
    String again = EcomopsSchema.migrate(Pg.dataSource(), schema);
    assertThat(again).isEqualTo("6");
    assertThat(tables(schema)).contains("outbox");
  }

  @Test
  @DisplayName("a schema name that could not be written into SQL unquoted is refused naming it")
  void badName() {
    for (String bad : new String[] {"", "1abc", "Upper", "a-b", "x; DROP TABLE y", "a".repeat(64)}) {
      assertThatThrownBy(() -> EcomopsSchema.migrate(Pg.dataSource(), bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
    }
  }

  private static List<String> tables(String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = Pg.dataSource().getConnection();
        ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }
}
