package dev.ecomops.simulator;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.packing.Carton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated store's fixed facts, drawn once from the seed: warehouses, customer regions, the
 * catalog with a long-tailed popularity, suppliers, cartons, and each warehouse's layout with the
 * fastest movers slotted nearest the depot.
 */
final class World {
  /** A warehouse: where it is and the first digit of its postal code (rate zones). */
  record Site(LocationId id, String name, GeoPoint position, int postalDigit) {}

  /** Customers by first postal digit: share of orders and a centre. */
  record Region(int digit, double share, GeoPoint centre) {}

  /** A category's traits. */
  record Category(String name, double returnRate, double minPrice, double maxPrice, double[] size, double weight) {}

  /** A SKU: its category, price and cost (minor units), supplier, popularity share and slot. */
  record Item(Sku sku, int category, long priceMinor, long costMinor, int supplier, double share) {}

  /** A supplier: lead time in days (mean, deviation) and case pack. */
  record Supplier(String id, double leadMean, double leadSd, int casePack) {}

  static final List<Site> SITES = List.of(
      new Site(LocationId.of("DC-EAST"), "Newark NJ", GeoPoint.of(40.73, -74.17), 0),
      new Site(LocationId.of("DC-CENTRAL"), "Chicago IL", GeoPoint.of(41.88, -87.63), 6),
      new Site(LocationId.of("DC-WEST"), "Reno NV", GeoPoint.of(39.53, -119.81), 8),
      new Site(LocationId.of("DC-SOUTH"), "Dallas TX", GeoPoint.of(32.78, -96.80), 7),
      new Site(LocationId.of("DC-SOUTHEAST"), "Atlanta GA", GeoPoint.of(33.75, -84.39), 3));

  static final List<Region> REGIONS = List.of(
      new Region(0, 0.10, GeoPoint.of(42.0, -72.0)), new Region(1, 0.11, GeoPoint.of(41.0, -76.0)),
      new Region(2, 0.09, GeoPoint.of(38.5, -78.0)), new Region(3, 0.13, GeoPoint.of(31.0, -83.5)),
      new Region(4, 0.09, GeoPoint.of(40.0, -85.0)), new Region(5, 0.06, GeoPoint.of(44.5, -93.0)),
      new Region(6, 0.08, GeoPoint.of(39.0, -92.0)), new Region(7, 0.12, GeoPoint.of(31.0, -96.0)),
      new Region(8, 0.07, GeoPoint.of(38.5, -108.0)), new Region(9, 0.15, GeoPoint.of(37.0, -120.0)));

  static final List<Category> CATEGORIES = List.of(
      new Category("apparel", 0.20, 15, 80, new double[] {30, 25, 4}, 0.4),
      new Category("shoes", 0.16, 40, 140, new double[] {34, 22, 13}, 1.1),
      new Category("home", 0.06, 12, 90, new double[] {25, 20, 15}, 1.5),
      new Category("beauty", 0.04, 8, 45, new double[] {12, 6, 6}, 0.3),
      new Category("toys", 0.07, 10, 60, new double[] {28, 20, 12}, 0.8),
      new Category("kitchen", 0.05, 10, 70, new double[] {22, 18, 14}, 1.2),
      new Category("sports", 0.08, 15, 120, new double[] {40, 20, 15}, 1.6),
      new Category("electronics", 0.09, 25, 200, new double[] {18, 12, 6}, 0.5));

  static final List<Supplier> SUPPLIERS = List.of(new Supplier("SUP-A", 7, 1.5, 6), new Supplier("SUP-B", 10, 3, 12),
      new Supplier("SUP-C", 14, 4, 6), new Supplier("SUP-D", 21, 7, 12), new Supplier("SUP-E", 28, 9, 24));

  /** Cartons in cm and kg; cost in dollars. */
  static final List<Carton> CARTONS = List.of(new Carton("S", 20, 15, 10, 20, 0.35), new Carton("M", 30, 25, 15, 25, 0.60),
      new Carton("L", 40, 30, 25, 30, 0.95), new Carton("XL", 50, 40, 35, 30, 1.40), new Carton("XXL", 60, 45, 45, 30, 1.90));

  static final WarehouseLayout LAYOUT = new WarehouseLayout(20, 30, 3, 0);

  final List<Site> sites;
  final List<Item> items;
  /** Cumulative popularity for drawing a SKU by inverse transform. */
  final double[] cumulative;
  /** Slot of SKU i in every warehouse (same layout, same slotting). */
  final Position[] slots;
  /** Sites by distance to each region, nearest first: {@code nearest[region]}. */
  final int[][] nearest;

  World(SimulationConfig config, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5eed_0f_a11L);
    sites = SITES.subList(0, config.locations());
    int n = config.skus();
    // Zipf-like popularity with exponent 1.1 over a random order of SKUs
    double[] weight = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      weight[i] = 1 / Math.pow(i + 1, 1.1);
      total += weight[i];
    }
    items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int cat = r.nextInt(CATEGORIES.size());
      Category c = CATEGORIES.get(cat);
      double price = c.minPrice() * Math.pow(c.maxPrice() / c.minPrice(), r.nextDouble());
      long priceMinor = Math.round(price * 100);
      items.add(new Item(Sku.of(String.format(java.util.Locale.ROOT, "SKU-%05d", i)), cat, priceMinor,
          Math.round(priceMinor * (0.35 + 0.15 * r.nextDouble())), r.nextInt(SUPPLIERS.size()), weight[i] / total));
    }
    cumulative = new double[n];
    double c = 0;
    for (int i = 0; i < n; i++) {
      c += items.get(i).share();
      cumulative[i] = c;
    }
    // slots: every aisle position, nearest the depot first; the most popular SKU takes the nearest
    List<Position> free = new ArrayList<>();
    int perAisle = Math.max(1, (n + LAYOUT.aisles() - 1) / LAYOUT.aisles());
    for (int a = 0; a < LAYOUT.aisles(); a++) {
      for (int k = 0; k < perAisle; k++) {
        free.add(new Position(a, LAYOUT.aisleLength() * (k + 0.5) / perAisle));
      }
    }
    free.sort(Comparator.comparingDouble((Position p) -> LAYOUT.distance(LAYOUT.depot(), p)).thenComparing(p -> p));
    slots = free.subList(0, n).toArray(new Position[0]);
    nearest = new int[REGIONS.size()][];
    for (Region g : REGIONS) {
      nearest[g.digit()] = java.util.stream.IntStream.range(0, sites.size()).boxed()
          .sorted(Comparator.comparingDouble(s -> g.centre().distanceKm(sites.get(s).position()))).mapToInt(i -> i)
          .toArray();
    }
  }

  /** A SKU index drawn by popularity. */
  int drawSku(double u) {
    int i = java.util.Arrays.binarySearch(cumulative, u * cumulative[cumulative.length - 1]);
    return Math.min(items.size() - 1, i >= 0 ? i : -i - 1);
  }

  /** A region drawn by share. */
  static int drawRegion(double u) {
    double c = 0;
    for (Region g : REGIONS) {
      c += g.share();
      if (u < c) {
        return g.digit();
      }
    }
    return REGIONS.size() - 1;
  }

  /** Share of a region's orders that a site is nearest to, summed: the site's share of demand. */
  double siteShare(int site) {
    double s = 0;
    for (Region g : REGIONS) {
      if (nearest[g.digit()][0] == site) {
        s += g.share();
      }
    }
    return s;
  }

  Money price(int sku) {
    return Money.ofMinor(items.get(sku).priceMinor(), Simulator.USD);
  }
}
