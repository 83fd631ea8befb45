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
 * An {@link InventoryStore} that fails as a database does: a commit may throw before writing,
 * write and throw (a lost acknowledgement), time out either way, or answer a version conflict it
 * did not have; a read may throw. Its outbox fails the same way ({@link FaultyOutbox}).
 */
public final class FaultyInventoryStore implements InventoryStore {
  private final InventoryStore delegate;
  private final FaultInjector faults;
  private final Outbox outbox;

  /**
   * A wrapper.
   *
   * @param delegate the real store
   * @param faults the source of faults
   */
  public FaultyInventoryStore(InventoryStore delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.outbox = new FaultyOutbox(delegate.outbox(), faults);
  }

  /** The real store, for checks that must not fail. */
  public InventoryStore delegate() {
    return delegate;
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    return faults.write("InventoryStore.commit", () -> delegate.commit(commit), CommitOutcome.conflict());
  }

  @Override
  public Balance balance(StockKey key) {
    faults.read("InventoryStore.balance");
    return delegate.balance(key);
  }

  @Override
  public List<Movement> movements(StockKey key) {
    faults.read("InventoryStore.movements");
    return delegate.movements(key);
  }

  @Override
  public List<StockKey> keys() {
    faults.read("InventoryStore.keys");
    return delegate.keys();
  }

  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    faults.read("InventoryStore.reservation");
    return delegate.reservation(id);
  }

  @Override
  public List<Reservation> dueReservations(StockKey key, Instant now) {
    faults.read("InventoryStore.dueReservations");
    return delegate.dueReservations(key, now);
  }

  @Override
  public List<Reservation> dueReservations(Instant now, int limit) {
    faults.read("InventoryStore.dueReservations");
    return delegate.dueReservations(now, limit);
  }

  @Override
  public Optional<CommitRecord> committed(IdempotencyKey key) {
    faults.read("InventoryStore.committed");
    return delegate.committed(key);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
