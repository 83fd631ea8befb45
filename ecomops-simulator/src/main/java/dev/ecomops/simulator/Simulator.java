package dev.ecomops.simulator;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.MinCostStrategy;
import dev.ecomops.core.allocation.MinSplitStrategy;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.ShippingCostEstimator;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.order.service.OrderManager;
import dev.ecomops.core.order.service.RuleBasedRiskAssessor;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.fact.CoreFacts;
import dev.ecomops.kpi.fact.Fact;
import dev.ecomops.shipping.promise.BusinessCalendar;
import dev.ecomops.shipping.promise.DeliveryPromise;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The operations simulator: a deterministic discrete-event simulation of a direct-to-consumer
 * store, day by day, hosting the domain modules' services over their SPIs as a host would.
 *
 * <ul>
 *   <li>Demand: Poisson order arrivals with weekly and yearly seasonality and a Black Friday to
 *       Cyber Monday peak; 1 to 4 lines an order; SKUs drawn from a Zipf (exponent 1.1) long tail;
 *       customers in ten US postal regions; three sales channels (web, marketplace, point of sale).
 *   <li>Orders: placed through the core {@code OrderManager}, which allocates with the configured
 *       strategy (splits allowed, at most two shipments; short lines backordered), and released to
 *       the warehouses at once; backordered lines are allocated again daily as stock arrives.
 *   <li>Replenishment: a weekly (R, S) review per SKU and warehouse from the forecasting module
 *       (SES for smooth demand, SBA for intermittent, by Syntetos-Boylan class), safety stock for
 *       the configured service level with the supplier's lead-time variability; purchase orders
 *       through the core {@code PurchaseOrders} service, one per supplier and warehouse, arriving
 *       after a log-normal lead time.
 *   <li>Fulfilment, shipping and tracking: see {@link Fulfilment}; returns and customer service:
 *       see {@link AfterSales}.
 *   <li>Inventory: end-of-day snapshots of every SKU at every warehouse; daily cycle counts through
 *       the core {@code CycleCounter} that find occasional shrinkage.
 * </ul>
 *
 * <p>Every service publishes its domain events into one stream, and the KPI engine is fed from it
 * by the KPI module's projector ({@code CoreFacts}): placements, shipments, deliveries, returns,
 * cycle counts and tickets become facts there, not here. The simulator records only what no event
 * carries: end-of-day inventory snapshots and each pick cart's tour (picker travel). Same seed and
 * configuration, same events and facts, in the same order: randomness comes from streams split off
 * the seed by purpose (arrivals from one stream, each order's processing from a stream of its
 * own), so two policies compared on one seed see the same customers (common random numbers).
 * Single-threaded.
 */
public final class Simulator {
  static final Currency USD = Currency.getInstance("USD");
  private static final double[] WEEKDAY = {1.05, 1.0, 0.98, 0.97, 1.0, 0.95, 1.05}; // Monday first
  /** A calendar with no day off. */
  static final BusinessCalendar EVERY_DAY = new BusinessCalendar(java.util.Set.of(), java.util.Set.of());
  /**
   * The delivery promise: orders in by 14:00 (UTC) ship that day, later ones the next; warehouses
   * and carriers work every day.
   */
  static final DeliveryPromise PROMISE = new DeliveryPromise(ZoneOffset.UTC, java.time.LocalTime.of(14, 0), 0,
      EVERY_DAY);
  final SimulationConfig config;
  final long seed;
  final World world;
  final ManualClock clock;
  final SimulationStores stores;
  /** Every service's events, into the KPI engine through the projector, then to the test's tap. */
  final EventPublisher events;
  final StockKeeper keeper;
  final OrderManager orders;
  final KpiEngine kpis;
  /** Sees every fact the run records, after the KPI engine (a test's independent count). */
  private final Consumer<Fact> tap;
  /** Sees every event the services publish (a test's independent count). */
  private final Consumer<DomainEvent> eventTap;
  final Fulfilment fulfilment;
  final Replenishment replenishment;
  /** Work due on a future day (deliveries, returns, tickets, receipts), by day index. */
  final List<List<Runnable>> agenda = new ArrayList<>();
  /** Shipments waiting to be picked, per warehouse. */
  final List<ArrayDeque<Fulfilment.Pending>> queues = new ArrayList<>();
  /** Units demanded per SKU and warehouse in the current week. */
  final double[][] weekDemand;
  /** Demand and orders. */
  final Ordering ordering;
  int day;

