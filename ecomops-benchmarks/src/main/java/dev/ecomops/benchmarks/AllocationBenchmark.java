package dev.ecomops.benchmarks;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.MinCostStrategy;
import dev.ecomops.core.allocation.MinSplitStrategy;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.RoutingRule;
import dev.ecomops.core.allocation.RuleChainStrategy;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Orders allocated (planned and held) per second on one thread, per strategy, over 50 US
 * locations and 200 SKUs each stocked at 10 to 20 of them, for a fixed set of 10,000 orders of 1 to
 * 5 lines (1 to 3 units each) to random US destinations. The priority strategy is the baseline
 * measured in the same run. Stock is refilled every iteration so that orders keep being held.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar AllocationBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class AllocationBenchmark {
  static final int LOCATIONS = 50;
  static final int SKUS = 200;
  static final int ORDERS = 10_000;

  /** The world, the orders, and a keeper refilled per iteration. */
  @State(Scope.Thread)
  public static class World {
    @Param({"priority", "nearest", "min-split", "min-cost", "rules"})
    public String strategy;

    InMemoryCatalog catalog;
    List<Location> locations;
    List<List<AllocationLine>> orders;
    List<GeoPoint> destinations;
    Allocator allocator;
    int next;
    long keys;

    @Setup(Level.Trial)
    public void world() {
      SplittableRandom rnd = new SplittableRandom(42);
      catalog = InMemoryCatalog.create();
      locations = new ArrayList<>();
      for (int i = 0; i < LOCATIONS; i++) {
        Location l = Location.builder().id(LocationId.of("L" + i)).name("l" + i).country("US")
            .position(usPoint(rnd)).priority(i).build();
        catalog.add(l);
        locations.add(l);
      }
      for (int s = 0; s < SKUS; s++) {
        catalog.add(Product.builder().sku(Sku.of("SKU" + s)).name("sku " + s).build());
      }
      orders = new ArrayList<>(ORDERS);
      destinations = new ArrayList<>(ORDERS);
      for (int o = 0; o < ORDERS; o++) {
        int lines = 1 + rnd.nextInt(5);
        List<AllocationLine> ls = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
          ls.add(AllocationLine.of("l" + i, Sku.of("SKU" + rnd.nextInt(SKUS)), 1 + rnd.nextInt(3)));
        }
        orders.add(ls);
        destinations.add(usPoint(rnd));
      }
    }

    @Setup(Level.Iteration)
    public void stock() {
      SplittableRandom rnd = new SplittableRandom(7);
      StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).build();
      for (int s = 0; s < SKUS; s++) {
        int at = 10 + rnd.nextInt(11);
        for (int k = 0; k < at; k++) {
          keeper.receive(Receipt.builder().sku(Sku.of("SKU" + s)).location(locations.get(rnd.nextInt(LOCATIONS)).id())
              .quantity(1_000_000).idempotencyKey(IdempotencyKey.of("r" + s + "-" + k)).build());
        }
      }
      allocator = Allocator.of(keeper, strategy(strategy));
    }

    AllocationRequest nextOrder() {
      int i = next;
      next = (next + 1) % ORDERS;
      return AllocationRequest.builder().orderId("o" + i).shipToCountry("US").shipTo(destinations.get(i))
          .addAllLines(orders.get(i)).idempotencyKey(IdempotencyKey.of("a" + keys++)).build();
    }
  }

  static GeoPoint usPoint(SplittableRandom rnd) {
    return GeoPoint.of(30 + rnd.nextDouble() * 17, -122 + rnd.nextDouble() * 50);
  }

  static AllocationStrategy strategy(String name) {
    Money zero = Money.of("0", "USD");
    return switch (name) {
      case "priority" -> PriorityStrategy.create();
      case "nearest" -> NearestStrategy.create();
      case "min-split" -> MinSplitStrategy.create();
      case "min-cost" -> MinCostStrategy.of((from, req, lines) -> Money.of(BigDecimal.valueOf(
          5 + (long) (from.position().distanceKm(req.shipTo().orElseThrow()) / 500)), zero.currency()), Map.of(), zero);
      case "rules" -> RuleChainStrategy.of(RoutingRule.SHIP_COMPLETE_FROM_ONE, RoutingRule.NEAREST, RoutingRule.PRIORITY);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** One order planned and held. */
  @Benchmark
  public Allocation allocate(World w) {
    return w.allocator.allocate(w.nextOrder());
  }
}
