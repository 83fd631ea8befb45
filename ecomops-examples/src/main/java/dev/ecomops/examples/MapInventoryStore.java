package dev.ecomops.examples;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link InventoryStore} a host might write in an afternoon: plain hash maps behind one monitor.
 * Every method is {@code synchronized}, which makes each commit atomic and every read
 * linearizable; a database-backed store would get the same from a transaction that checks the
 * expected versions (for example {@code UPDATE ... WHERE version = ?}). Commits' events go to the
 * SDK's in-memory outbox while the monitor is held; a database store would insert them into an
 * outbox table in the same transaction.
 */
public final class MapInventoryStore implements InventoryStore {
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
    return List.copyOf(ledgers.keySet());
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
    out.sort(Comparator.comparing((Reservation r) -> r.expiresAt().orElseThrow()).thenComparing(r -> r.id().value()));
    return out;
  }

  @Override
  public synchronized List<Reservation> dueReservations(Instant now, int limit) {
    List<Reservation> out = new ArrayList<>();
    for (Reservation r : reservations.values()) {
      if (r.isDue(now)) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing((Reservation r) -> r.expiresAt().orElseThrow()).thenComparing(r -> r.id().value()));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  @Override
  public synchronized Optional<CommitRecord> committed(IdempotencyKey key) {
    return Optional.ofNullable(commits.get(key));
  }

  @Override
  public synchronized CommitOutcome commit(Commit commit) {
    IdempotencyKey key = commit.idempotencyKey();
    CommitRecord earlier = key == null ? null : commits.get(key);
    if (earlier != null) {
      return CommitOutcome.duplicate(earlier);
    }
    for (Commit.StockUpdate u : commit.stock()) {
      if (balance(u.key()).version() != u.expectedVersion()) {
        return CommitOutcome.conflict();
      }
    }
    for (Commit.ReservationUpdate u : commit.reservations()) {
      long stored = reservation(u.reservation().id()).map(Reservation::version).orElse(0L);
      if (stored != u.expectedVersion()) {
        return CommitOutcome.conflict();
      }
    }
    for (Commit.StockUpdate u : commit.stock()) {
      if (!u.movements().isEmpty()) {
        ledgers.computeIfAbsent(u.key(), k -> new ArrayList<>()).addAll(u.movements());
        balances.put(u.key(), u.balance());
      }
    }
    for (Commit.ReservationUpdate u : commit.reservations()) {
      reservations.put(u.reservation().id(), u.reservation());
    }
    if (key != null) {
      commits.put(key, CommitRecord.of(commit));
    }
    // inside the monitor, with the state: the outbox holds a commit's events exactly when it applied
    outbox.append(commit.events());
    return CommitOutcome.applied();
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
