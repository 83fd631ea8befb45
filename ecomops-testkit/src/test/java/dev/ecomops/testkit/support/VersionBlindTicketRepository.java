package dev.ecomops.testkit.support;

import dev.ecomops.core.support.Ticket;
import dev.ecomops.core.support.spi.TicketRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A repository that stores whatever it is given, ignoring versions. */
final class VersionBlindTicketRepository implements TicketRepository {
  private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

  @Override
  public boolean save(Ticket ticket, long expectedVersion) {
    tickets.put(ticket.id(), ticket);
    return true;
  }

  @Override
  public Optional<Ticket> find(String id) {
    return Optional.ofNullable(tickets.get(id));
  }
}
