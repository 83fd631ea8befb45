package dev.ecomops.benchmarks;

import dev.ecomops.fulfillment.packing.Carton;
import dev.ecomops.fulfillment.packing.Cartonizer;
import dev.ecomops.fulfillment.packing.Item;
import dev.ecomops.fulfillment.packing.Packing;
import dev.ecomops.fulfillment.packing.PackingObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cartonization of 10,000 random shipments of 1 to 20 items (sides 2 to 40 cm, 0.1 to 5 kg, one in
 * five this side up) against a catalog of 10 cartons, on one thread: one op packs all 10,000. The
 * baseline in the same run puts every item alone in the smallest carton it fits. {@code main}
 * prints the mean fill rate and cartons per shipment of both.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar PackingBenchmark
 * java -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.PackingBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PackingBenchmark {
  static final List<Carton> CATALOG = List.of(new Carton("C1", 15, 10, 5, 2, 0.20), new Carton("C2", 20, 15, 10, 5, 0.30),
      new Carton("C3", 25, 20, 10, 8, 0.40), new Carton("C4", 30, 20, 15, 10, 0.50), new Carton("C5", 30, 30, 20, 15, 0.70),
      new Carton("C6", 40, 30, 20, 20, 0.90), new Carton("C7", 40, 40, 30, 25, 1.20), new Carton("C8", 50, 40, 30, 30, 1.50),
      new Carton("C9", 60, 40, 40, 30, 1.90), new Carton("C10", 80, 60, 50, 40, 2.80));
  static final Cartonizer CARTONIZER = Cartonizer.withDivisor(5000);
  final List<List<Item>> shipments = shipments();

  static List<List<Item>> shipments() {
    SplittableRandom rnd = new SplittableRandom(5);
    List<List<Item>> out = new ArrayList<>();
    for (int s = 0; s < 10_000; s++) {
      int n = 1 + rnd.nextInt(20);
      List<Item> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(new Item("i" + i, 2 + rnd.nextInt(39), 2 + rnd.nextInt(39), 2 + rnd.nextInt(39), 0.1 + 4.9 * rnd.nextDouble(),
            rnd.nextInt(5) != 0));
      }
      out.add(items);
    }
    return out;
  }

  /** Every item alone in the smallest carton it fits: the packing nobody wants, for scale. */
  static Packing oneEach(List<Item> items) {
    List<Packing> each = new ArrayList<>();
    for (Item i : items) {
      each.add(CARTONIZER.pack(List.of(i), CATALOG, PackingObjective.COUNT));
    }
    List<dev.ecomops.fulfillment.packing.PackedCarton> cartons = new ArrayList<>();
    List<Item> unpacked = new ArrayList<>();
    each.forEach(p -> {
      cartons.addAll(p.cartons());
      unpacked.addAll(p.unpacked());
    });
    return new Packing(cartons, unpacked, 5000);
  }

  /** All 10,000 shipments, fewest cartons. */
  @Benchmark
  public double cartonize() {
    double fill = 0;
    for (List<Item> s : shipments) {
      fill += CARTONIZER.pack(s, CATALOG, PackingObjective.COUNT).fillRate();
    }
    return fill;
  }

  /** All 10,000 shipments, one item per carton. */
  @Benchmark
  public double baselineOneEach() {
    double fill = 0;
    for (List<Item> s : shipments) {
      fill += oneEach(s).fillRate();
    }
    return fill;
  }

  /**
   * Prints items, mean fill rate and cartons per shipment for each objective and the baseline.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    List<List<Item>> shipments = shipments();
    long items = shipments.stream().mapToLong(List::size).sum();
    System.out.printf(Locale.ROOT, "%d shipments, %d items%n", shipments.size(), items);
    for (PackingObjective o : PackingObjective.values()) {
      report(o.toString(), shipments, s -> CARTONIZER.pack(s, CATALOG, o));
    }
    report("one item per carton", shipments, PackingBenchmark::oneEach);
  }

  private static void report(String name, List<List<Item>> shipments, java.util.function.Function<List<Item>, Packing> f) {
    double fill = 0;
    double cartons = 0;
    double billable = 0;
    double cost = 0;
    long unpacked = 0;
    for (List<Item> s : shipments) {
      Packing p = f.apply(s);
      fill += p.fillRate();
      cartons += p.cartons().size();
      billable += p.billableWeight();
      cost += p.cost();
      unpacked += p.unpacked().size();
    }
    int n = shipments.size();
    System.out.printf(Locale.ROOT, "%-20s fill %5.1f%%  cartons/shipment %5.2f  billable kg %6.2f  cost %5.2f  unpacked %d%n",
        name, 100 * fill / n, cartons / n, billable / n, cost / n, unpacked);
  }
}
