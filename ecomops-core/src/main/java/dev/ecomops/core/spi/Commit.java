package dev.ecomops.core.spi;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.StockKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One atomic change to an {@link InventoryStore}: movements appended to one or more ledgers with
 * the balances they derive, and reservations created or updated, all guarded by expected versions
 * and recorded under an idempotency key.
 *
 * @param idempotencyKey the key of the command that produced it, or null for a command that is
 *     idempotent by the state it checks (release, confirm, ship, expire of a reservation): such a
 *     commit is guarded by versions alone and leaves no record
 * @param fingerprint a digest of the command, to tell a true replay from a reused key
 * @param stock ledger appends, at most one per key
 * @param reservations reservation writes, at most one per id
 * @param events the domain events the change causes, in order: the store writes them to its
 *     {@link Outbox} in the same atomic step as the state, or not at all (see {@link
 *     InventoryStore}, rule 7)
 */
public record Commit(@Nullable IdempotencyKey idempotencyKey, String fingerprint, List<StockUpdate> stock,
    List<ReservationUpdate> reservations, List<EventEnvelope> events) {

  /** Copies the lists. */
  public Commit {
    stock = List.copyOf(stock);
    reservations = List.copyOf(reservations);
    events = List.copyOf(events);
  }

  /** A commit that causes no events (a keeper that records none). */
  public Commit(@Nullable IdempotencyKey idempotencyKey, String fingerprint, List<StockUpdate> stock,
      List<ReservationUpdate> reservations) {
    this(idempotencyKey, fingerprint, stock, reservations, List.of());
  }

  /**
   * Movements appended to one key's ledger.
   *
   * @param key the ledger
   * @param expectedVersion the balance version the commit was computed from; the store refuses
   *     the commit if the stored version differs
   * @param movements the movements, with sequences {@code expectedVersion + 1, + 2, ...}; empty
   *     for a read check, which appends nothing but still requires the version to match
   * @param balance the balance after the movements
   */
  public record StockUpdate(StockKey key, long expectedVersion, List<Movement> movements, Balance balance) {
    /** Copies the list. */
    public StockUpdate {
      movements = List.copyOf(movements);
    }
  }

  /**
   * A reservation written.
   *
   * @param reservation its new state, whose version is {@code expectedVersion + 1}
   * @param expectedVersion the stored version the change was computed from; 0 to create
   */
  public record ReservationUpdate(Reservation reservation, long expectedVersion) {}
}
