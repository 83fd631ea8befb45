package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
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
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.retry.RetriesExhaustedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A node that dies mid-command: a child JVM reserves and releases on 4 threads against the
 * shared database and halts ({@code Runtime.halt}, no shutdown hooks, no finally blocks) at a
 * random moment. What it left must be whole: balances equal their ledger's replay, every reserve
 * movement has its reservation, every waiting StockMoved or StockReserved event describes a
 * movement or reservation that exists. Then this JVM carries on where it stopped, on the same data.
 */
@DisplayName("a node killed mid-run (Runtime.halt in a child JVM) leaves no partial commit")
class KilledNodeTest {
  static final LocationId DC = LocationId.of("DC");
  static final int SKUS = 4;

  /** The child: args are the JDBC URL, the schema, the seed. */
  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(6);
    HikariDataSource pool = new HikariDataSource(config);
    StockKeeper keeper = keeper(pool, args[1]);
    long seed = Long.parseLong(args[2]);
    SplittableRandom r = new SplittableRandom(seed);
    long haltAfterMillis = 300 + r.nextInt(1_200);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int me = t;
      Thread w = new Thread(() -> {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + me);
        List<ReservationId> mine = new ArrayList<>();
        for (int i = 0; ; i++) {
          try {
            Reservation res = keeper.reserve(ReserveRequest.builder().sku(Sku.of("S" + rnd.nextInt(SKUS))).location(DC)
                .quantity(1 + rnd.nextInt(3)).reference("c" + me + "-" + i)
                .idempotencyKey(IdempotencyKey.of(seed + "-" + me + "-" + i)).build());
            mine.add(res.id());
            if (rnd.nextBoolean() && !mine.isEmpty()) {
              keeper.release(mine.remove(rnd.nextInt(mine.size())));
            }
          } catch (InsufficientStockException | RetriesExhaustedException e) {
            if (!mine.isEmpty()) {
              keeper.release(mine.remove(0));
            }
          }
        }
      });
      w.setDaemon(true);
      workers.add(w);
      w.start();
    }
    Thread.sleep(haltAfterMillis);
    Runtime.getRuntime().halt(137);
  }

  static StockKeeper keeper(javax.sql.DataSource ds, String schema) {
    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build());
    for (int i = 0; i < SKUS; i++) {
      catalog.add(Product.builder().sku(Sku.of("S" + i)).name("s" + i).build());
    }
    return StockKeeper.builder().catalog(catalog).store(JdbcInventoryStore.create(ds, schema)).recordEvents()
        .ids(JdbcIdGenerator.create(ds, schema, 20)).build();
  }

  @Test
  @DisplayName("3 child JVMs halted at random moments: balances equal their ledgers, no reservation or event half written")
  void haltedChildren() throws Exception {
    String schema = Pg.freshSchema();
    StockKeeper here = keeper(Pg.dataSource(), schema);
    for (int i = 0; i < SKUS; i++) {
      here.receive(Receipt.builder().sku(Sku.of("S" + i)).location(DC).quantity(40)
          .idempotencyKey(IdempotencyKey.of("init-" + i)).build());
    }
    String url = ((HikariDataSource) Pg.dataSource()).getJdbcUrl();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    for (long seed = 1; seed <= 3; seed++) {
      Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
          KilledNodeTest.class.getName(), url, schema, Long.toString(seed)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child ends").isTrue();
      assertThat(child.exitValue()).as("it was halted, not crashed").isEqualTo(137);
      checkWhole(schema);
    }
    // and the survivor works on what the dead left: a fresh reservation and release on every SKU
    for (int i = 0; i < SKUS; i++) {
      try {
        Reservation r = here.reserve(ReserveRequest.builder().sku(Sku.of("S" + i)).location(DC).quantity(1).reference("after")
            .idempotencyKey(IdempotencyKey.of("after-" + i)).build());
        here.release(r.id());
      } catch (InsufficientStockException e) {
        // stranded-by-death reservations may hold it all; they expire or are released by the host
      }
    }
    checkWhole(schema);
  }

  private static void checkWhole(String schema) {
    JdbcInventoryStore store = JdbcInventoryStore.create(Pg.dataSource(), schema);
    long reserveMovements = 0;
    for (StockKey k : store.keys()) {
      List<Movement> ledger = store.movements(k);
      Balance b = store.balance(k);
      assertThat(Balance.replay(ledger)).as("replay of %s equals its stored balance", k).isEqualTo(b);
      assertThat(b.reserved()).as("never oversold").isBetween(0L, b.onHand());
      for (Movement m : ledger) {
        if (m.kind() == MovementKind.RESERVE) {
          reserveMovements++;
          assertThat(store.reservation(ReservationId.of(m.reference().orElseThrow()))).as("reservation of %s", m).isPresent();
        }
      }
    }
    assertThat(reserveMovements).as("the children did work before they died").isPositive();
    // every waiting event describes state that exists: an event was never written without its commit
    List<dev.ecomops.core.event.EventEnvelope> waiting = store.outbox().claim(java.time.Instant.now(),
        java.time.Duration.ofMinutes(1), 100_000);
    assertThat(waiting).as("the children's events wait in the outbox").isNotEmpty();
    java.util.Map<StockKey, java.util.Set<Movement>> ledgers = new java.util.HashMap<>();
    for (dev.ecomops.core.event.EventEnvelope e : waiting) {
      if (e.event() instanceof dev.ecomops.core.event.InventoryEvent.StockMoved moved) {
        assertThat(ledgers.computeIfAbsent(moved.movement().key(), k -> new java.util.HashSet<>(store.movements(k))))
            .as("movement of %s", e.id()).contains(moved.movement());
      } else if (e.event() instanceof dev.ecomops.core.event.InventoryEvent.StockReserved reserved) {
        assertThat(store.reservation(reserved.reservation().id())).as("reservation of %s", e.id()).isPresent();
      }
    }
    store.outbox().unclaim(waiting);
  }
}
