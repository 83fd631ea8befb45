package dev.ecomops.returns.spi;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.support.Ticket;
import java.util.List;
import java.util.Optional;

/**
 * Where support tickets are kept.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.support.TicketRepositoryContract}:
 *
 * <ol>
 *   <li><b>Conditional, atomic saves.</b> {@link #save} stores the ticket only if the stored
 *       version is {@code expectedVersion} (0: absent); of two concurrent saves against one version
 *       at most one succeeds.
 *   <li><b>Events with the state.</b> A save's events are written to {@link #outbox()} in the same
 *       atomic step, exactly when the save succeeds.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface TicketRepository {

  /**
   * Stores a ticket if the stored version is {@code expectedVersion} (0 for a new one), with the
   * events the change causes.
   *
   * @param events written to the outbox with the ticket, in order
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(Ticket ticket, long expectedVersion, List<EventEnvelope> events);

  /**
   * {@link #save(Ticket, long, List)} without events.
   *
   * @return false, storing nothing, when the stored version differs
   */
  default boolean save(Ticket ticket, long expectedVersion) {
    return save(ticket, expectedVersion, List.of());
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the same instance on every call
   */
  Outbox outbox();

  /** A ticket by id. */
  Optional<Ticket> find(String id);
}
