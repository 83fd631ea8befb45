package dev.ecomops.simulator;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.Allocator;
import dev.ecomops.core.allocation.MinCostStrategy;
import dev.ecomops.core.allocation.MinSplitStrategy;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.Shipment;
import dev.ecomops.core.allocation.spi.ShippingCostEstimator;
import dev.ecomops.core.catalog.InMemoryCatalog;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKeeper;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.fact.Fact;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * The operations simulator: a deterministic discrete-event simulation of a direct-to-consumer
 * store, day by day, over the domain modules' in-memory SPIs.
 *
 * <ul>
 *   <li>Demand: Poisson order arrivals with weekly and yearly seasonality and a Black Friday to
 *       Cyber Monday peak; 1 to 4 lines an order; SKUs drawn from a Zipf (exponent 1.1) long tail;
 *       customers in ten US postal regions; three sales channels.
 *   <li>Allocation: the core {@link Allocator} with the configured strategy, splits allowed (at
 *       most two shipments), short lines backordered and retried daily.
 *   <li>Replenishment: a weekly (R, S) review per SKU and warehouse from the forecasting module
 *       (SES for smooth demand, SBA for intermittent, by Syntetos-Boylan class), safety stock for
 *       the configured service level with the supplier's lead-time variability; purchase orders
 *       through the core {@code PurchaseOrders} service, one per supplier and warehouse, arriving
 *       after a log-normal lead time.
 *   <li>Fulfilment, shipping, returns and customer service: see {@link Fulfilment}.
 *   <li>Inventory: end-of-day snapshots of every SKU at every warehouse; daily cycle counts that
 *       find occasional shrinkage.
 * </ul>
 *
 * <p>Every step becomes a KPI fact. Same seed and configuration, same facts, in the same order:
 * randomness comes from streams split off the seed by purpose (arrivals from one stream, each
 * order's processing from a stream of its own), so two policies compared on one seed see the
 * same customers (common random numbers). Single-threaded.
 */
public final class Simulator {
  static final Currency USD = Currency.getInstance("USD");
  private static final double[] WEEKDAY = {1.05, 1.0, 0.98, 0.97, 1.0, 0.95, 1.05}; // Monday first

  final SimulationConfig config;
  final long seed;
  final World world;
  final ManualClock clock;
  final StockKeeper keeper;
  final Allocator allocator;
  final KpiEngine kpis;
  /** Sees every fact the run records, after the KPI engine (a test's independent count). */
  private final java.util.function.Consumer<Fact> tap;
  final Fulfilment fulfilment;
  final Replenishment replenishment;
  /** Work due on a future day (receipts, restocks), by day index. */
  final List<List<Runnable>> agenda = new ArrayList<>();
  /** Shipments waiting to be picked, per warehouse. */
  final List<ArrayDeque<Fulfilment.Pending>> queues = new ArrayList<>();
  /** Lines waiting for stock. */
  final ArrayDeque<Backorder> backorders = new ArrayDeque<>();
  /** Units demanded per SKU and warehouse in the current week. */
  final double[][] weekDemand;
  long orders;
  long units;
  long backorderedLines;
  int day;

  /** A line waiting for stock. */
  record Backorder(String orderId, Order order, AllocationLine line) {}

  /** An order as placed. */
  record Order(String id, long seq, Instant placedAt, Instant shipBy, String channel, int region) {}

  final SimulationStores stores;
  /** The site the priority strategy ranks first. */
  private final int firstByPriority;

  private Simulator(SimulationConfig config, long seed, SimulationStores stores, java.util.function.Consumer<Fact> tap) {
    this.stores = stores;
    this.tap = tap;
    this.config = config;
    this.seed = seed;
    this.world = new World(config, seed);
    this.clock = ManualClock.at(config.start().atStartOfDay().toInstant(ZoneOffset.UTC));
    InMemoryCatalog catalog = InMemoryCatalog.create();
    for (World.Site s : world.sites) {
      catalog.add(Location.builder().id(s.id()).name(s.name()).country("US").position(s.position()).build());
    }
    for (World.Item i : world.items) {
      catalog.add(Product.builder().sku(i.sku()).name(i.sku().value()).build());
    }
    this.keeper = StockKeeper.builder().catalog(catalog).store(stores.inventory().get()).clock(clock).build();
    AllocationStrategy strategy = switch (config.allocation()) {
      case "min-split" -> MinSplitStrategy.create();
      case "priority" -> PriorityStrategy.create();
      case "min-cost" -> minCost();
      default -> NearestStrategy.create();
    };
    this.allocator = Allocator.of(keeper, strategy);
    // every site has the default priority, so the priority strategy ranks them by id
    int first = 0;
    for (int i = 1; i < world.sites.size(); i++) {
      if (world.sites.get(i).id().value().compareTo(world.sites.get(first).id().value()) < 0) {
        first = i;
      }
    }
    this.firstByPriority = first;
    // the run's days: deliveries and returns that land after the last day fill partial windows
    this.kpis = KpiEngine.create(new KpiSettings(java.time.ZoneId.of("UTC"), USD, 0.25))
        .observing(config.start(), config.start().plusDays(config.days()));
    this.weekDemand = new double[world.items.size()][world.sites.size()];
    for (int i = 0; i < config.days() + 120; i++) {
      agenda.add(new ArrayList<>());
    }
    for (int s = 0; s < world.sites.size(); s++) {
      queues.add(new ArrayDeque<>());
    }
    this.fulfilment = new Fulfilment(this);
    this.replenishment = new Replenishment(this);
  }

  /**
   * Min-cost allocation: each shipment estimated at the cheapest ground rate from the site to the
   * region nearest the ship-to point for the lines' weight, plus $1.50 handling (labour and carton),
   * so a split costs a second handling and a second parcel.
   */
  private MinCostStrategy minCost() {
    Map<LocationId, Money> handling = new HashMap<>();
    world.sites.forEach(s -> handling.put(s.id(), Money.of(new java.math.BigDecimal("1.50"), USD)));
    ShippingCostEstimator estimator = (from, request, lines) -> {
      World.Site site = world.sites.stream().filter(s -> s.id().equals(from.id())).findFirst().orElseThrow();
      GeoPoint to = request.shipTo().orElseThrow();
      World.Region region = World.REGIONS.stream().min(java.util.Comparator.comparingDouble(r -> r.centre()
          .distanceKm(to))).orElseThrow();
      double kg = 0;
      for (AllocationLine l : lines) {
        kg += l.quantity() * World.CATEGORIES.get(world.items.get(index(l)).category()).weight();
      }
      return Money.of(java.math.BigDecimal.valueOf(Carriers.groundEstimate(site.postalDigit(), region.digit(), kg)),
          USD, java.math.RoundingMode.HALF_UP);
    };
    return MinCostStrategy.of(estimator, handling, Money.zero(USD));
  }

  /** Records a fact: into the KPI engine, then to the tap. */
  void fact(Fact f) {
    kpis.accept(f);
    tap.accept(f);
  }

  /**
   * Runs a simulation on the in-memory stores.
   *
   * @param progress told each finished day (0-based); for a progress bar
   */
  public static SimulationResult run(SimulationConfig config, long seed, IntConsumer progress) {
    return run(config, seed, progress, SimulationStores.inMemory());
  }

  /**
   * Runs a simulation on the given stores (empty ones: each is asked for once).
   *
   * @param progress told each finished day (0-based); for a progress bar
   * @param stores where the run keeps its inventory and purchase orders
   */
  public static SimulationResult run(SimulationConfig config, long seed, IntConsumer progress, SimulationStores stores) {
    return run(config, seed, progress, stores, f -> { });
  }

  /** {@link #run(SimulationConfig, long, IntConsumer, SimulationStores)}, showing {@code tap} every fact recorded. */
  static SimulationResult run(SimulationConfig config, long seed, IntConsumer progress, SimulationStores stores,
      java.util.function.Consumer<Fact> tap) {
    Objects.requireNonNull(stores, "stores");
    Objects.requireNonNull(config, "config");
    Simulator s = new Simulator(config, seed, stores, tap);
    s.stockUp();
    for (s.day = 0; s.day < config.days(); s.day++) {
      s.simulateDay();
      progress.accept(s.day);
    }
    java.util.Map<String, long[]> reasons = new java.util.LinkedHashMap<>();
    s.fulfilment.afterSales.byReason.forEach((k, v) -> reasons.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
    return new SimulationResult(config, seed, s.kpis, s.orders, s.units, s.fulfilment.shipments,
        s.replenishment.purchaseOrders, s.backorderedLines, s.fulfilment.afterSales.returns,
        s.fulfilment.afterSales.tickets, reasons);
  }

  /** Opening stock: about five weeks of expected demand at each warehouse. */
  private void stockUp() {
    for (int i = 0; i < world.items.size(); i++) {
      for (int s = 0; s < world.sites.size(); s++) {
        long q = Math.max(2, Math.round(expectedDaily(i, s) * 35));
        keeper.receive(Receipt.builder().sku(world.items.get(i).sku()).location(world.sites.get(s).id()).quantity(q)
            .idempotencyKey(IdempotencyKey.of("open-" + i + "-" + s)).build());
      }
    }
  }

  /** Expected units a day of SKU i at site s on an ordinary day. */
  double expectedDaily(int i, int s) {
    return config.ordersPerDay() * 1.6 * 1.25 * world.items.get(i).share() * world.siteShare(s);
  }

  LocalDate date(int d) {
    return config.start().plusDays(d);
  }

  Instant at(int d, long secondsIntoDay) {
    return date(d).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(secondsIntoDay);
  }

  /** A random stream of its own for one purpose and one index: policies never shift another's draws. */
  SplittableRandom stream(long purpose, long index) {
    long x = seed * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    return new SplittableRandom(x ^ (x >>> 31));
  }

  private void simulateDay() {
    clock.set(at(day, 0));
    for (Runnable r : agenda.get(day)) {
      r.run();
    }
    agenda.get(day).clear();
    retryBackorders();
    if (day % 7 == 0) {
      replenishment.review(day);
    }
    arrive();
    for (int s = 0; s < world.sites.size(); s++) {
      fulfilment.work(s, day);
    }
    fulfilment.endOfDay(day);
  }

  /** The day's demand multiplier: weekday, season, and the peak from Black Friday to mid December. */
  double demandFactor(LocalDate d) {
    double f = WEEKDAY[d.getDayOfWeek().getValue() - 1];
    f *= 1 + 0.12 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 350) / 365.0);
    LocalDate thanksgiving = LocalDate.of(d.getYear(), Month.NOVEMBER, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    long k = d.toEpochDay() - thanksgiving.toEpochDay();
    if (k == 1) {
      f *= 3.2; // Black Friday
    } else if (k == 2 || k == 3) {
      f *= 2.1;
    } else if (k == 4) {
      f *= 2.8; // Cyber Monday
    } else if (k >= 5 && k <= 20) {
      f *= 1.35;
    } else if (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 25) {
      f *= 0.5;
    }
    return f;
  }

  private void arrive() {
    SplittableRandom r = stream(1, day);
    double lambda = config.ordersPerDay() * demandFactor(date(day));
    long n = lambda > 50 ? Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(r))) : poisson(r, lambda);
    for (long k = 0; k < n; k++) {
      orders++;
      SplittableRandom o = stream(2, orders);
      // arrivals lean to the afternoon and evening
      long second = (long) (86_399 * Math.pow(o.nextDouble(), 0.8));
      Instant placed = at(day, second);
      Instant shipBy = at(second < 14 * 3600 ? day : day + 1, 86_399);
      double u = o.nextDouble();
      String channel = u < 0.6 ? "web" : u < 0.9 ? "marketplace" : "retail";
      Order order = new Order("O" + orders, orders, placed, shipBy, channel, World.drawRegion(o.nextDouble()));
      int lines = 1;
      while (lines < 4 && o.nextDouble() < 0.38) {
        lines++;
      }
      List<AllocationLine> ls = new ArrayList<>();
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int l = 0; l < lines; l++) {
        int sku = world.drawSku(o.nextDouble());
        double q = o.nextDouble();
        long qty = q < 0.8 ? 1 : q < 0.95 ? 2 : 3;
        if (seen.add(sku)) {
          ls.add(AllocationLine.of(Integer.toString(l + 1), world.items.get(sku).sku(), qty));
          units += qty;
        }
      }
      allocate(order, ls, "a-" + order.id(), true);
    }
  }

  /** Allocates lines of an order; what is short waits as backorders. */
  void allocate(Order order, List<AllocationLine> lines, String key, boolean placing) {
    World.Region region = World.REGIONS.get(order.region());
    Allocation a = allocator.allocate(AllocationRequest.builder().orderId(order.id()).shipToCountry("US")
        .shipTo(region.centre()).addAllLines(lines).policy(AllocationPolicy.defaults().withMaxShipments(2))
        .idempotencyKey(IdempotencyKey.of(key)).build());
    int nearest = world.nearest[order.region()][0];
    // where the strategy sends an order when every site has stock: a line short there is a stockout
    LocationId want = world.sites.get(config.allocation().equals("priority") ? firstByPriority : nearest).id();
    long filled = 0;
    boolean elsewhere = false;
    for (Shipment sh : a.shipments()) {
      int site = site(sh.location());
      for (AllocationLine l : sh.lines()) {
        filled += l.quantity();
        if (placing) {
          weekDemand[index(l)][site] += l.quantity();
        }
      }
      elsewhere |= !sh.location().equals(want);
      queues.get(site).add(new Fulfilment.Pending(order, sh, key));
    }
    for (AllocationLine l : a.backordered()) {
      backorders.add(new Backorder(order.id(), order, l));
      if (placing) {
        backorderedLines++;
        weekDemand[index(l)][nearest] += l.quantity();
      }
    }
    if (placing) {
      long total = lines.stream().mapToLong(AllocationLine::quantity).sum();
      fact(new Fact.OrderPlaced(order.id(), order.placedAt(), order.channel(), want.value(), "", total, filled,
          !a.backordered().isEmpty(), elsewhere || filled < total));
    }
  }

  private void retryBackorders() {
    int n = Math.min(backorders.size(), 5_000);
    for (int i = 0; i < n; i++) {
      Backorder b = backorders.poll();
      AllocationLine l = b.line();
      if (keeper.available(l.sku()) < l.quantity()) {
        backorders.add(b);
        continue;
      }
      allocate(b.order(), List.of(l), "b-" + b.orderId() + "-" + l.lineId() + "-" + day, false);
    }
  }

  int site(LocationId id) {
    for (int s = 0; s < world.sites.size(); s++) {
      if (world.sites.get(s).id().equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("unknown site " + id);
  }

  int index(AllocationLine l) {
    return Integer.parseInt(l.sku().value().substring(4));
  }

  static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  static long poisson(SplittableRandom r, double lambda) {
    double limit = Math.exp(-lambda);
    double p = 1;
    long k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > limit);
    return k - 1;
  }

  void later(int onDay, Runnable work) {
    if (onDay < agenda.size()) {
      agenda.get(onDay).add(work);
    }
  }

  StockKey key(int sku, int site) {
    return StockKey.of(world.items.get(sku).sku(), world.sites.get(site).id());
  }
}
