package dev.ecomops.jdbc;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.testkit.event.OutboxContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JdbcOutbox on PostgreSQL: the Outbox contract")
class JdbcOutboxTest extends OutboxContract {
  @Override
  protected Outbox newOutbox() {
    return JdbcOutbox.create(Pg.dataSource(), Pg.freshSchema());
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
}
