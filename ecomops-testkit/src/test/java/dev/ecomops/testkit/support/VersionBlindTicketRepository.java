package dev.ecomops.testkit.support;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.returns.support.Ticket;
import java.util.List;
import java.util.Optional;

/**
 * A repository that stores whatever it is given, ignoring versions: the embedded one, each save
 * told to expect whatever is stored and retried until it lands, so the last writer wins.
 */
final class VersionBlindTicketRepository implements TicketRepository {
  private final InMemoryTicketRepository real = new InMemoryTicketRepository();

  @Override
  public boolean save(Ticket ticket, long expectedVersion, List<EventEnvelope> events) {
    while (!real.save(ticket, real.find(ticket.id()).map(Ticket::version).orElse(0L), events)) {
      Thread.onSpinWait();
    }
    return true;
  }

  @Override
  public Optional<Ticket> find(String id) {
    return real.find(id);
  }

  @Override
  public Outbox outbox() {
    return real.outbox();
  }
}
