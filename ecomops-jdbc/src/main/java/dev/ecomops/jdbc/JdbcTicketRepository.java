package dev.ecomops.jdbc;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.returns.support.Ticket;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link TicketRepository} on PostgreSQL (schema version 4 of {@link EcomopsSchema}): a
 * conditional write per save with its events in the outbox, in one transaction. A lost race
 * answers false like a version mismatch; other failures throw {@link IllegalStateException}.
 */
public final class JdbcTicketRepository implements TicketRepository {
  private final JdbcOutbox outbox;
  private final VersionedTable<Ticket> tickets;

  private JdbcTicketRepository(DataSource dataSource, String schema) {
    this.outbox = JdbcOutbox.create(dataSource, schema);
    this.tickets = new VersionedTable<>(dataSource, outbox, schema, "ticket", Ticket.class, Ticket::id, Ticket::version,
        t -> null, t -> false);
  }

  /**
   * The repository of a migrated schema, writing events to that schema's outbox.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcTicketRepository create(DataSource dataSource, String schema) {
    return new JdbcTicketRepository(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public boolean save(Ticket ticket, long expectedVersion, List<EventEnvelope> events) {
    return tickets.save(ticket, expectedVersion, events);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Optional<Ticket> find(String id) {
    return tickets.find(id);
  }
}
