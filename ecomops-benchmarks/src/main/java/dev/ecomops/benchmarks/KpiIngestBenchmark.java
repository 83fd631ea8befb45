package dev.ecomops.benchmarks;

import dev.ecomops.core.Money;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.fact.Fact;
import java.time.Instant;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * KPI ingestion on one thread: one op ingests one fact. The facts are a year of a store's stream
 * in time order (orders placed, shipped and delivered, daily inventory snapshots, counts, returns,
 * tickets, surveys) over 3 channels, 3 locations, 4 carriers and 8 categories, 1,000,000 of them,
 * cycled. The baseline in the same run reads each fact's instant and type, the floor any
 * consumer of the stream pays.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar KpiIngestBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@State(Scope.Thread)
public class KpiIngestBenchmark {
  static final int FACTS = 1_000_000;
  Fact[] facts;
  KpiEngine engine;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    facts = stream(FACTS, 42);
    engine = KpiEngine.create(KpiSettings.defaults());
  }

  /** A year of facts in time order. */
  static Fact[] stream(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] channels = {"web", "marketplace", "retail"};
    String[] locations = {"DC-EAST", "DC-WEST", "DC-SOUTH"};
    String[] carriers = {"UPS", "FDX", "USPS", "DHL"};
    String[] categories = {"apparel", "shoes", "home", "beauty", "toys", "garden", "kitchen", "sports"};
    Currency usd = Currency.getInstance("USD");
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    Fact[] out = new Fact[n];
    for (int i = 0; i < n; i++) {
      Instant at = start.plusSeconds((long) i * 365 * 86_400 / n);
      String ch = channels[r.nextInt(3)];
      String loc = locations[r.nextInt(3)];
      String car = carriers[r.nextInt(4)];
      String cat = categories[r.nextInt(8)];
      int kind = r.nextInt(100);
      if (kind < 30) {
        long units = 1 + r.nextInt(4);
        out[i] = new Fact.OrderPlaced("O" + i, at, ch, loc, "", units, units, false, r.nextInt(50) == 0);
      } else if (kind < 58) {
        out[i] = new Fact.OrderShipped("O" + i, at, at.minusSeconds(3600 + r.nextInt(172_800)), at.plusSeconds(3600), ch,
            loc, car, "", 1 + r.nextInt(4), r.nextInt(200) > 0, Money.ofMinor(150 + r.nextInt(200), usd),
            Money.ofMinor(40 + r.nextInt(60), usd), Money.ofMinor(450 + r.nextInt(900), usd),
            Money.ofMinor(1000 + r.nextInt(4000), usd));
      } else if (kind < 84) {
        out[i] = new Fact.OrderDelivered("O" + i, at, at.minusSeconds(3 * 86_400), at.plusSeconds(r.nextInt(86_400) - 20_000), ch, loc, car, "",
            r.nextInt(100) > 0, r.nextInt(200) == 0, true);
      } else if (kind < 92) {
        long onHand = r.nextInt(500);
        out[i] = new Fact.InventorySnapshot(at, loc, cat, "SKU" + r.nextInt(500), onHand, onHand == 0 ? 0 : onHand - 1,
            Money.ofMinor(500 + r.nextInt(3000), usd));
      } else if (kind < 93) {
        out[i] = new Fact.InventoryCounted(at, loc, cat, "SKU" + r.nextInt(500), 40, 40 - r.nextInt(2));
      } else if (kind < 96) {
        out[i] = new Fact.ReturnReceived("R" + i, at, ch, loc, cat, 1);
      } else if (kind < 97) {
        out[i] = new Fact.ReturnResolved("R" + i, at, at.minusSeconds(r.nextInt(400_000)), ch, loc);
      } else if (kind < 98) {
        out[i] = new Fact.TicketFirstResponse("T" + i, at, at.minusSeconds(r.nextInt(20_000)), ch);
      } else if (kind < 99) {
        out[i] = new Fact.TicketResolved("T" + i, at, at.minusSeconds(r.nextInt(200_000)), ch);
      } else {
        out[i] = new Fact.SurveyAnswered("T" + i, at, ch, 1 + r.nextInt(5));
      }
    }
    return out;
  }

  @Benchmark
  public long ingest() {
    Fact f = facts[next];
    next = next + 1 == facts.length ? 0 : next + 1;
    engine.accept(f);
    return engine.factCount();
  }

  @Benchmark
  public long baselineReadFact() {
    Fact f = facts[next];
    next = next + 1 == facts.length ? 0 : next + 1;
    return f.at().getEpochSecond() + (f instanceof Fact.OrderShipped ? 1 : 0);
  }
}
