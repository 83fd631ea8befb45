package dev.ecomops.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.jdbc.EcomopsSchema;
import dev.ecomops.jdbc.JdbcIdGenerator;
import dev.ecomops.jdbc.JdbcInventoryStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Orders allocated (planned and held) per second on one thread with the nearest strategy, over
 * {@link AllocationBenchmark}'s world (50 US locations, 200 SKUs at 10 to 20 of them, 10,000
 * orders of 1 to 5 lines cycled), with the inventory in PostgreSQL ({@code store=postgres}, an
 * embedded server on the same machine) against the in-memory store in the same run ({@code
 * store=memory}, the baseline). Run:
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar PostgresAllocationBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PostgresAllocationBenchmark {

  /** The world of {@link AllocationBenchmark}, its stock in the chosen store. */
  @State(Scope.Thread)
  public static class World {
    @Param({"memory", "postgres"})
    public String store;

    /** AllocationBenchmark's world, used as a plain object (not a JMH state: its parameters are not ours). */
    final AllocationBenchmark.World world = new AllocationBenchmark.World();
    EmbeddedPostgres pg;
    HikariDataSource pool;

    @Setup(Level.Trial)
    public void stockOnce() throws IOException {
      world.strategy = "nearest";
      world.world();
      InventoryStore inventory;
      StockKeeper.Builder b = StockKeeper.builder().catalog(world.catalog);
      if (store.equals("postgres")) {
        pg = EmbeddedPostgres.builder().start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        EcomopsSchema.migrate(pool, "bench");
        inventory = JdbcInventoryStore.create(pool, "bench");
        b.ids(JdbcIdGenerator.create(pool, "bench", 1_000));
      } else {
        inventory = InMemoryInventoryStore.create();
      }
      StockKeeper keeper = b.store(inventory).build();
      SplittableRandom rnd = new SplittableRandom(7);
      for (int s = 0; s < AllocationBenchmark.SKUS; s++) {
        int at = 10 + rnd.nextInt(11);
        for (int k = 0; k < at; k++) {
          keeper.receive(Receipt.builder().sku(Sku.of("SKU" + s)).location(world.locations.get(
              rnd.nextInt(AllocationBenchmark.LOCATIONS)).id()).quantity(1_000_000)
              .idempotencyKey(IdempotencyKey.of("r" + s + "-" + k)).build());
        }
      }
      // stocked once per trial: a million units per key outlast every iteration
      world.allocator = Allocator.of(keeper, NearestStrategy.create());
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      if (pool != null) {
        pool.close();
        pg.close();
      }
    }
  }

  /** One order planned and held. */
  @Benchmark
  public Allocation allocate(World w) {
    return w.world.allocator.allocate(w.world.nextOrder());
  }
}
