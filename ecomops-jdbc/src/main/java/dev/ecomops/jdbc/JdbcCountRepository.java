package dev.ecomops.jdbc;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.inventory.CycleCount;
import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.core.spi.Outbox;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link CountRepository} on PostgreSQL (schema version 6 of {@link EcomopsSchema}): a
 * conditional write per save with its events in the outbox, in one transaction; open counts found
 * through a partial index. A lost race answers false like a version mismatch; other failures throw
 * {@link IllegalStateException}.
 */
public final class JdbcCountRepository implements CountRepository {
  private final JdbcOutbox outbox;
  private final VersionedTable<CycleCount> counts;

  private JdbcCountRepository(DataSource dataSource, String schema) {
    this.outbox = JdbcOutbox.create(dataSource, schema);
    this.counts = new VersionedTable<>(dataSource, outbox, schema, "cycle_count", CycleCount.class, CycleCount::id,
        CycleCount::version, c -> null, c -> !c.posted());
  }

  /**
   * The repository of a migrated schema, writing events to that schema's outbox.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcCountRepository create(DataSource dataSource, String schema) {
    return new JdbcCountRepository(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public boolean save(CycleCount count, long expectedVersion, List<EventEnvelope> events) {
    return counts.save(count, expectedVersion, events);
  }

  @Override
  public Optional<CycleCount> find(String id) {
    return counts.find(id);
  }

  @Override
  public List<CycleCount> open() {
    return counts.flagged();
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
