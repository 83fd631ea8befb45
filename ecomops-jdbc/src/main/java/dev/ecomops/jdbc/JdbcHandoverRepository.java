package dev.ecomops.jdbc;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.fulfillment.spi.Handover;
import dev.ecomops.fulfillment.spi.HandoverRepository;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link HandoverRepository} on PostgreSQL (schema version 6 of {@link EcomopsSchema}): a
 * conditional write per save with its events in the outbox, in one transaction. A lost race
 * answers false like a version mismatch; other failures throw {@link IllegalStateException}.
 */
public final class JdbcHandoverRepository implements HandoverRepository {
  private final JdbcOutbox outbox;
  private final VersionedTable<Handover> handovers;

  private JdbcHandoverRepository(DataSource dataSource, String schema) {
    this.outbox = JdbcOutbox.create(dataSource, schema);
    this.handovers = new VersionedTable<>(dataSource, outbox, schema, "handover", Handover.class,
        h -> h.orderId().value(), Handover::version, h -> null, h -> false);
  }

  /**
   * The repository of a migrated schema, writing events to that schema's outbox.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcHandoverRepository create(DataSource dataSource, String schema) {
    return new JdbcHandoverRepository(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public boolean save(Handover handover, long expectedVersion, List<EventEnvelope> events) {
    return handovers.save(handover, expectedVersion, events);
  }

  @Override
  public Optional<Handover> find(OrderId orderId) {
    return handovers.find(orderId.value());
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
