package dev.ecomops.jdbc;

import dev.ecomops.core.RmaId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link ReturnRepository} on PostgreSQL (schema version 4 of {@link EcomopsSchema}): RMAs
 * indexed by order, each saved by a conditional write with its events in the outbox, in one
 * transaction. A lost race answers false like a version mismatch; other failures throw {@link
 * IllegalStateException}.
 */
public final class JdbcReturnRepository implements ReturnRepository {
  private final JdbcOutbox outbox;
  private final VersionedTable<Rma> rmas;

  private JdbcReturnRepository(DataSource dataSource, String schema) {
    this.outbox = JdbcOutbox.create(dataSource, schema);
    this.rmas = new VersionedTable<>(dataSource, outbox, schema, "rma", Rma.class, v -> v.id().value(), Rma::version,
        r -> r.orderId().value(), r -> false);
  }

  /**
   * The repository of a migrated schema, writing events to that schema's outbox.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcReturnRepository create(DataSource dataSource, String schema) {
    return new JdbcReturnRepository(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public boolean save(Rma rma, long expectedVersion, List<EventEnvelope> events) {
    return rmas.save(rma, expectedVersion, events);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Optional<Rma> find(RmaId id) {
    return rmas.find(id.value());
  }

  @Override
  public List<Rma> byOrder(OrderId orderId) {
    return rmas.byLookup(orderId.value());
  }
}
