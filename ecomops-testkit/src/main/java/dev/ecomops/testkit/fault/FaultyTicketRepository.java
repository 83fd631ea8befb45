package dev.ecomops.testkit.fault;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.returns.support.Ticket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@link TicketRepository} whose writes and reads fail as a database's do (see {@link FaultInjector}). */
public final class FaultyTicketRepository implements TicketRepository {
  private final TicketRepository delegate;
  private final FaultInjector faults;
  private final Outbox outbox;

  /**
   * A wrapper.
   *
   * @param delegate the real repository
   * @param faults the source of faults
   */
  public FaultyTicketRepository(TicketRepository delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.outbox = new FaultyOutbox(delegate.outbox(), faults);
  }

  @Override
  public boolean save(Ticket ticket, long expectedVersion, List<EventEnvelope> events) {
    return faults.write("TicketRepository.save", () -> delegate.save(ticket, expectedVersion, events), false);
  }

  @Override
  public Optional<Ticket> find(String id) {
    faults.read("TicketRepository.find");
    return delegate.find(id);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
