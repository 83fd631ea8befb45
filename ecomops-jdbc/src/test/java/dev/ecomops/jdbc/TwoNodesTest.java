package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetriesExhaustedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("two nodes, one PostgreSQL database")
class TwoNodesTest {
  private static final int THREADS_PER_NODE = 4;
  private static final int ATTEMPTS_PER_THREAD = 150;
  private static final int SKUS = 6;
  private static final long STOCK_PER_SKU = 30;
  private static final LocationId DC = LocationId.of("DC");

  @Test
  @DisplayName("two StockKeepers on two pools, 8 threads reserving and releasing scarce stock, each node relaying its outbox: never oversold, ledger replay equals balances, every event delivered once after dedupe")
  void twoKeepers_oneDatabase() throws Exception {
    String schema = Pg.freshSchema();
    InMemoryCatalog catalog = InMemoryCatalog.create();
    catalog.add(Location.builder().id(DC).name("DC").country("US").position(GeoPoint.of(0, 0)).build());
    List<StockKey> keys = new ArrayList<>();
    for (int i = 0; i < SKUS; i++) {
      catalog.add(Product.builder().sku(Sku.of("S" + i)).name("s" + i).build());
      keys.add(StockKey.of(Sku.of("S" + i), DC));
    }
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-02T10:00:00Z"));
    InMemoryEventLog consumer = InMemoryEventLog.create();
    try (HikariDataSource second = Pg.anotherNode(THREADS_PER_NODE + 1)) {
      DataSource[] pools = {Pg.dataSource(), second};
      StockKeeper[] keepers = new StockKeeper[2];
      OutboxRelay[] relays = new OutboxRelay[2];
      for (int n = 0; n < 2; n++) {
        JdbcInventoryStore store = JdbcInventoryStore.create(pools[n], schema);
        keepers[n] = StockKeeper.builder().catalog(catalog).store(store).clock(clock).recordEvents()
            .ids(JdbcIdGenerator.create(pools[n], schema, 50)).build();
        relays[n] = OutboxRelay.builder().outbox(store.outbox()).publisher(consumer).clock(clock).build();
      }
      for (StockKey k : keys) {
        keepers[0].receive(Receipt.builder().sku(k.sku()).location(DC).quantity(STOCK_PER_SKU)
            .idempotencyKey(IdempotencyKey.of("init-" + k)).build());
      }
      AtomicLong reserved = new AtomicLong();
      AtomicLong refused = new AtomicLong();
      AtomicLong gaveUp = new AtomicLong();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      int threads = 2 * THREADS_PER_NODE;
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        StockKeeper keeper = keepers[t % 2];
        OutboxRelay relay = relays[t % 2];
        Thread w = new Thread(() -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          List<ReservationId> mine = new ArrayList<>();
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
            StockKey k = keys.get(rnd.nextInt(SKUS));
            try {
              Reservation r = keeper.reserve(ReserveRequest.builder().sku(k.sku()).location(DC)
                  .quantity(1 + rnd.nextInt(3)).reference("t" + seed + "-" + i)
                  .idempotencyKey(IdempotencyKey.of("t" + seed + "-" + i)).build());
              reserved.incrementAndGet();
              mine.add(r.id());
            } catch (InsufficientStockException e) {
              refused.incrementAndGet();
            } catch (RetriesExhaustedException e) {
              gaveUp.incrementAndGet();
            }
            if (rnd.nextInt(10) < 6 && !mine.isEmpty()) {
              ReservationId id = mine.remove(rnd.nextInt(mine.size()));
              try {
                keeper.release(id);
              } catch (RetriesExhaustedException e) {
                gaveUp.incrementAndGet();
                keeper.release(id); // the host's own retry: a release must not be lost
              }
            }
            if (i % 10 == 0) {
              relay.relayOnce(50);
            }
          }
        });
        w.setUncaughtExceptionHandler((thread, e) -> errors.add(e));
        workers.add(w);
        w.start();
      }
      for (Thread w : workers) {
        w.join();
      }
      assertThat(errors).as("no worker died of an unexpected exception").isEmpty();
      assertThat(refused.get()).as("stock was scarce: some reservations were refused").isPositive();
      relays[0].drain(500, 1_000);
      relays[1].drain(500, 1_000);

      JdbcInventoryStore reader = JdbcInventoryStore.create(Pg.dataSource(), schema);
      long reserveMovements = 0;
      for (StockKey k : keys) {
        List<Movement> ledger = reader.movements(k);
        Balance b = reader.balance(k);
        assertThat(Balance.replay(ledger)).as("replay of %s", k).isEqualTo(b);
        assertThat(b.onHand()).isEqualTo(STOCK_PER_SKU);
        assertThat(b.reserved()).as("never oversold").isBetween(0L, b.onHand());
        reserveMovements += ledger.stream().filter(m -> m.kind() == MovementKind.RESERVE).count();
      }
      assertThat(reserveMovements).as("every reservation made, and only those, is in the ledger").isEqualTo(reserved.get());
      assertThat(reader.outbox().pending()).as("every event relayed").isZero();
      List<String> ids = consumer.envelopes().stream().map(e -> e.id()).toList();
      assertThat(ids).as("delivered once after dedupe").doesNotHaveDuplicates();
      Set<String> reservedEvents = consumer.events(InventoryEvent.StockReserved.class).stream()
          .map(e -> e.reservation().id().value()).collect(Collectors.toSet());
      Set<String> reservedInLedger = keys.stream().flatMap(k -> reader.movements(k).stream())
          .filter(m -> m.kind() == MovementKind.RESERVE).map(m -> m.reference().orElseThrow()).collect(Collectors.toSet());
      assertThat(reservedEvents).as("a StockReserved event for each reservation in the ledger").isEqualTo(reservedInLedger);
    }
  }
}
