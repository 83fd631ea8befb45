package dev.ecomops.core.memory;

import dev.ecomops.core.support.Ticket;
import dev.ecomops.core.support.spi.TicketRepository;
import java.util.Optional;

/** The embedded {@link TicketRepository}: a {@link VersionedMap}. Thread safe. */
public final class InMemoryTicketRepository implements TicketRepository {
  private final VersionedMap<Ticket> tickets = new VersionedMap<>(Ticket::id, Ticket::version);

  @Override
  public boolean save(Ticket ticket, long expectedVersion) {
    return tickets.save(ticket, expectedVersion);
  }

  @Override
  public Optional<Ticket> find(String id) {
    return tickets.find(id);
  }
}
