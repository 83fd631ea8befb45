package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.testkit.Concurrently;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InventoryStore}, as JUnit 5 tests. Extend this class, implement {@link
 * #newStore()}, and run it with your tests:
 *
 * <pre>{@code
 * class JdbcInventoryStoreContractTest extends InventoryStoreContract {
 *   @Override
 *   protected InventoryStore newStore() {
 *     return new JdbcInventoryStore(freshSchema());
 *   }
 * }
 * }</pre>
 *
 * <p>Each nested group traces to one rule of the {@link InventoryStore} javadoc: atomic
 * conditional commit, idempotency, linearizable reads, nothing lost under concurrency, unknown
 * reads as empty, events written with the state. {@link #newStore()} is called before every test
 * and must return an empty store (with an empty outbox).
 */
public abstract class InventoryStoreContract {

  /** Keys and times the tests use. */
  protected static final StockKey A = StockKey.of(Sku.of("CONTRACT-A"), LocationId.of("L1"));
  /** A second key. */
  protected static final StockKey B = StockKey.of(Sku.of("CONTRACT-B"), LocationId.of("L1"));
  /** The time every movement carries. */
  protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** The store under test; fresh for every test. */
  protected InventoryStore store;

  private final AtomicInteger keys = new AtomicInteger();

  /** A new, empty store. Called before each test. */
  protected abstract InventoryStore newStore();

  /** How many threads the concurrency tests use; override to suit a slow store. */
  protected int threads() {
    return 4;
  }

  /** Commits per thread in the concurrency tests. */
  protected int commitsPerThread() {
    return 500;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  /** A fresh idempotency key. */
  protected IdempotencyKey key() {
    return IdempotencyKey.of("contract-" + keys.incrementAndGet() + "-" + System.nanoTime());
  }

  /** A stock update that receives {@code q} units on top of the stored balance of {@code k}. */
  protected Commit.StockUpdate receipt(StockKey k, long q) {
    return update(k, MovementKind.RECEIPT, q, null);
  }

  /** A stock update of one movement on top of the stored balance. */
  protected Commit.StockUpdate update(StockKey k, MovementKind kind, long q, String reference) {
    Balance b = store.balance(k);
    Movement.Builder mb = Movement.builder().key(k).sequence(b.version() + 1).kind(kind).quantity(q).occurredAt(T0);
    if (reference != null) {
      mb.reference(reference);
    }
    Movement m = mb.build();
    return new Commit.StockUpdate(k, b.version(), List.of(m), b.apply(m));
  }

  /** A commit of the given stock updates and reservation writes under a fresh key. */
  protected Commit commit(List<Commit.StockUpdate> stock, List<Commit.ReservationUpdate> reservations) {
    return new Commit(key(), "contract", stock, reservations);
  }

  /** An active reservation of {@code q} units of {@code k}. */
  protected static Reservation reservation(String id, StockKey k, long q, long version, ReservationStatus status,
      Instant expiresAt) {
    long open = status == ReservationStatus.ACTIVE ? q : 0;
    return Reservation.builder().id(ReservationId.of(id)).reference("line-" + id).sku(k.sku()).location(k.location())
        .quantity(q).open(open).picked(0).shipped(0).released(q - open).expired(0).addLines(new ReservationLine(k, 1)).status(status).createdAt(T0)
        .expiresAt(java.util.Optional.ofNullable(expiresAt)).version(version).build();
  }

  @Nested
  @DisplayName("Unknown is empty")
  class Reads {
    @Test
    @DisplayName("an unknown key reads as the empty balance with no movements, and unknown ids as empty")
    void unknown_isEmpty() {
      assertThat(store.balance(A)).isEqualTo(Balance.EMPTY);
      assertThat(store.movements(A)).isEmpty();
      assertThat(store.keys()).isEmpty();
      assertThat(store.reservation(ReservationId.of("nope"))).isEmpty();
      assertThat(store.committed(IdempotencyKey.of("nope"))).isEmpty();
      assertThat(store.dueReservations(A, T0)).isEmpty();
      assertThat(store.dueReservations(T0, 10)).isEmpty();
      assertThat(store.balances(List.of(A, B))).containsExactly(Balance.EMPTY, Balance.EMPTY);
    }

    @Test
    @DisplayName("balances of several keys, known and unknown, repeated, in any order, are each key's balance in the order asked")
    void balances_asEachKey() {
      assertThat(store.commit(commit(List.of(receipt(A, 5)), List.of())).status()).isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.balances(List.of(B, A, B, A))).containsExactly(Balance.EMPTY, store.balance(A), Balance.EMPTY,
          store.balance(A));
      assertThat(store.balances(List.of())).isEmpty();
      assertThat(store.balance(A).onHand()).isEqualTo(5);
    }
  }

  @Nested
  @DisplayName("Atomic, conditional commit")
  class Commits {
    @Test
    @DisplayName("an applied commit is visible to every read: balance, ledger, keys, record")
    void commit_applied_visible() {
      Commit c = commit(List.of(receipt(A, 5)), List.of());
      CommitOutcome out = store.commit(c);
      assertThat(out.status()).isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.balance(A).onHand()).isEqualTo(5);
      assertThat(store.balance(A).version()).isEqualTo(1);
      assertThat(store.movements(A)).isEqualTo(c.stock().get(0).movements());
      assertThat(store.keys()).containsExactly(A);
      assertThat(store.committed(c.idempotencyKey())).hasValueSatisfying(r -> {
        assertThat(r.movements()).isEqualTo(c.stock().get(0).movements());
        assertThat(r.fingerprint()).isEqualTo("contract");
      });
    }

    @Test
    @DisplayName("a stale expected version is refused with CONFLICT and writes nothing, on any key of the commit")
    void commit_staleVersion_conflict() {
      Commit.StockUpdate staleA = receipt(A, 1);
      store.commit(commit(List.of(receipt(A, 5)), List.of()));
      Commit c = commit(List.of(receipt(B, 7), staleA), List.of());
      assertThat(store.commit(c).status()).isEqualTo(CommitOutcome.Status.CONFLICT);
      assertThat(store.balance(B)).isEqualTo(Balance.EMPTY);
      assertThat(store.movements(B)).isEmpty();
      assertThat(store.balance(A).onHand()).isEqualTo(5);
      assertThat(store.committed(c.idempotencyKey())).isEmpty();
    }

    @Test
    @DisplayName("an update without movements is a read check: a stale version refuses the commit, a current one appends nothing")
    void commit_readCheck() {
      store.commit(commit(List.of(receipt(A, 5)), List.of()));
      Commit.StockUpdate check = new Commit.StockUpdate(B, 0, List.of(), Balance.EMPTY);
      Commit.StockUpdate staleCheck = new Commit.StockUpdate(A, 0, List.of(), Balance.EMPTY);
      assertThat(store.commit(commit(List.of(receipt(A, 1), check), List.of())).status()).isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.movements(B)).isEmpty();
      assertThat(store.balance(B)).isEqualTo(Balance.EMPTY);
      assertThat(store.commit(commit(List.of(receipt(B, 1), staleCheck), List.of())).status())
          .isEqualTo(CommitOutcome.Status.CONFLICT);
      assertThat(store.balance(B)).isEqualTo(Balance.EMPTY);
      assertThat(store.balance(A).onHand()).isEqualTo(6);
    }

    @Test
    @DisplayName("a conflicting commit may be retried under the same key once re-read")
    void commit_conflict_retrySameKey() {
      Commit.StockUpdate stale = receipt(A, 1);
      store.commit(commit(List.of(receipt(A, 5)), List.of()));
      IdempotencyKey k = key();
      assertThat(store.commit(new Commit(k, "x", List.of(stale), List.of())).status()).isEqualTo(CommitOutcome.Status.CONFLICT);
      assertThat(store.commit(new Commit(k, "x", List.of(receipt(A, 1)), List.of())).status())
          .isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.balance(A).onHand()).isEqualTo(6);
    }

    @Test
    @DisplayName("paged reads: a ledger after a sequence and keys after a key, in order, a page at a time, the whole of each once")
    void pagedReads() {
      List<StockKey> all = new java.util.ArrayList<>();
      for (String sku : List.of("B", "A", "AB", "a", "Z")) {
        for (String loc : List.of("DC2", "DC1")) {
          all.add(StockKey.of(sku, loc));
        }
      }
      for (StockKey k : all) {
        store.commit(commit(List.of(receipt(k, 1)), List.of()));
      }
      for (int i = 0; i < 6; i++) {
        store.commit(commit(List.of(receipt(A, 1)), List.of()));
      }
      List<StockKey> paged = new java.util.ArrayList<>();
      StockKey after = null;
      while (true) {
        List<StockKey> page = store.keys(after, 3);
        paged.addAll(page);
        if (page.size() < 3) {
          break;
        }
        after = page.get(page.size() - 1);
      }
      List<StockKey> expected = new java.util.ArrayList<>(store.keys());
      java.util.Collections.sort(expected);
      assertThat(paged).isEqualTo(expected).contains(all.toArray(StockKey[]::new));
      List<Movement> ledger = store.movements(A);
      List<Movement> pages = new java.util.ArrayList<>();
      long seq = 0;
      while (true) {
        List<Movement> page = store.movements(A, seq, 4);
        pages.addAll(page);
        if (page.size() < 4) {
          break;
        }
        seq = page.get(page.size() - 1).sequence();
      }
      assertThat(pages).isEqualTo(ledger);
      assertThat(store.movements(A, ledger.get(ledger.size() - 1).sequence(), 5)).isEmpty();
      assertThatThrownBy(() -> store.movements(A, -1, 5)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("afterSequence");
      assertThatThrownBy(() -> store.keys(null, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit");
      assertThatThrownBy(() -> store.keys(null, 10_001)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit");
    }

    @Test
    @DisplayName("a reservation read for planning, after the store's own reads, is the reservation and the balances of its lines' keys; unknown is empty")
    void planningReservation() {
      store.commit(commit(List.of(receipt(A, 5), receipt(B, 3)), List.of()));
      Reservation r1 = reservation("R1", A, 2, 1, ReservationStatus.ACTIVE, null);
      store.commit(commit(List.of(update(A, MovementKind.RESERVE, 2, "R1")), List.of(new Commit.ReservationUpdate(r1, 0))));
      store.reservation(r1.id());
      store.balance(A);
      var read = store.planningReservation(r1.id()).orElseThrow();
      assertThat(read.reservation()).isEqualTo(store.reservation(r1.id()).orElseThrow());
      assertThat(read.balances()).containsOnlyKeys(A).containsEntry(A, store.balance(A));
      assertThat(read.balances().get(A).reserved()).isEqualTo(2);
      assertThat(store.planningReservation(ReservationId.of("nope"))).isEmpty();
    }

    @Test
    @DisplayName("a multi-key commit writes every key or none")
    void commit_multiKey_atomic() {
      store.commit(commit(List.of(receipt(A, 3), receipt(B, 4)), List.of()));
      assertThat(store.balance(A).onHand()).isEqualTo(3);
      assertThat(store.balance(B).onHand()).isEqualTo(4);
      assertThat(store.keys()).containsExactlyInAnyOrder(A, B);
    }

    @Test
    @DisplayName("a commit writing two reservations, one of them stale, is a conflict and writes neither, nor its movements")
    void commit_twoReservations_oneStale() {
      store.commit(commit(List.of(receipt(A, 5)), List.of()));
      Reservation r1 = reservation("R1", A, 1, 1, ReservationStatus.ACTIVE, null);
      store.commit(commit(List.of(update(A, MovementKind.RESERVE, 1, "R1")), List.of(new Commit.ReservationUpdate(r1, 0))));
      long version = store.balance(A).version();
      Reservation r2 = reservation("R2", A, 1, 1, ReservationStatus.ACTIVE, null);
      Reservation r1Again = reservation("R1", A, 1, 1, ReservationStatus.ACTIVE, null);
      CommitOutcome out = store.commit(commit(List.of(update(A, MovementKind.RESERVE, 1, "R2")),
          List.of(new Commit.ReservationUpdate(r2, 0), new Commit.ReservationUpdate(r1Again, 0))));
      assertThat(out.status()).isEqualTo(CommitOutcome.Status.CONFLICT);
      assertThat(store.reservation(r2.id())).isEmpty();
      assertThat(store.reservation(r1.id())).contains(r1);
      assertThat(store.balance(A).version()).isEqualTo(version);
      assertThat(store.balance(A).reserved()).isEqualTo(1);
    }

    @Test
    @DisplayName("reservations are created at expected version 0 and updated only from the stored version")
    void commit_reservationVersions() {
      store.commit(commit(List.of(receipt(A, 5)), List.of()));
      Reservation r1 = reservation("R1", A, 2, 1, ReservationStatus.ACTIVE, null);
      assertThat(store.commit(commit(List.of(update(A, MovementKind.RESERVE, 2, "R1")),
          List.of(new Commit.ReservationUpdate(r1, 0)))).status()).isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.reservation(r1.id())).contains(r1);
      Reservation again = reservation("R1", A, 2, 1, ReservationStatus.ACTIVE, null);
      assertThat(store.commit(commit(List.of(update(A, MovementKind.RESERVE, 2, "R1")),
          List.of(new Commit.ReservationUpdate(again, 0)))).status()).isEqualTo(CommitOutcome.Status.CONFLICT);
      Reservation released = reservation("R1", A, 2, 2, ReservationStatus.RELEASED, null);
      assertThat(store.commit(commit(List.of(update(A, MovementKind.RELEASE, 2, "R1")),
          List.of(new Commit.ReservationUpdate(released, 5)))).status()).isEqualTo(CommitOutcome.Status.CONFLICT);
      assertThat(store.commit(commit(List.of(update(A, MovementKind.RELEASE, 2, "R1")),
          List.of(new Commit.ReservationUpdate(released, 1)))).status()).isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.reservation(r1.id())).contains(released);
      assertThat(store.balance(A).reserved()).isZero();
    }
  }

  @Nested
  @DisplayName("Idempotent")
  class Idempotency {
    @Test
    @DisplayName("a second commit under an applied key writes nothing and returns the first record")
    void commit_duplicate() {
      Commit first = commit(List.of(receipt(A, 5)), List.of());
      store.commit(first);
      Commit second = new Commit(first.idempotencyKey(), "other", List.of(receipt(A, 9)), List.of());
      CommitOutcome out = store.commit(second);
      assertThat(out.status()).isEqualTo(CommitOutcome.Status.DUPLICATE);
      assertThat(out.record().movements()).isEqualTo(first.stock().get(0).movements());
      assertThat(store.balance(A).onHand()).isEqualTo(5);
      assertThat(store.movements(A)).hasSize(1);
    }

    @Test
    @DisplayName("a commit without an idempotency key applies on its versions alone and leaves no record")
    void commit_unkeyed() {
      Commit c = new Commit(null, "unkeyed", List.of(receipt(A, 2)), List.of());
      assertThat(store.commit(c).status()).isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.commit(new Commit(null, "unkeyed", List.of(receipt(A, 3)), List.of())).status())
          .isEqualTo(CommitOutcome.Status.APPLIED);
      assertThat(store.balance(A).onHand()).isEqualTo(5);
      Commit stale = new Commit(null, "unkeyed", List.of(new Commit.StockUpdate(A, 0, List.of(), Balance.EMPTY)), List.of());
      assertThat(store.commit(stale).status()).isEqualTo(CommitOutcome.Status.CONFLICT);
    }

    @Test
    @DisplayName("of concurrent commits under one key, on different stock keys, exactly one applies")
    void commit_sameKeyConcurrently_oneApplies() throws Exception {
      for (int round = 0; round < 50; round++) {
        IdempotencyKey k = key();
        Commit onA = new Commit(k, "a", List.of(receipt(A, 1)), List.of());
        Commit onB = new Commit(k, "b", List.of(receipt(B, 1)), List.of());
        List<CommitOutcome> outs = Concurrently.run(2, i -> store.commit(i == 0 ? onA : onB));
        assertThat(outs).extracting(CommitOutcome::status)
            .containsExactlyInAnyOrder(CommitOutcome.Status.APPLIED, CommitOutcome.Status.DUPLICATE);
      }
      assertThat(store.balance(A).onHand() + store.balance(B).onHand()).isEqualTo(50);
    }
  }

  /** The StockMoved envelope of each movement of a stock update, as a keeper would attach them. */
  protected static List<EventEnvelope> events(Commit.StockUpdate u) {
    return u.movements().stream()
        .map(m -> EventEnvelope.of("stock", m.key(), m.sequence(), new InventoryEvent.StockMoved(m))).toList();
  }

  private List<EventEnvelope> drainedBy(OutboxRelay relay, InMemoryEventLog log) {
    relay.drain(100, 100);
    return log.envelopes();
  }

  @Nested
  @DisplayName("Events with the state (the outbox)")
  class Outbox {
    @Test
    @DisplayName("an applied commit's events wait in the store's outbox, in order, and a relay delivers each once")
    void commit_eventsWithState() {
      Commit.StockUpdate first = receipt(A, 5);
      store.commit(new Commit(key(), "r1", List.of(first), List.of(), events(first)));
      Commit.StockUpdate second = receipt(A, 2);
      store.commit(new Commit(key(), "r2", List.of(second), List.of(), events(second)));
      assertThat(store.outbox().pending()).isEqualTo(2);
      InMemoryEventLog log = InMemoryEventLog.create();
      OutboxRelay relay = OutboxRelay.builder().outbox(store.outbox()).publisher(log).clock(Clock.fixed(T0, ZoneOffset.UTC))
          .build();
      assertThat(drainedBy(relay, log)).extracting(EventEnvelope::id)
          .containsExactly("stock/" + A + "#1", "stock/" + A + "#2");
      assertThat(store.outbox().pending()).isZero();
    }

    @Test
    @DisplayName("a refused commit and a duplicate commit write no events")
    void commit_refusedOrDuplicate_noEvents() {
      Commit.StockUpdate u = receipt(A, 5);
      Commit c = new Commit(key(), "r1", List.of(u), List.of(), events(u));
      store.commit(c);
      Commit.StockUpdate stale = new Commit.StockUpdate(A, 0, u.movements(), u.balance());
      assertThat(store.commit(new Commit(key(), "stale", List.of(stale), List.of(), events(stale))).status())
          .isEqualTo(CommitOutcome.Status.CONFLICT);
      assertThat(store.commit(c).status()).isEqualTo(CommitOutcome.Status.DUPLICATE);
      assertThat(store.outbox().pending()).isEqualTo(1);
    }

    @Test
    @DisplayName("a lost acknowledgement: the retried commit is a duplicate, and the first attempt's events are delivered once")
    void commit_lostAck_replayKeepsEvents() {
      Commit.StockUpdate u = receipt(A, 5);
      Commit c = new Commit(key(), "r1", List.of(u), List.of(), events(u));
      store.commit(c); // the caller never heard back
      assertThat(store.commit(c).status()).isEqualTo(CommitOutcome.Status.DUPLICATE);
      InMemoryEventLog log = InMemoryEventLog.create();
      OutboxRelay relay = OutboxRelay.builder().outbox(store.outbox()).publisher(log).clock(Clock.fixed(T0, ZoneOffset.UTC))
          .build();
      assertThat(drainedBy(relay, log)).hasSize(1);
      assertThat(log.duplicates()).isZero();
    }

    @Test
    @DisplayName("a relay run twice, or two relays, deliver nothing twice")
    void relayTwice_nothingTwice() {
      for (int i = 0; i < 20; i++) {
        Commit.StockUpdate u = receipt(i % 2 == 0 ? A : B, 1);
        store.commit(new Commit(key(), "r", List.of(u), List.of(), events(u)));
      }
      InMemoryEventLog log = InMemoryEventLog.create();
      Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
      OutboxRelay one = OutboxRelay.builder().outbox(store.outbox()).publisher(log).clock(clock).build();
      OutboxRelay two = OutboxRelay.builder().outbox(store.outbox()).publisher(log).clock(clock).build();
      assertThat(one.relayOnce(7) + two.relayOnce(7) + one.drain(5, 10) + two.drain(5, 10)).isEqualTo(20);
      assertThat(one.relayOnce(100) + two.relayOnce(100)).isZero();
      assertThat(log.envelopes()).hasSize(20);
      assertThat(log.duplicates()).isZero();
    }
  }

  @Nested
  @DisplayName("Nothing lost under concurrency")
  class Concurrency {
    @Test
    @DisplayName("threads that read, compute and commit with retry on conflict lose no update")
    void concurrentCommits_noLostUpdate() throws Exception {
      int n = commitsPerThread();
      Concurrently.run(threads(), t -> {
        for (int i = 0; i < n; i++) {
          while (store.commit(commit(List.of(receipt(i % 2 == 0 ? A : B, 1)), List.of())).status()
              != CommitOutcome.Status.APPLIED) {
            Thread.onSpinWait();
          }
        }
        return null;
      });
      long total = (long) threads() * n;
      assertThat(store.balance(A).onHand() + store.balance(B).onHand()).as("every applied commit counted").isEqualTo(total);
      assertThat(store.movements(A).size() + store.movements(B).size()).isEqualTo(total);
      assertThat(Balance.replay(store.movements(A))).isEqualTo(store.balance(A));
      assertThat(Balance.replay(store.movements(B))).isEqualTo(store.balance(B));
    }
  }

  @Nested
  @DisplayName("Due reservations")
  class Due {
    @Test
    @DisplayName("active reservations whose expiry time has come are due, by key and overall; others are not")
    void due_reservations() {
      store.commit(commit(List.of(receipt(A, 9)), List.of()));
      Instant soon = T0.plus(Duration.ofMinutes(5));
      Reservation r1 = reservation("R1", A, 1, 1, ReservationStatus.ACTIVE, soon);
      Reservation r2 = reservation("R2", A, 1, 1, ReservationStatus.ACTIVE, soon.plusSeconds(60));
      store.commit(commit(List.of(update(A, MovementKind.RESERVE, 1, "R1")), List.of(new Commit.ReservationUpdate(r1, 0))));
      store.commit(commit(List.of(update(A, MovementKind.RESERVE, 1, "R2")), List.of(new Commit.ReservationUpdate(r2, 0))));
      assertThat(store.dueReservations(A, soon.minusSeconds(1))).isEmpty();
      assertThat(store.dueReservations(A, soon)).containsExactly(r1);
      assertThat(store.dueReservations(soon.plusSeconds(60), 10)).containsExactly(r1, r2);
      assertThat(store.dueReservations(soon.plusSeconds(60), 1)).containsExactly(r1);
      Reservation released = reservation("R1", A, 1, 2, ReservationStatus.RELEASED, soon);
      store.commit(commit(List.of(update(A, MovementKind.RELEASE, 1, "R1")), List.of(new Commit.ReservationUpdate(released, 1))));
      assertThat(store.dueReservations(soon.plusSeconds(60), 10)).containsExactly(r2);
    }
  }
}
