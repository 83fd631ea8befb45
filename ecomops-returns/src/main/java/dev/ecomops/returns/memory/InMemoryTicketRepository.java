package dev.ecomops.returns.memory;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.returns.support.Ticket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The embedded {@link TicketRepository}: a {@link VersionedMap} and an outbox. Thread safe. */
public final class InMemoryTicketRepository implements TicketRepository {
  private final VersionedMap<Ticket> tickets = new VersionedMap<>(Ticket::id, Ticket::version);
  private final InMemoryOutbox outbox;

  /** An empty repository with an outbox of its own. */
  public InMemoryTicketRepository() {
    this(InMemoryOutbox.create());
  }

  /** An empty repository writing its events to {@code outbox}, which other stores may share. */
  public InMemoryTicketRepository(InMemoryOutbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public boolean save(Ticket ticket, long expectedVersion, List<EventEnvelope> events) {
    return tickets.save(ticket, expectedVersion, events, outbox);
  }

  @Override
  public Optional<Ticket> find(String id) {
    return tickets.find(id);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
