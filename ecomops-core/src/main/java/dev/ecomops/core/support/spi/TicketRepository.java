package dev.ecomops.core.support.spi;

import dev.ecomops.core.support.Ticket;
import java.util.Optional;

/** Where support tickets are kept. Implementations must be thread safe and apply {@link #save} atomically. */
public interface TicketRepository {

  /**
   * Stores a ticket if the stored version is {@code expectedVersion} (0 for a new one).
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(Ticket ticket, long expectedVersion);

  /** A ticket by id. */
  Optional<Ticket> find(String id);
}
