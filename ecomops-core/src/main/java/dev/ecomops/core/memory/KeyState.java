package dev.ecomops.core.memory;

import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.StockKey;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.StampedLock;
import org.jspecify.annotations.Nullable;

/**
 * One stock key's state in the in-memory store. Commits hold the write lock of every key they
 * touch, in key order; balance reads are optimistic and fall back to the read lock while a commit
 * is writing.
 */
final class KeyState {
  final StockKey key;
  /** Its position in the {@link KeyRegistry}, which tables keep instead of the key. */
  final int index;
  /** The lines of a plain reservation on this key (one unit per unit), shared by all of them. */
  final List<ReservationLine> line;
  final StampedLock lock = new StampedLock();
  final CompactLedger ledger = new CompactLedger();
  volatile Balance balance = Balance.EMPTY;
  volatile @Nullable ConcurrentSkipListSet<InMemoryInventoryStore.Due> due;

  KeyState(StockKey key, int index) {
    this.key = key;
    this.index = index;
    this.line = List.of(new ReservationLine(key, 1));
  }
}
