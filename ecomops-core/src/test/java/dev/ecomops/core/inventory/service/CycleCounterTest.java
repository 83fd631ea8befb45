package dev.ecomops.core.inventory.service;

import static dev.ecomops.core.inventory.service.Fixtures.DC1;
import static dev.ecomops.core.inventory.service.Fixtures.MUG;
import static dev.ecomops.core.inventory.service.Fixtures.TEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.CountTolerance;
import dev.ecomops.core.inventory.CycleCount;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.memory.InMemoryCountRepository;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.core.spi.Outbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CycleCounter")
class CycleCounterTest {
  final Fixtures f = new Fixtures();
  final CycleCounter counter = CycleCounter.of(f.keeper, SequentialIdGenerator.create(), f.events, f.clock);
  final StockKey tee = StockKey.of(TEE, DC1);
  final StockKey mug = StockKey.of(MUG, DC1);

  @Test
  @DisplayName("variances are posted as count corrections and accuracy is the share within tolerance")
  void post_correctsAndReportsAccuracy() {
    f.receive(TEE, DC1, 100);
    f.receive(MUG, DC1, 50);
    CycleCount c = counter.open(DC1, new CountTolerance(0, 0.02));
    counter.record(c.id(), tee, 99);
    counter.record(c.id(), mug, 45);
    CycleCount posted = counter.post(c.id());
    assertThat(posted.accuracy()).hasValue(0.5);
    assertThat(posted.lines()).extracting(CycleCount.Line::status).containsOnly(CycleCount.Status.POSTED);
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(99);
    assertThat(f.keeper.balance(mug).onHand()).isEqualTo(45);
    assertThat(f.keeper.ledger(mug).get(1).kind()).isEqualTo(MovementKind.COUNT_CORRECTION);
    assertThat(f.events.events(InventoryEvent.StockCounted.class)).hasSize(2);
  }

  @Test
  @DisplayName("a shortfall that reserved units depend on is blocked, not posted, and the rest still posts")
  void post_blockedByReservations() {
    f.receive(TEE, DC1, 10);
    f.receive(MUG, DC1, 10);
    f.reserve(TEE, DC1, 8);
    CycleCount c = counter.open(List.of(tee, mug), CountTolerance.EXACT);
    counter.record(c.id(), tee, 5);
    counter.record(c.id(), mug, 12);
    CycleCount posted = counter.post(c.id());
    assertThat(posted.lines()).extracting(CycleCount.Line::status)
        .containsExactly(CycleCount.Status.BLOCKED, CycleCount.Status.POSTED);
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(10);
    assertThat(f.keeper.balance(mug).onHand()).isEqualTo(12);
    assertThat(posted.accuracy()).hasValue(0.0);
  }

