package dev.ecomops.testkit.fault;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.spi.Outbox;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link InventoryStore} that hands every call to another: extend it and override the calls a
 * test wrapper changes (a store that loses updates, one that publishes after the commit), as with
 * Guava's forwarding collections. Thread safe when the delegate is.
 */
public abstract class ForwardingInventoryStore implements InventoryStore {
  private final InventoryStore delegate;

  /** @param delegate the store calls go to */
  protected ForwardingInventoryStore(InventoryStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** The store calls go to. */
  protected InventoryStore delegate() {
    return delegate;
  }

  @Override
  public Balance balance(StockKey key) {
    return delegate.balance(key);
  }

  @Override
  public List<Movement> movements(StockKey key) {
    return delegate.movements(key);
  }

  @Override
  public List<StockKey> keys() {
    return delegate.keys();
  }

  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    return delegate.reservation(id);
  }

  @Override
  public List<Reservation> dueReservations(StockKey key, Instant now) {
    return delegate.dueReservations(key, now);
  }

  @Override
  public List<Reservation> dueReservations(Instant now, int limit) {
    return delegate.dueReservations(now, limit);
  }

  @Override
  public Optional<CommitRecord> committed(IdempotencyKey key) {
    return delegate.committed(key);
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    return delegate.commit(commit);
  }

  @Override
  public Outbox outbox() {
    return delegate.outbox();
  }
}
