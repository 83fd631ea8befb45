package dev.ecomops.simulator;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.shipping.rates.TableRateCarrier;
import dev.ecomops.shipping.shopping.RateShopper;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The simulated carriers: three table-rate carriers of the shipping module (UPS, FDX, USPS; zones
 * from the distance between origin and destination postal regions, weight breaks in pounds,
 * residential surcharge, fuel), with each one's reliability (share of parcels late, and damaged).
 * Quotes are cached by origin, destination region, parcel and carrier choice: a day's shipments
 * mostly repeat the same few.
 */
final class Carriers {
  /** A carrier's service record in the simulation. */
  record Reliability(double late, double damage) {}

  static final Map<String, Reliability> RELIABILITY = Map.of("UPS", new Reliability(0.05, 0.005), "FDX",
      new Reliability(0.07, 0.006), "USPS", new Reliability(0.12, 0.010));

  private static final Money NO_BUDGET = Money.of(new java.math.BigDecimal("1000000"), Simulator.USD);
  private final List<Carrier> carriers = new ArrayList<>();
  private final RateShopper all;
  private final Map<String, RateShopper> byCarrier = new HashMap<>();
  private final Map<String, RateQuote> cache = new HashMap<>();

  Carriers() {
    Path root;
    try {
      root = Files.createTempDirectory("ecomops-sim-rates");
      write(root, "UPS", 1.00, new String[] {"ground", "2day"}, new double[] {6.2, 12}, new double[] {0.38, 1.0});
      write(root, "FDX", 0.97, new String[] {"ground", "express"}, new double[] {6.4, 18}, new double[] {0.36, 1.5});
      write(root, "USPS", 0.92, new String[] {"ground", "priority"}, new double[] {5.2, 8}, new double[] {0.55, 0.8});
      for (String name : List.of("UPS", "FDX", "USPS")) {
        carriers.add(TableRateCarrier.load(root.resolve(name), Clock.systemUTC()));
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.all = new RateShopper(carriers);
    carriers.forEach(c -> byCarrier.put(c.name(), new RateShopper(List.of(c))));
  }

  private static void write(Path root, String name, double factor, String[] services, double[] base, double[] perLb)
      throws IOException {
    Path d = Files.createDirectories(root.resolve(name));
    Files.writeString(d.resolve("carrier.csv"), "name,currency,units,fuel_percent\n" + name + ",USD,imperial,8\n");
    StringBuilder svc = new StringBuilder("service,divisor,increment\n");
    StringBuilder zones = new StringBuilder("origin,destination,zone\n");
    StringBuilder rates = new StringBuilder("service,zone,max_weight,price\n");
    StringBuilder transit = new StringBuilder("service,zone,days\n");
    for (int o = 0; o <= 9; o++) {
      for (int t = 0; t <= 9; t++) {
        zones.append("US:").append(o).append(",US:").append(t).append(',').append(zone(o, t)).append('\n');
      }
    }
    for (int s = 0; s < services.length; s++) {
      svc.append(services[s]).append(",139,1\n");
      for (int z = 1; z <= 8; z++) {
        for (int w = 1; w <= 70; w++) {
          rates.append(services[s]).append(',').append(z).append(',').append(w).append(',').append(String.format(Locale.ROOT,
              "%.2f", price(factor, base[s], perLb[s], z, w))).append('\n');
        }
        int days = s == 0 ? 1 + (z + 1) / 2 : (services[s].equals("express") ? 1 : 2);
        transit.append(services[s]).append(',').append(z).append(',').append(days).append('\n');
      }
    }
    Files.writeString(d.resolve("services.csv"), svc);
    Files.writeString(d.resolve("zones.csv"), zones);
    Files.writeString(d.resolve("rates.csv"), rates);
    Files.writeString(d.resolve("transit.csv"), transit);
    Files.writeString(d.resolve("surcharges.csv"), "surcharge,amount,threshold\nresidential,1.20,\n");
  }

  /** A table price: the carrier's factor on a base, a zone step and a per-pound rate growing with the zone. */
  private static double price(double factor, double base, double perLb, int zone, int pounds) {
    return factor * (base + 0.45 * zone + perLb * pounds * (1 + 0.08 * zone));
  }

  /**
   * What a parcel of {@code kg} from one postal region to another costs at the cheapest ground
   * rate (USPS's table, with its 8% fuel and the residential surcharge), before cartons and
   * dimensional weight: the estimate min-cost allocation compares locations by.
   */
  static double groundEstimate(int fromDigit, int toDigit, double kg) {
    int pounds = (int) Math.max(1, Math.min(70, Math.ceil(kg * 2.20462)));
    return price(0.92, 5.2, 0.55, zone(fromDigit, toDigit), pounds) * 1.08 + 1.20;
  }

  /** Zones 1 to 8 by how far apart two postal regions are. */
  static int zone(int from, int to) {
    return Math.min(8, 1 + Math.abs(from - to));
  }

  /**
   * The quote a policy picks for a shipment, by the shipping module's {@link RateShopper}: {@code
   * cheapest} (the cheapest service with at most 5 days in transit), {@code fastest} (fewest days,
   * then cheapest), or one carrier's cheapest.
   */
  RateQuote choose(String policy, ShipmentRequest request, String cacheKey) {
    return cache.computeIfAbsent(policy + "|" + cacheKey, k -> {
      RateShopper.Choice choice = switch (policy) {
        case "cheapest" -> all.cheapestWithin(request, 5);
        case "fastest" -> all.fastestWithin(request, NO_BUDGET, q -> LocalDate.EPOCH.plusDays(q.transitDays()));
        default -> byCarrier.get(policy).cheapestWithin(request, Integer.MAX_VALUE);
      };
      return choice.chosen().orElseThrow(() -> new IllegalStateException("no quote for " + request + ": "
          + choice.rejected()));
    });
  }

  static Address postal(int digit) {
    return Address.builder().line1("-").city("-").postalCode(digit + "0000").country("US").build();
  }
}
