package dev.ecomops.core.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StockKeeper under real threads")
class StockKeeperConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ATTEMPTS = 200_000;
  private static final int SKUS = 20;
  private static final long STOCK_PER_SKU = 40;
  private static final LocationId DC = LocationId.of("DC");

  @Test
  @DisplayName("8 threads, 200,000 reservation attempts on 20 SKUs mixed with releases and expiries: never oversold, ledger replay equals balances, no lost update")
  void reserveReleaseExpire_noOversellNoLostUpdate() throws Exception {
    InMemoryCatalog catalog = InMemoryCatalog.create();
    catalog.add(Location.builder().id(DC).name("DC").country("US").position(GeoPoint.of(0, 0)).build());
    List<StockKey> keys = new ArrayList<>();
    for (int i = 0; i < SKUS; i++) {
      Sku sku = Sku.of("S" + i);
      catalog.add(Product.builder().sku(sku).name("s" + i).build());
      keys.add(StockKey.of(sku, DC));
    }
    ManualClock clock = ManualClock.at(Fixtures.START);
    InMemoryInventoryStore store = InMemoryInventoryStore.create();
    StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(store).clock(clock).build();
    for (StockKey k : keys) {
      keeper.receive(Receipt.builder().sku(k.sku()).location(DC).quantity(STOCK_PER_SKU)
          .idempotencyKey(IdempotencyKey.of("init-" + k)).build());
    }

    AtomicLong attempts = new AtomicLong();
    AtomicLong reserved = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    CyclicBarrier start = new CyclicBarrier(THREADS + 1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int seed = t;
      Thread w = new Thread(() -> {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ReservationId> mine = new ArrayList<>();
        await(start);
        for (int n = 0; n < ATTEMPTS / THREADS; n++) {
          StockKey k = keys.get(rnd.nextInt(SKUS));
          attempts.incrementAndGet();
          try {
            Reservation r = keeper.reserve(ReserveRequest.builder().sku(k.sku()).location(DC).quantity(1 + rnd.nextInt(3))
                .reference("t" + seed + "-" + n).idempotencyKey(IdempotencyKey.of("t" + seed + "-" + n))
                .timeToLive(rnd.nextBoolean() ? java.util.Optional.of(Duration.ofSeconds(1 + rnd.nextInt(30)))
                    : java.util.Optional.empty()).build());
            reserved.incrementAndGet();
            mine.add(r.id());
          } catch (InsufficientStockException e) {
            refused.incrementAndGet();
          }
          int roll = rnd.nextInt(20);
          if (roll < 13 && !mine.isEmpty()) {
            keeper.release(mine.remove(rnd.nextInt(mine.size())));
          } else if (roll == 19) {
            clock.advance(Duration.ofSeconds(1));
            keeper.expireDue(50);
          }
        }
      });
      w.setUncaughtExceptionHandler((thread, e) -> errors.add(e));
      workers.add(w);
      w.start();
    }
    Thread checker = new Thread(() -> {
      await(start);
      while (running.get()) {
        for (StockKey k : keys) {
          Balance b = store.balance(k);
          if (b.reserved() > b.onHand() || b.reserved() < 0) {
            violations.add(k + " " + b);
          }
        }
      }
    });
    checker.start();
    for (Thread w : workers) {
      w.join();
    }
    running.set(false);
    checker.join();

    assertThat(errors).as("no worker thread died of an unexpected exception").isEmpty();
    assertThat(violations).as("reserved never exceeds on hand at any check").isEmpty();
    assertThat(attempts.get()).isEqualTo(ATTEMPTS);
    assertThat(refused.get()).as("stock was limited, so some attempts were refused").isPositive();
    long totalReserveMovements = 0;
    for (StockKey k : keys) {
      List<Movement> ledger = store.movements(k);
      Balance b = store.balance(k);
      assertThat(Balance.replay(ledger)).as("replay of %s", k).isEqualTo(b);
      assertThat(b.onHand()).isEqualTo(STOCK_PER_SKU);
      long open = ledger.stream().mapToLong(m -> switch (m.kind()) {
        case RESERVE -> m.quantity();
        case RELEASE, EXPIRE -> -m.quantity();
        default -> 0;
      }).sum();
      assertThat(b.reserved()).isEqualTo(open);
      totalReserveMovements += ledger.stream().filter(m -> m.kind() == MovementKind.RESERVE).count();
    }
    long expiries = keys.stream().flatMap(k -> store.movements(k).stream()).filter(m -> m.kind() == MovementKind.EXPIRE).count();
    assertThat(expiries).as("expiries happened concurrently with reservations").isPositive();
    assertThat(totalReserveMovements).as("every successful reservation, and only those, is in the ledger: no lost update")
        .isEqualTo(reserved.get());
    long heldByReservations = 0;
    for (StockKey k : keys) {
      heldByReservations += store.movements(k).stream().filter(m -> m.kind() == MovementKind.RESERVE)
          .map(m -> store.reservation(ReservationId.of(m.reference().orElseThrow())).orElseThrow())
          .mapToLong(Reservation::open).sum();
    }
    assertThat(heldByReservations).isEqualTo(keys.stream().mapToLong(k -> store.balance(k).reserved()).sum());
  }

  private static void await(CyclicBarrier b) {
    try {
      b.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
