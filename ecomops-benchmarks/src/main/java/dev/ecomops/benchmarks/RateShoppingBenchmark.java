package dev.ecomops.benchmarks;

import dev.ecomops.core.Address;
import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.shipping.parcel.BillableWeight;
import dev.ecomops.shipping.parcel.Parcel;
import dev.ecomops.shipping.parcel.UnitSystem;
import dev.ecomops.shipping.rates.TableRateCarrier;
import dev.ecomops.shipping.shopping.RateShopper;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.ShipmentRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * Rate shopping on one thread: 10 table-rate carriers with 5 services each (8 zones by the
 * destination's first postal digit, 20 weight breaks, residential, oversize, handling and remote
 * surcharges, fuel), cheapest within 3 transit days, over 100,000 generated US shipments of 1 to 3
 * parcels, cycled. One op shops one shipment: 50 quotes. The baseline in the same run only
 * computes the billable weight of every parcel under each of the 50 services, the arithmetic no
 * quote can skip.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -jar ecomops-benchmarks/target/benchmarks.jar RateShoppingBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RateShoppingBenchmark {
  static final int CARRIERS = 10;
  static final int SERVICES = 5;
  RateShopper shopper;
  List<BillableWeight> rules;
  ShipmentRequest[] shipments;
  int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path root = Files.createTempDirectory("rates");
    List<Carrier> carriers = new ArrayList<>();
    rules = new ArrayList<>();
    for (int c = 0; c < CARRIERS; c++) {
      Path d = Files.createDirectories(root.resolve("c" + c));
      Files.writeString(d.resolve("carrier.csv"), "name,currency,units,fuel_percent\nc" + c + ",USD,imperial," + (5 + c) + "\n");
      StringBuilder services = new StringBuilder("service,divisor,increment\n");
      StringBuilder zones = new StringBuilder("origin,destination,zone\nUS,US,8\n");
      StringBuilder rates = new StringBuilder("service,zone,max_weight,price\n");
      StringBuilder transit = new StringBuilder("service,zone,days\n");
      for (int z = 0; z <= 9; z++) {
        zones.append("US,US:").append(z).append(',').append(1 + z % 8).append('\n');
      }
      for (int s = 0; s < SERVICES; s++) {
        int divisor = s % 2 == 0 ? 139 : 166;
        services.append("s").append(s).append(',').append(divisor).append(",1\n");
        rules.add(new BillableWeight(BigDecimal.valueOf(divisor), UnitSystem.IMPERIAL, BigDecimal.ONE));
        for (int z = 1; z <= 8; z++) {
          for (int w = 1; w <= 20; w++) {
            rates.append('s').append(s).append(',').append(z).append(',').append(w * 5).append(',')
                .append(String.format(java.util.Locale.ROOT, "%.2f", 6 + c * 0.3 + s * 4 + z * 1.1 + w * 0.9)).append('\n');
          }
          transit.append('s').append(s).append(',').append(z).append(',').append(Math.max(1, 6 - s - z / 4)).append('\n');
        }
      }
      Files.writeString(d.resolve("services.csv"), services);
      Files.writeString(d.resolve("zones.csv"), zones);
      Files.writeString(d.resolve("rates.csv"), rates);
      Files.writeString(d.resolve("transit.csv"), transit);
      Files.writeString(d.resolve("surcharges.csv"), "surcharge,amount,threshold\nresidential,4.10,\noversize,95.00,130\n"
          + "additional_handling,18.00,48\nremote,5.00,US:99\n");
      carriers.add(TableRateCarrier.load(d, Clock.systemUTC()));
    }
    shopper = new RateShopper(carriers);
    SplittableRandom rnd = new SplittableRandom(13);
    shipments = new ShipmentRequest[100_000];
    for (int i = 0; i < shipments.length; i++) {
      List<Parcel> parcels = new ArrayList<>();
      for (int p = 1 + rnd.nextInt(3); p > 0; p--) {
        parcels.add(new Parcel(Dimensions.of(4 + rnd.nextInt(30), 4 + rnd.nextInt(20), 2 + rnd.nextInt(16), LengthUnit.IN),
            Weight.of(1 + rnd.nextInt(40), WeightUnit.LB)));
      }
      shipments[i] = new ShipmentRequest("s" + i, zip(rnd), zip(rnd), parcels, rnd.nextBoolean());
    }
  }

  private static Address zip(SplittableRandom rnd) {
    return Address.builder().line1("-").city("-").postalCode(String.format("%05d", rnd.nextInt(100_000))).country("US")
        .build();
  }

  /** Shops the next shipment across all 50 services. */
  @Benchmark
  public Object shop() {
    ShipmentRequest s = shipments[next];
    next = next == shipments.length - 1 ? 0 : next + 1;
    return shopper.cheapestWithin(s, 3);
  }

  /** Billable weight of the next shipment's parcels under all 50 services, nothing else. */
  @Benchmark
  public BigDecimal baselineBillableWeight() {
    ShipmentRequest s = shipments[next];
    next = next == shipments.length - 1 ? 0 : next + 1;
    BigDecimal sum = BigDecimal.ZERO;
    for (int c = 0; c < CARRIERS; c++) {
      for (BillableWeight rule : rules.subList(0, SERVICES)) {
        for (Parcel p : s.parcels()) {
          sum = sum.add(rule.of(p));
        }
      }
    }
    return sum;
  }
}
