package dev.ecomops.benchmarks;

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
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.outbox.OutboxRelay;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reserve+release pairs per second on the in-memory store, with the ledger and idempotency on
 * (every reserve carries a fresh idempotency key and leaves a commit record, every pair appends
 * two movements), against a baseline that does the same arithmetic on a plain {@link AtomicLong}
 * with a compare-and-set loop (check available, add the quantity; then subtract it).
 *
 * <p>Two workloads: one thread on its own SKU (uncontended), and two threads on one hot SKU.
 * The store is rebuilt every iteration, so within one it grows by every pair (a million and more
 * reservations, ledger entries and idempotency records in 2 seconds), and what it keeps costs the
 * garbage collector. {@code uncontendedKeeperBounded} takes a fresh store every {@value #BOUND}
 * pairs instead: the cost of the command path itself, with the store's retained state small.
 * {@code ...Outbox} are the same two with the transactional outbox on (events written with every
 * commit, relayed every {@value #RELAY_EVERY} pairs): quote them against their plain twins. Run:
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar ReservationBenchmark
 * </pre>
 *
 * One op is one pair; quote {@code keeper / baseline} for each workload. Two forks of ten 2-second
 * iterations keep the error bars usable on a shared 2-core machine. The heap is fixed and touched
 * up front: a growing store otherwise measures the operating system handing the heap its pages as
 * it grows (iterations of the same fork then ranged from 110,000 to 860,000 pairs per second).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class ReservationBenchmark {
  static final LocationId DC = LocationId.of("DC");
  static final Sku SKU = Sku.of("HOT");
  static final long STOCK = 1_000_000;
  static final int BOUND = 20_000;

  /** A keeper over a fresh in-memory store holding one SKU. */
  @State(Scope.Benchmark)
  public static class Shared {
    StockKeeper keeper;
    final AtomicLong reserved = new AtomicLong();
    final AtomicLong keys = new AtomicLong();

    @Setup(Level.Iteration)
    public void setUp() {
      keeper = newKeeper(outbox());
      reserved.set(0);
    }

    /** Whether this state's keeper writes events to the outbox. */
    boolean outbox() {
      return false;
    }
  }

  /** The same, one per thread. */
  @State(Scope.Thread)
  public static class Own extends Shared {}

  /** One per thread, replaced by a fresh keeper every {@value #BOUND} pairs. */
  @State(Scope.Thread)
  public static class Bounded extends Shared {
    int pairs;

    Shared current() {
      if (++pairs == BOUND) {
        keeper = newKeeper(false);
        pairs = 0;
      }
      return this;
    }
  }

  /**
   * One per thread, with the outbox on: every command writes its events (four per pair) into the
   * store's outbox with the state, and the thread relays the outbox every {@value #RELAY_EVERY}
   * pairs to a publisher that sinks them into the blackhole, so the relay's cost is counted too.
   */
  @State(Scope.Thread)
  public static class WithOutbox extends Shared {
    int pairs;
    private OutboxRelay relay;
    private StockKeeper relayed;

    @Override
    boolean outbox() {
      return true;
    }

    Shared afterPair(Blackhole bh) {
      if (++pairs % RELAY_EVERY == 0) {
        if (relayed != keeper) {
          relay = OutboxRelay.of(keeper.store().outbox(), bh::consume);
          relayed = keeper;
        }
        relay.drain(RELAY_EVERY * 4, 4);
      }
      return this;
    }
  }

  /** {@link WithOutbox} with a fresh keeper every {@value #BOUND} pairs (relayed empty first). */
  @State(Scope.Thread)
  public static class BoundedWithOutbox extends WithOutbox {
    @Override
    Shared afterPair(Blackhole bh) {
      super.afterPair(bh);
      if (pairs == BOUND) {
        keeper = newKeeper(true);
        pairs = 0;
      }
      return this;
    }
  }

  static final int RELAY_EVERY = 1_000;

  static StockKeeper newKeeper(boolean outbox) {
    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(SKU).name("hot").build());
    StockKeeper.Builder b = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create());
    StockKeeper keeper = outbox ? b.recordEvents().build() : b.build();
    keeper.receive(Receipt.builder().sku(SKU).location(DC).quantity(STOCK).idempotencyKey(IdempotencyKey.of("init")).build());
    return keeper;
  }

  static Reservation pair(Shared s) {
    Reservation r = s.keeper.reserve(ReserveRequest.builder().sku(SKU).location(DC).quantity(1).reference("line")
        .idempotencyKey(IdempotencyKey.of(Thread.currentThread().getId() + "-" + s.keys.incrementAndGet())).build());
    return s.keeper.release(r.id());
  }

  static long casPair(AtomicLong reserved) {
    for (;;) {
      long v = reserved.get();
      if (STOCK - v < 1) {
        throw new IllegalStateException("insufficient");
      }
      if (reserved.compareAndSet(v, v + 1)) {
        break;
      }
    }
    return reserved.addAndGet(-1);
  }

  /** Uncontended: one thread, its own keeper. */
  @Benchmark
  @Threads(1)
  public void uncontendedKeeper(Own s, Blackhole bh) {
    bh.consume(pair(s));
  }

  /** Uncontended, the store kept small: a fresh one every {@value #BOUND} pairs. */
  @Benchmark
  @Threads(1)
  public void uncontendedKeeperBounded(Bounded s, Blackhole bh) {
    bh.consume(pair(s.current()));
  }

  /** Uncontended with the outbox on: events written with every commit and relayed. */
  @Benchmark
  @Threads(1)
  public void uncontendedKeeperOutbox(WithOutbox s, Blackhole bh) {
    bh.consume(pair(s));
    s.afterPair(bh);
  }

  /** Uncontended with the outbox on, the store kept small. */
  @Benchmark
  @Threads(1)
  public void uncontendedKeeperBoundedOutbox(BoundedWithOutbox s, Blackhole bh) {
    bh.consume(pair(s));
    s.afterPair(bh);
  }

  /** Uncontended baseline. */
  @Benchmark
  @Threads(1)
  public void uncontendedBaseline(Own s, Blackhole bh) {
    bh.consume(casPair(s.reserved));
  }

  /** Two threads on one hot SKU. */
  @Benchmark
  @Threads(2)
  public void hotSkuKeeper(Shared s, Blackhole bh) {
    bh.consume(pair(s));
  }

  /** Two-thread baseline on one shared counter. */
  @Benchmark
  @Threads(2)
  public void hotSkuBaseline(Shared s, Blackhole bh) {
    bh.consume(casPair(s.reserved));
  }
}
