package dev.ecomops.testkit.inventory;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.spi.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The smallest correct store: hash maps behind one monitor. Lincheck's model checker explores
 * its few switch points quickly, so a broken twin built on it ({@link LostUpdateInventoryStore})
 * fails by model checking, not only under stress.
 */
final class SimpleStore implements InventoryStore {
  private final Map<StockKey, Balance> balances = new HashMap<>();
  private final Map<StockKey, List<Movement>> ledgers = new HashMap<>();
  private final Map<ReservationId, Reservation> reservations = new HashMap<>();
  private final Map<IdempotencyKey, CommitRecord> commits = new HashMap<>();
  private final InMemoryOutbox outbox = InMemoryOutbox.create();

  @Override
  public synchronized Balance balance(StockKey key) {
    return balances.getOrDefault(key, Balance.EMPTY);
  }

  @Override
  public synchronized List<Movement> movements(StockKey key) {
    return List.copyOf(ledgers.getOrDefault(key, List.of()));
  }

  @Override
  public synchronized List<StockKey> keys() {
    return List.copyOf(balances.keySet());
  }

  @Override
  public synchronized Optional<Reservation> reservation(ReservationId id) {
    return Optional.ofNullable(reservations.get(id));
  }

  @Override
  public synchronized List<Reservation> dueReservations(StockKey key, Instant now) {
    List<Reservation> out = new ArrayList<>();
    for (Reservation r : reservations.values()) {
      if (r.isDue(now) && r.lines().stream().map(ReservationLine::key).anyMatch(key::equals)) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public synchronized List<Reservation> dueReservations(Instant now, int limit) {
    return reservations.values().stream().filter(r -> r.isDue(now)).limit(limit).toList();
  }

  @Override
  public synchronized Optional<CommitRecord> committed(IdempotencyKey key) {
    return Optional.ofNullable(commits.get(key));
  }

  @Override
  public synchronized CommitOutcome commit(Commit c) {
    if (c.idempotencyKey() != null && commits.containsKey(c.idempotencyKey())) {
      return CommitOutcome.duplicate(commits.get(c.idempotencyKey()));
    }
    for (Commit.StockUpdate u : c.stock()) {
      if (balance(u.key()).version() != u.expectedVersion()) {
        return CommitOutcome.conflict();
      }
    }
    for (Commit.ReservationUpdate u : c.reservations()) {
      if (reservation(u.reservation().id()).map(Reservation::version).orElse(0L) != u.expectedVersion()) {
        return CommitOutcome.conflict();
      }
    }
    for (Commit.StockUpdate u : c.stock()) {
      if (!u.movements().isEmpty()) {
        ledgers.computeIfAbsent(u.key(), k -> new ArrayList<>()).addAll(u.movements());
        balances.put(u.key(), u.balance());
      }
    }
    for (Commit.ReservationUpdate u : c.reservations()) {
      reservations.put(u.reservation().id(), u.reservation());
    }
    if (c.idempotencyKey() != null) {
      commits.put(c.idempotencyKey(), CommitRecord.of(c));
    }
    outbox.append(c.events());
    return CommitOutcome.applied();
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
