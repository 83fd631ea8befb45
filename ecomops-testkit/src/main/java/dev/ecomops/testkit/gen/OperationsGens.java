package dev.ecomops.testkit.gen;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.packing.Carton;
import dev.ecomops.fulfillment.packing.Item;
import dev.ecomops.kpi.fact.Fact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators of operations values beyond {@link DomainGens}: locations, stock positions,
 * receipts, warehouse layouts and pick lists, carton catalogs with items that fit them, demand
 * with promotions, and KPI fact streams. Valid by construction; the {@code invalid…} generators
 * make values the domain must refuse.
 */
public final class OperationsGens {
  private OperationsGens() {}

  /** Warehouses {@code DC-0} to {@code DC-99} in the contiguous United States. */
  public static Gen<Location> locations() {
    return integers().between(0, 99).zip(doubles().between(25, 49), doubles().between(-124, -67),
        (i, lat, lon) -> Location.builder().id(LocationId.of("DC-" + i)).name("warehouse " + i).country("US")
            .position(GeoPoint.of(lat, lon)).build());
  }

  /** Stock keys: a SKU at a warehouse. */
  public static Gen<StockKey> stockKeys() {
    return DomainGens.skus().zip(integers().between(0, 99), (s, i) -> StockKey.of(s, LocationId.of("DC-" + i)));
  }

  /** Stock positions: a key and units on hand, from 0 to 10,000 (a quarter of them 0). */
  public static Gen<StockPosition> stockPositions() {
    return stockKeys().zip(integers().between(-3_333, 10_000), (k, q) -> new StockPosition(k, Math.max(0, q)));
  }

  /**
   * A SKU's units at a warehouse.
   *
   * @param key where
   * @param onHand units, at least 0
   */
  public record StockPosition(StockKey key, long onHand) {}

  /** Receipts of 1 to 1,000 units, each with its own idempotency key. */
  public static Gen<Receipt> receipts() {
    return stockKeys().zip(integers().between(1, 1_000), longs().between(0, Long.MAX_VALUE), (k, q, id) -> Receipt.builder()
        .sku(k.sku()).location(k.location()).quantity(q).idempotencyKey(IdempotencyKey.of("rcv-" + id)).build());
  }

  /** One-block layouts of 2 to 30 aisles, 10 to 60 m long, 2 to 5 m apart, the depot at any aisle. */
  public static Gen<WarehouseLayout> layouts() {
    return integers().between(2, 30).zip(integers().between(10, 60), integers().between(2, 5), integers().between(0, 29),
        (a, len, gap, depot) -> new WarehouseLayout(a, len, gap, depot % a));
  }