  private Simulator(SimulationConfig config, long seed, SimulationStores stores, Consumer<Fact> tap,
      Consumer<DomainEvent> eventTap) {
    this.stores = stores;
    this.tap = tap;
    this.eventTap = eventTap;
    this.config = config;
    this.seed = seed;
    this.world = new World(config, seed);
    this.clock = ManualClock.at(config.start().atStartOfDay().toInstant(ZoneOffset.UTC));
    // the run's days: what lands after the last day is in a partial window
    this.kpis = KpiEngine.create(new KpiSettings(java.time.ZoneId.of("UTC"), USD, 0.25))
        .observing(config.start(), config.start().plusDays(config.days()));
    EventPublisher projector = new CoreFacts(sku -> World.CATEGORIES.get(world.items.get(index(Sku.of(sku))).category())
        .name()).into(this::fact);
    this.events = new EventPublisher() {
      @Override
      public void publish(DomainEvent event) {
        projector.publish(event);
        eventTap.accept(event);
      }

      @Override
      public void deliver(dev.ecomops.core.event.EventEnvelope envelope) {
        projector.deliver(envelope); // relays deliver envelopes: the projector counts each once
        eventTap.accept(envelope.event());
      }
    };
    InMemoryCatalog catalog = InMemoryCatalog.create();
    for (World.Site s : world.sites) {
      catalog.add(Location.builder().id(s.id()).name(s.name()).country("US").position(s.position()).build());
    }
    for (World.Item i : world.items) {
      catalog.add(Product.builder().sku(i.sku()).name(i.sku().value()).build());
    }
    this.keeper = StockKeeper.builder().catalog(catalog).store(stores.inventory().get()).clock(clock)
        .ids(SequentialIdGenerator.create()).events(events).build();
    AllocationStrategy strategy = switch (config.allocation()) {
      case "min-split" -> MinSplitStrategy.create();
      case "priority" -> PriorityStrategy.create();
      case "min-cost" -> minCost();
      default -> NearestStrategy.create();
    };
    this.orders = OrderManager.builder().keeper(keeper).allocator(Allocator.of(keeper, strategy))
        .orders(stores.orders().get()).events(events).clock(clock)
        .risk(RuleBasedRiskAssessor.withDefaults(java.util.Set.of()), 50).build();
    this.weekDemand = new double[world.items.size()][world.sites.size()];
    for (int i = 0; i < config.days() + 120; i++) {
      agenda.add(new ArrayList<>());
    }
    for (int s = 0; s < world.sites.size(); s++) {
      queues.add(new ArrayDeque<>());
    }
    this.ordering = new Ordering(this);
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
   * @param stores where the run's services keep their state
   */
  public static SimulationResult run(SimulationConfig config, long seed, IntConsumer progress, SimulationStores stores) {
    return run(config, seed, progress, stores, f -> { }, e -> { });
  }

  /**
   * {@link #run(SimulationConfig, long, IntConsumer, SimulationStores)}, showing {@code tap} every
   * fact recorded and {@code eventTap} every event published.
   */
  static SimulationResult run(SimulationConfig config, long seed, IntConsumer progress, SimulationStores stores,
      Consumer<Fact> tap, Consumer<DomainEvent> eventTap) {
    Objects.requireNonNull(stores, "stores");
    Objects.requireNonNull(config, "config");
    Simulator s = new Simulator(config, seed, stores, tap, eventTap);
    s.stockUp();
    for (s.day = 0; s.day < config.days(); s.day++) {
      s.simulateDay();
      progress.accept(s.day);
    }
    Map<String, long[]> reasons = new LinkedHashMap<>();
    s.fulfilment.afterSales.byReason.forEach((k, v) -> reasons.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
    return new SimulationResult(config, seed, s.kpis, s.ordering.placed, s.ordering.units, s.fulfilment.shipments,
        s.replenishment.purchaseOrders, s.ordering.backorderedLines, s.fulfilment.afterSales.returns,
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

  /** The run's day index of an instant. */
  int dayOf(Instant t) {
    return (int) (Math.floorDiv(t.getEpochSecond(), 86_400) - config.start().toEpochDay());
  }

  /** The last second of a date (UTC). */
  static Instant endOf(LocalDate date) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(86_399);
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
    // by index: today's work may add more for today (a ticket opened the day it was delivered)
    List<Runnable> today = agenda.get(day);
    for (int i = 0; i < today.size(); i++) {
      today.get(i).run();
    }
    today.clear();
    ordering.review();
    ordering.retryBackorders();
    if (day % 7 == 0) {
      replenishment.review(day);
    }
    ordering.arrive();
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

  int site(LocationId id) {
    for (int s = 0; s < world.sites.size(); s++) {
      if (world.sites.get(s).id().equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("unknown site " + id);
  }

  int index(AllocationLine l) {
    return index(l.sku());
  }

  /** A SKU's index in the world's items. */
  int index(Sku sku) {
    return Integer.parseInt(sku.value().substring(4));
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
