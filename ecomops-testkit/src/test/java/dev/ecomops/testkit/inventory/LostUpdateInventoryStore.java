package dev.ecomops.testkit.inventory;

import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.testkit.fault.ForwardingInventoryStore;
import java.util.List;

/**
 * A deliberately broken store that forgets optimistic versions: before committing it replaces
 * every expected version with the one stored now, so a commit computed from a stale read
 * overwrites a concurrent one. The contract kit and the Lincheck test must fail against it.
 */
final class LostUpdateInventoryStore extends ForwardingInventoryStore {

  /** Over the embedded store. */
  LostUpdateInventoryStore() {
    this(InMemoryInventoryStore.create());
  }

  /** Over another store (a small one, for Lincheck's model checker). */
  LostUpdateInventoryStore(InventoryStore delegate) {
    super(delegate);
  }

  @Override
  public CommitOutcome commit(Commit c) {
    // widen the window between the caller's read and this write, so that concurrent callers
    // reliably interleave there even on a machine with few cores
    Thread.yield();
    List<Commit.StockUpdate> stock = c.stock().stream()
        .map(u -> new Commit.StockUpdate(u.key(), delegate().balance(u.key()).version(), u.movements(), u.balance()))
        .toList();
    List<Commit.ReservationUpdate> reservations = c.reservations().stream()
        .map(u -> new Commit.ReservationUpdate(u.reservation(),
            delegate().reservation(u.reservation().id()).map(Reservation::version).orElse(0L)))
        .toList();
    return delegate().commit(new Commit(c.idempotencyKey(), c.fingerprint(), stock, reservations, c.events()));
  }
}