  /** A layout with a pick list of 1 to 40 positions inside it. */
  public static Gen<LayoutAndPicks> pickLists() {
    return layouts().zip(longs().all(), integers().between(1, 40), (layout, seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Position> picks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        picks.add(new Position(r.nextInt(layout.aisles()), r.nextDouble() * layout.aisleLength()));
      }
      return new LayoutAndPicks(layout, picks);
    });
  }

  /**
   * A layout and picks inside it.
   *
   * @param layout the warehouse
   * @param picks positions to visit
   */
  public record LayoutAndPicks(WarehouseLayout layout, List<Position> picks) {}

  /** Catalogs of 1 to 6 cartons, 10 to 80 cm a side, 5 to 40 kg, $0.20 to $3. */
  public static Gen<List<Carton>> cartonCatalogs() {
    Gen<Carton> carton = integers().between(10, 80).zip(integers().between(10, 80), integers().between(10, 80),
        integers().between(5, 40), (l, w, h, kg) -> new Carton("C" + l + "x" + w + "x" + h, l, w, h, kg,
            Math.rint((0.2 + (l * w * h) / 200_000.0) * 100) / 100));
    return lists().of(carton).ofSizeBetween(1, 6).map(cs -> cs.stream().distinct().toList());
  }

  /** A catalog with 1 to 12 items, each fitting the catalog's largest carton on its own. */
  public static Gen<CartonsAndItems> cartonsAndItems() {
    return cartonCatalogs().zip(longs().all(), integers().between(1, 12), (cartons, seed, n) -> {
      Carton big = cartons.stream().max(Comparator.comparingDouble(Carton::volume)).orElseThrow();
      SplittableRandom r = new SplittableRandom(seed);
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(new Item("I" + i, 1 + r.nextDouble() * (big.length() - 1), 1 + r.nextDouble() * (big.width() - 1),
            1 + r.nextDouble() * (big.height() - 1), 0.01 + r.nextDouble() * big.maxWeight() / n, true));
      }
      return new CartonsAndItems(cartons, items);
    });
  }

  /**
   * Cartons and items.
   *
   * @param cartons the catalog
   * @param items what to pack
   */
  public record CartonsAndItems(List<Carton> cartons, List<Item> items) {}

  /**
   * Demand with promotions: a {@link DomainGens#demandSeries} series lifted 1.5 to 4 times in 1 to
   * 4 promotion periods.
   */
  public static Gen<PromotedDemand> promotedDemand(int length, int season) {
    return DomainGens.demandSeries(length, season, false).zip(doubles().between(1.5, 4), longs().all(), (y, lift, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      boolean[] promoted = new boolean[length];
      double[] out = y.clone();
      for (int k = 1 + r.nextInt(4); k > 0; k--) {
        int t = r.nextInt(length);
        promoted[t] = true;
        out[t] = Math.rint(y[t] * lift);
      }
      return new PromotedDemand(out, promoted, lift);
    });
  }

  /**
   * A demand series with its promotion periods.
   *
   * @param demand units per period, never negative
   * @param promoted which periods had a promotion
   * @param lift the promotions' multiplier
   */
  public record PromotedDemand(double[] demand, boolean[] promoted, double lift) {}

  /**
   * KPI fact streams: 0 to 500 valid facts of every type over two months, in time order, from a
   * seed (orders placed, shipped and delivered, counts, snapshots, returns, tickets, surveys).
   */
  public static Gen<List<Fact>> factStreams() {
    return longs().all().zip(integers().between(0, 500), (seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      Instant start = Instant.parse("2026-10-01T00:00:00Z");
      String[] channels = {"web", "marketplace", "retail"};
      String[] locations = {"DC-1", "DC-2"};
      String[] carriers = {"UPS", "FDX", "USPS"};
      List<Fact> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Instant at = start.plusSeconds((long) i * 60 * 86_400 / Math.max(1, n));
        Instant before = at.minusSeconds(r.nextInt(3 * 86_400));
        String ch = channels[r.nextInt(3)];
        String loc = locations[r.nextInt(2)];
        String car = carriers[r.nextInt(3)];
        Money usd = Money.ofMinor(r.nextInt(2_000), Money.currency("USD"));
        out.add(switch (r.nextInt(10)) {
          case 0 -> new Fact.OrderPlaced("O" + i, at, ch, loc, "", 3, r.nextInt(4), r.nextBoolean(), r.nextBoolean());
          case 1 -> new Fact.OrderShipped("O" + i, at, before, at.plusSeconds(3600 - r.nextInt(7200)), ch, loc, car, "", 2,
              r.nextInt(50) > 0, usd, usd, usd, usd);
          case 2 -> new Fact.OrderDelivered("O" + i, at, at.minusSeconds(r.nextInt(5 * 86_400)), at.plusSeconds(r.nextInt(86_400) - 20_000), ch, loc, car, "",
              r.nextInt(40) > 0, r.nextInt(100) == 0, r.nextInt(80) > 0);
          case 3 -> new Fact.InventoryCounted(at, loc, "apparel", "SKU-" + r.nextInt(50), 10, 10 - r.nextInt(2));
          case 4 -> new Fact.InventorySnapshot(at, loc, "apparel", "SKU-" + r.nextInt(50), 20, r.nextInt(21), usd);
          case 5 -> new Fact.ReturnReceived("R" + i, at, ch, loc, "apparel", 1);
          case 6 -> new Fact.ReturnResolved("R" + i, at, before, ch, loc);
          case 7 -> new Fact.TicketFirstResponse("T" + i, at, before, ch);
          case 8 -> new Fact.TicketResolved("T" + i, at, before, ch);
          default -> new Fact.SurveyAnswered("T" + i, at, ch, 1 + r.nextInt(5));
        });
      }
      return out;
    });
  }

  /** JSON lines the fact format must refuse, each for one reason (bad time, score, type, field, syntax, currency). */
  public static Gen<String> invalidFactLines() {
    return integers().between(0, 5).zip(integers().between(6, 99), (kind, n) -> switch (kind) {
      case 0 -> "{\"type\":\"survey_answered\",\"ticket_id\":\"T\",\"at\":\"day " + n + "\",\"channel\":\"c\",\"score\":4}";
      case 1 -> "{\"type\":\"survey_answered\",\"ticket_id\":\"T\",\"at\":\"2026-11-02T10:00:00Z\",\"channel\":\"c\","
          + "\"score\":" + n + "}";
      case 2 -> "{\"type\":\"order_teleported_" + n + "\"}";
      case 3 -> "{\"type\":\"survey_answered\",\"ticket_id\":\"T\",\"at\":\"2026-11-02T10:00:00Z\",\"channel\":\"c\","
          + "\"score\":4,\"extra_" + n + "\":1}";
      case 4 -> "{\"type\":\"survey_answered\"," + n;
      default -> "{\"type\":\"inventory_snapshot\",\"at\":\"2026-11-02T10:00:00Z\",\"location\":\"L\",\"sku\":\"S\","
          + "\"on_hand\":5,\"available\":5,\"unit_cost\":\"1.00\",\"currency\":\"X" + n + "\"}";
    });
  }

  /** SKU codes the domain must refuse: blank, or longer than 100 characters. */
  public static Gen<String> invalidSkuCodes() {
    return integers().between(0, 99).map(n -> n % 2 == 0 ? " ".repeat(n % 5) : "S".repeat(101 + n));
  }

  /** Carton sides the domain must refuse: zero or negative. */
  public static Gen<Double> invalidLengths() {
    return doubles().between(-100, 0);
  }
}
