package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.testkit.event.OutboxContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcOutbox on PostgreSQL: the Outbox contract")
class JdbcOutboxTest extends OutboxContract {
  private String schema;

  @Override
  protected Outbox newOutbox() {
    schema = Pg.freshSchema();
    return JdbcOutbox.create(Pg.dataSource(), schema);
  }

  @Override
  protected void append(Outbox outbox, List<EventEnvelope> events) {
    try (Connection c = Pg.dataSource().getConnection()) {
      c.setAutoCommit(false);
      ((JdbcOutbox) outbox).append(c, events);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("events written before a restart are claimed after it, equal and in order, and a rolled-back write leaves none")
  void survivesRestart() throws SQLException {
    append(outbox, List.of(event("t1", 1), event("t1", 2)));
    try (Connection c = Pg.dataSource().getConnection()) {
      c.setAutoCommit(false);
      ((JdbcOutbox) outbox).append(c, List.of(event("t2", 1)));
      c.rollback(); // the write the events belonged to failed: they go with it
    }
    Outbox restarted = JdbcOutbox.create(Pg.dataSource(), schema);
    List<EventEnvelope> claimed = restarted.claim(T0, LEASE, 10);
    assertThat(claimed).extracting(EventEnvelope::id).containsExactly(event("t1", 1).id(), event("t1", 2).id());
    assertThat(claimed.get(0).event()).isEqualTo(event("t1", 1).event());
    assertThat(restarted.pending()).isEqualTo(2);
  }
}