  @Test
  @DisplayName("recording against an unknown count or key is refused")
  void record_badInput() {
    f.receive(TEE, DC1, 1);
    CycleCount c = counter.open(List.of(tee), CountTolerance.EXACT);
    assertThatThrownBy(() -> counter.record("C-999", tee, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("countId");
    assertThatThrownBy(() -> counter.record(c.id(), mug, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> counter.record(c.id(), tee, -1)).isInstanceOf(ValidationException.class).hasMessageContaining("counted");
  }

  @Test
  @DisplayName("posting twice, or recording the same quantity twice, changes nothing; a recount replaces the line")
  void repeats_changeNothing() {
    f.receive(TEE, DC1, 10);
    CycleCount c = counter.open(List.of(tee), CountTolerance.EXACT);
    counter.record(c.id(), tee, 8);
    CycleCount again = counter.record(c.id(), tee, 8);
    assertThat(again.version()).isEqualTo(2);
    assertThat(f.events.events(InventoryEvent.StockCounted.class)).hasSize(1);
    assertThat(counter.record(c.id(), tee, 7).line(tee).orElseThrow().counted()).isEqualTo(7);
    CycleCount posted = counter.post(c.id());
    assertThat(counter.post(c.id())).isEqualTo(posted);
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(7);
    assertThat(counter.open()).isEmpty();
    assertThatThrownBy(() -> counter.record(c.id(), tee, 9)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("countId").hasMessageContaining("open count");
  }

  @Test
  @DisplayName("a count lives in its repository: another counter on it (a restart, another node) records and posts it")
  void count_survivesRestart() {
    f.receive(TEE, DC1, 10);
    InMemoryCountRepository repo = new InMemoryCountRepository();
    CycleCounter first = CycleCounter.of(f.keeper, repo, SequentialIdGenerator.create(), f.events, f.clock);
    CycleCount c = first.open(List.of(tee, mug), new CountTolerance(1, 0));
    first.record(c.id(), tee, 9);
    CycleCounter second = CycleCounter.of(f.keeper, repo, SequentialIdGenerator.create(), f.events, f.clock);
    assertThat(second.open()).extracting(CycleCount::id).containsExactly(c.id());
    second.record(c.id(), mug, 0);
    CycleCount posted = second.post(c.id());
    assertThat(posted.lines()).extracting(CycleCount.Line::status)
        .containsExactly(CycleCount.Status.POSTED, CycleCount.Status.NO_CHANGE);
    assertThat(posted.accuracy()).hasValue(1.0);
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(9);
  }

  @Test
  @DisplayName("a post that fails after correcting the ledger is completed by posting again, without a second correction")
  void post_interrupted_completesOnce() {
    f.receive(TEE, DC1, 10);
    InMemoryCountRepository inner = new InMemoryCountRepository();
    boolean[] failNextPost = {true};
    CountRepository flaky = new CountRepository() {
      @Override
      public boolean save(CycleCount count, long expectedVersion, List<EventEnvelope> events) {
        if (count.posted() && failNextPost[0]) {
          failNextPost[0] = false;
          throw new IllegalStateException("injected: connection lost");
        }
        return inner.save(count, expectedVersion, events);
      }

      @Override
      public Optional<CycleCount> find(String id) {
        return inner.find(id);
      }

      @Override
      public List<CycleCount> open() {
        return inner.open();
      }

      @Override
      public Outbox outbox() {
        return inner.outbox();
      }
    };
    CycleCounter c1 = CycleCounter.of(f.keeper, flaky, SequentialIdGenerator.create(), f.events, f.clock);
    CycleCount c = c1.open(List.of(tee), CountTolerance.EXACT);
    c1.record(c.id(), tee, 6);
    assertThatThrownBy(() -> c1.post(c.id())).hasMessageContaining("injected");
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(6);
    assertThat(c1.post(c.id()).lines().get(0).status()).isEqualTo(CycleCount.Status.POSTED);
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(6);
    assertThat(f.keeper.ledger(tee).stream().filter(m -> m.kind() == MovementKind.COUNT_CORRECTION)).hasSize(1);
  }

  @Test
  @DisplayName("4 threads on two counters over one repository record 50 keys each: every line and event kept")
  void concurrentRecorders_loseNothing() throws Exception {
    InMemoryCountRepository repo = new InMemoryCountRepository();
    List<StockKey> keys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      keys.add(StockKey.of(dev.ecomops.core.Sku.of("S" + i), DC1));
    }
    CycleCounter a = CycleCounter.of(f.keeper, repo, SequentialIdGenerator.create(), f.events, f.clock);
    CycleCounter b = CycleCounter.of(f.keeper, repo, SequentialIdGenerator.create(), f.events, f.clock);
    CycleCount c = a.open(keys, CountTolerance.EXACT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        CycleCounter mine = t % 2 == 0 ? a : b;
        List<StockKey> part = keys.subList(t * 50, t * 50 + 50);
        done.add(pool.submit(() -> part.forEach(k -> mine.record(c.id(), k, 3))));
      }
      for (Future<?> d : done) {
        d.get();
      }
    } finally {
      pool.shutdown();
    }
    CycleCount now = repo.find(c.id()).orElseThrow();
    assertThat(now.lines()).extracting(CycleCount.Line::counted).containsOnly(3L);
    assertThat(now.version()).isEqualTo(201);
    assertThat(f.events.events(InventoryEvent.StockCounted.class)).hasSize(200);
  }
}
