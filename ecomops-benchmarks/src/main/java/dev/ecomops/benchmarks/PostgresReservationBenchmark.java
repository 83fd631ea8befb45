package dev.ecomops.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.jdbc.EcomopsSchema;
import dev.ecomops.jdbc.JdbcIdGenerator;
import dev.ecomops.jdbc.JdbcInventoryStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reserve+release pairs per second through {@link JdbcInventoryStore} on a real PostgreSQL 17
 * (embedded, started by the benchmark), against a baseline in the same run on the same pool: a
 * bare transaction of one conditional single-row {@code UPDATE} per reserve and one per release
 * (what any hand-written stock table costs at least). The keeper's pair writes, per command, the
 * balance (conditional update), a movement, the reservation, an idempotency record and the
 * command's events in the outbox, and the thread relays the outbox every {@value #RELAY_EVERY}
 * pairs. Each thread works its own SKU (no contention: the cost of the write path, not of
 * conflicts). Run:
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar PostgresReservationBenchmark
 * </pre>
 *
 * Quote {@code keeper / bare} for 1 and for 8 threads. The server runs on the same machine and
 * its disk writes are the operating system's (fsync on, as PostgreSQL ships).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PostgresReservationBenchmark {
  static final LocationId DC = LocationId.of("DC");
  static final int SKUS = 8;
  static final long STOCK = 1_000_000_000L;
  static final int RELAY_EVERY = 100;

  /** The server, one pool, a migrated schema, a keeper over it, and the bare table. */
  @State(Scope.Benchmark)
  public static class Server {
    EmbeddedPostgres pg;
    HikariDataSource pool;
    StockKeeper keeper;
    JdbcInventoryStore store;
    final AtomicInteger threads = new AtomicInteger();
    final AtomicLong keys = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
      pg = EmbeddedPostgres.builder().start();
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
      config.setMaximumPoolSize(10);
      pool = new HikariDataSource(config);
      EcomopsSchema.migrate(pool, "bench");
      InMemoryCatalog catalog = InMemoryCatalog.create()
          .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build());
      for (int i = 0; i < SKUS; i++) {
        catalog.add(Product.builder().sku(sku(i)).name("s" + i).build());
      }
      store = JdbcInventoryStore.create(pool, "bench");
      keeper = StockKeeper.builder().catalog(catalog).store(store).recordEvents()
          .ids(JdbcIdGenerator.create(pool, "bench", 1_000)).build();
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE bench.bare (id INT PRIMARY KEY, on_hand BIGINT NOT NULL, reserved BIGINT NOT NULL)");
        for (int i = 0; i < SKUS; i++) {
          s.execute("INSERT INTO bench.bare VALUES (" + i + ", " + STOCK + ", 0)");
        }
      }
      for (int i = 0; i < SKUS; i++) {
        keeper.receive(Receipt.builder().sku(sku(i)).location(DC).quantity(STOCK)
            .idempotencyKey(IdempotencyKey.of("init-" + i)).build());
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      pool.close();
      pg.close();
    }
  }

  /** A thread's SKU, and its relay. */
  @State(Scope.Thread)
  public static class Mine {
    int index;
    int pairs;
    OutboxRelay relay;

    @Setup(Level.Trial)
    public void pick(Server server) {
      index = server.threads.getAndIncrement() % SKUS;
    }
  }

  static Sku sku(int i) {
    return Sku.of("S" + i);
  }

  static Reservation keeperPair(Server s, Mine m, Blackhole bh) {
    Reservation r = s.keeper.reserve(ReserveRequest.builder().sku(sku(m.index)).location(DC).quantity(1).reference("line")
        .idempotencyKey(IdempotencyKey.of("k-" + s.keys.incrementAndGet())).build());
    Reservation released = s.keeper.release(r.id());
    if (++m.pairs % RELAY_EVERY == 0) {
      if (m.relay == null) {
        m.relay = OutboxRelay.of(s.store.outbox(), bh::consume);
      }
      m.relay.drain(RELAY_EVERY * 4, 8);
    }
    return released;
  }

  static int barePair(Server s, Mine m) throws SQLException {
    int changed = bare(s, "UPDATE bench.bare SET reserved = reserved + 1 WHERE id = ? AND on_hand - reserved >= 1", m.index);
    return changed + bare(s, "UPDATE bench.bare SET reserved = reserved - 1 WHERE id = ? AND reserved >= 1", m.index);
  }

  private static int bare(Server s, String sql, int id) throws SQLException {
    try (Connection c = s.pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setInt(1, id);
        int n = ps.executeUpdate();
        c.commit();
        return n;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** One thread: the keeper on PostgreSQL. */
  @Benchmark
  @Threads(1)
  public void keeper1(Server s, Mine m, Blackhole bh) {
    bh.consume(keeperPair(s, m, bh));
  }

  /** One thread: the bare conditional updates. */
  @Benchmark
  @Threads(1)
  public int bare1(Server s, Mine m) throws SQLException {
    return barePair(s, m);
  }

  /** Eight threads, a SKU each: the keeper on PostgreSQL. */
  @Benchmark
  @Threads(8)
  public void keeper8(Server s, Mine m, Blackhole bh) {
    bh.consume(keeperPair(s, m, bh));
  }

  /** Eight threads, a SKU each: the bare conditional updates. */
  @Benchmark
  @Threads(8)
  public int bare8(Server s, Mine m) throws SQLException {
    return barePair(s, m);
  }
}
