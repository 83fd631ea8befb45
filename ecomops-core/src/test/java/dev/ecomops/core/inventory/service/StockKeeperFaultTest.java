package dev.ecomops.core.inventory.service;

import static dev.ecomops.core.inventory.service.Fixtures.DC1;
import static dev.ecomops.core.inventory.service.Fixtures.TEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetriesExhaustedException;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.spi.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StockKeeper under faults")
class StockKeeperFaultTest {

  /** A store whose commits misbehave as told: answer CONFLICT, or apply and then throw. */
  static final class FaultyStore implements InventoryStore {
    final InMemoryInventoryStore delegate = InMemoryInventoryStore.create();
    volatile boolean alwaysConflict;
    final AtomicInteger loseAcks = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();

    @Override
    public CommitOutcome commit(Commit commit) {
      commits.incrementAndGet();
      if (alwaysConflict) {
        return CommitOutcome.conflict();
      }
      CommitOutcome o = delegate.commit(commit);
      if (loseAcks.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("connection reset after commit");
      }
      return o;
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
    public Outbox outbox() {
      return delegate.outbox();
    }
  }

  final FaultyStore store = new FaultyStore();
  final InMemoryEventLog log = InMemoryEventLog.create();
  final Fixtures f = new Fixtures();
  final StockKeeper keeper = StockKeeper.builder().catalog(f.catalog).store(store).events(log).clock(f.clock)
      .ids(SequentialIdGenerator.create())
      .retry(RetryPolicy.builder().maxAttempts(50).spins(50).deadline(Duration.ofSeconds(30)).build()).build();
  final StockKey tee1 = StockKey.of(TEE, DC1);

  private Reservation reserve(long q, String key) {
    return keeper.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(q).reference("cart")
        .idempotencyKey(IdempotencyKey.of(key)).build());
  }

  private void receive(long q, String key) {
    keeper.receive(Receipt.builder().sku(TEE).location(DC1).quantity(q).idempotencyKey(IdempotencyKey.of(key)).build());
  }

  @Test
  @DisplayName("a store that always answers CONFLICT: reserve gives up after the policy's attempts, naming the key, writing nothing")
  void reserve_alwaysConflict_bounded() {
    receive(10, "r1");
    Balance before = store.balance(tee1);
    store.alwaysConflict = true;
    store.commits.set(0);
    assertThatThrownBy(() -> reserve(2, "cart-1/tee")).isInstanceOf(RetriesExhaustedException.class)
        .hasMessageContaining("idempotencyKey cart-1/tee").hasMessageContaining("50 attempts");
    assertThat(store.commits.get()).isEqualTo(50);
    assertThat(store.balance(tee1)).isEqualTo(before);
    assertThat(store.committed(IdempotencyKey.of("cart-1/tee"))).isEmpty();
  }

  @Test
  @DisplayName("a lost acknowledgement: the retry with the same key returns the first reservation, and its events arrive once")
  void reserve_lostAck_replayDeliversEventsOnce() {
    receive(10, "r1");
    store.loseAcks.set(1);
    assertThatThrownBy(() -> reserve(3, "cart-2/tee")).hasMessageContaining("connection reset");
    // the commit applied; the caller saw an error and retries with the same key
    Reservation again = reserve(3, "cart-2/tee");
    assertThat(store.balance(tee1).reserved()).isEqualTo(3);
    assertThat(log.events(InventoryEvent.StockReserved.class)).extracting(e -> e.reservation().id())
        .containsExactly(again.id());
    assertThat(log.duplicates()).isZero();
    assertThat(store.outbox().pending()).isZero();
  }

  @Test
  @DisplayName("a lost acknowledgement on an unkeyed release: the retry finds it released and the event arrives once")
  void release_lostAck() {
    receive(10, "r1");
    Reservation r = reserve(4, "cart-3/tee");
    store.loseAcks.set(1);
    assertThatThrownBy(() -> keeper.release(r.id())).hasMessageContaining("connection reset");
    assertThat(keeper.release(r.id()).status()).isEqualTo(ReservationStatus.RELEASED);
    assertThat(log.events(InventoryEvent.ReservationReleased.class)).hasSize(1);
    assertThat(store.balance(tee1).reserved()).isZero();
  }

  @Test
  @DisplayName("a publisher that throws delays events but loses none: the next command delivers them, in order")
  void publisherThrows_eventsKept() {
    List<EventEnvelope> got = new ArrayList<>();
    AtomicInteger refuse = new AtomicInteger(3);
    EventPublisher flaky = new EventPublisher() {
      @Override
      public void publish(dev.ecomops.core.event.DomainEvent event) {
        throw new AssertionError("deliver is used");
      }

      @Override
      public void deliver(EventEnvelope e) {
        if (refuse.getAndDecrement() > 0) {
          throw new IllegalStateException("bus down");
        }
        got.add(e);
      }
    };
    StockKeeper k = StockKeeper.builder().catalog(f.catalog).store(store).events(flaky).clock(f.clock).build();
    k.receive(Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("a")).build());
    k.receive(Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("b")).build());
    k.receive(Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("c")).build());
    assertThat(got).isEmpty();
    assertThat(store.outbox().pending()).isEqualTo(3);
    k.receive(Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("d")).build());
    assertThat(got).extracting(EventEnvelope::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(got).extracting(EventEnvelope::aggregate).containsOnly("stock/TEE@DC1");
    assertThat(store.outbox().pending()).isZero();
  }

  @Test
  @DisplayName("recordEvents: events wait in the store's outbox until the host's relay delivers them")
  void recordEvents_hostRelays() {
    StockKeeper k = StockKeeper.builder().catalog(f.catalog).store(store).recordEvents().clock(f.clock).build();
    k.receive(Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("a")).build());
    Reservation r = k.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(2).reference("x")
        .idempotencyKey(IdempotencyKey.of("x")).build());
    k.release(r.id());
    assertThat(log.size()).isZero();
    assertThat(store.outbox().pending()).isEqualTo(5);
    OutboxRelay relay = OutboxRelay.builder().outbox(store.outbox()).publisher(log).clock(f.clock).build();
    assertThat(relay.drain(2, 10)).isEqualTo(5);
    assertThat(log.envelopes()).extracting(EventEnvelope::id).containsExactly("stock/TEE@DC1#1", "stock/TEE@DC1#2",
        "reservation/" + r.id() + "#1", "stock/TEE@DC1#3", "reservation/" + r.id() + "#2");
    assertThat(relay.relayOnce(10)).isZero();
  }

  @Test
  @DisplayName("a keeper without events writes none to the outbox")
  void noEvents_outboxEmpty() {
    StockKeeper k = StockKeeper.builder().catalog(f.catalog).store(store).clock(f.clock).build();
    k.receive(Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("a")).build());
    assertThat(store.outbox().pending()).isZero();
  }
}
