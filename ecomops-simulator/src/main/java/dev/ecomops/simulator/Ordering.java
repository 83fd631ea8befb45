package dev.ecomops.simulator;

import dev.ecomops.core.Address;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.Money;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.OrderStatus;
import dev.ecomops.core.order.PlaceOrder;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Demand and orders in the simulation: each day's arrivals (Poisson, with the simulator's
 * seasons), from a pool of repeat customers, placed through the core {@code OrderManager} in the
 * order they arrive, each assessed by the core {@code RuleBasedRiskAssessor}; what an order holds
 * is released to its warehouses at once, one shipment a warehouse, and what waits for stock is
 * allocated again, oldest first, on a later day when its SKUs have stock. A fraud ring places 0.5%
 * of orders, through many accounts, on one stolen card a day billed abroad: once the day's card
 * has been used by three other customers within 24 hours, the assessor scores its orders 50
 * (shared payment, country mismatch) and they are held (the first few slip through, as they do);
 * the morning review cancels the ring's held orders and releases any other.
 * Each order's draws come from its own random stream.
 */
final class Ordering {
  /** Splits allowed, at most two shipments, shortfalls backordered. */
  private static final AllocationPolicy POLICY = AllocationPolicy.defaults().withMaxShipments(2);
  /** Line ids and postal codes, shared by every order rather than a copy each (a year keeps 300,000 orders). */
  private static final String[] LINE_IDS = {"1", "2", "3", "4"};
  private static final String[] POSTAL_CODES = java.util.stream.IntStream.range(0, 10).mapToObj(d -> d + "0000")
      .toArray(String[]::new);
  /** How many customers the store has. */
  static final int CUSTOMERS = 50_000;
  /** The share of orders a fraud ring places, on a stolen card a day, billed abroad. */
  static final double FRAUD_SHARE = 0.005;

  private final Simulator sim;
  /** Orders with lines waiting for stock, oldest first. */
  private final ArrayDeque<Placement> backorders = new ArrayDeque<>();
  /** Each SKU's price, one instance per SKU. */
  private final Money[] prices;
  /** Orders on hold for the risk review, in the order placed. */
  private final List<Placement> held = new ArrayList<>();
  long placed;
  long units;
  long backorderedLines;
  /** Orders the risk review cancelled. */
  long cancelled;

  /**
   * An order as the customer placed it: what the simulation keeps of it beyond the order manager.
   *
   * @param id the order id
   * @param seq its arrival number (the seed of its random stream)
   * @param placedAt when
   * @param shipBy when it must ship by
   * @param channel where
   * @param customer who
   * @param fraud whether a fraud ring placed it, on a stolen card
   */
  record Placement(OrderId id, long seq, Instant placedAt, Instant shipBy, Channel channel, Customer customer,
      boolean fraud) {
    int region() {
      return customer.region();
    }
  }

  /**
   * A customer: one of {@link #CUSTOMERS}, drawn uniformly by each order, so many order more than
   * once (about six times a year at the defaults).
   *
   * @param id the customer's id
   * @param region the postal region they live in, drawn by the regions' shares
   * @param address their address, one instance for all their orders
   * @param card their payment card's fingerprint
   */
  record Customer(String id, int region, Address address, String card) {}

  /** Customers met so far, by number. */
  private final Map<Integer, Customer> customers = new HashMap<>();

  Ordering(Simulator sim) {
    this.sim = sim;
    this.prices = new Money[sim.world.items.size()];
    for (int i = 0; i < prices.length; i++) {
      prices[i] = sim.world.price(i);
    }
  }

  private Customer customer(int n) {
    return customers.computeIfAbsent(n, k -> {
      int region = World.drawRegion(sim.stream(7, k).nextDouble());
      return new Customer("C" + k, region, Address.builder().line1(k + " Main St").city("-")
          .postalCode(POSTAL_CODES[region]).country("US").build(), "card-" + k);
    });
  }

  /** The day's orders, placed in the order they arrive. */
  void arrive() {
    SplittableRandom r = sim.stream(1, sim.day);
    double lambda = sim.config.ordersPerDay() * sim.demandFactor(sim.date(sim.day));
    long n = lambda > 50 ? Math.max(0, Math.round(lambda + Math.sqrt(lambda) * Simulator.gaussian(r))) : Simulator.poisson(r, lambda);
    List<Placement> arrivals = new ArrayList<>();
    Map<Placement, List<OrderLine>> lines = new HashMap<>();
    for (long k = 0; k < n; k++) {
      placed++;
      SplittableRandom o = sim.stream(2, placed);
      // arrivals lean to the afternoon and evening
      long second = (long) (86_399 * Math.pow(o.nextDouble(), 0.8));
      Instant at = sim.at(sim.day, second);
      Instant shipBy = Simulator.endOf(Simulator.PROMISE.shipBy(at));
      double u = o.nextDouble();
      Channel channel = u < 0.6 ? Channel.WEB : u < 0.9 ? Channel.MARKETPLACE : Channel.POINT_OF_SALE;
      Customer customer = customer((int) (o.nextDouble() * CUSTOMERS));
      // a fraud ring's order: from its own stream, so it never shifts an honest order's draws
      boolean fraud = sim.stream(8, placed).nextDouble() < FRAUD_SHARE;
      Placement p = new Placement(OrderId.of("O" + placed), placed, at, shipBy, channel, customer, fraud);
      int count = 1;
      while (count < 4 && o.nextDouble() < 0.38) {
        count++;
      }
      List<OrderLine> ls = new ArrayList<>();
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int l = 0; l < count; l++) {
        int sku = sim.world.drawSku(o.nextDouble());
        double q = o.nextDouble();
        long qty = q < 0.8 ? 1 : q < 0.95 ? 2 : 3;
        if (seen.add(sku)) {
          ls.add(OrderLine.builder().lineId(LINE_IDS[l]).sku(sim.world.items.get(sku).sku()).quantity(qty)
              .unitPrice(prices[sku]).build());
          units += qty;
        }
      }
      arrivals.add(p);
      lines.put(p, ls);
    }
    arrivals.sort(Comparator.comparing(Placement::placedAt).thenComparingLong(Placement::seq));
    for (Placement p : arrivals) {
      place(p, lines.get(p));
    }
  }

  /** Places an order through the order manager, and releases what it holds to the warehouses. */
  private void place(Placement p, List<OrderLine> lines) {
    sim.clock.set(p.placedAt());
    World.Region region = World.REGIONS.get(p.region());
    Customer c = p.customer();
    Order o = sim.orders.place(PlaceOrder.builder().orderId(p.id()).customerId(c.id()).channel(p.channel())
        .shipTo(c.address()).shipToPosition(region.centre()).shipBy(p.shipBy()).policy(POLICY).addAllLines(lines)
        .paymentFingerprint(p.fraud() ? "stolen-" + sim.day : c.card())
        .billingCountry(p.fraud() ? "GB" : "US").build());
    int nearest = sim.world.nearest[p.region()][0];
    for (OrderLineState l : o.lines()) {
      for (Reservation res : reservations(l)) {
        sim.weekDemand[sim.index(l.line().sku())][sim.site(res.location())] += res.quantity();
      }
      if (l.waiting() > 0) {
        backorderedLines++;
        sim.weekDemand[sim.index(l.line().sku())][nearest] += l.waiting();
      }
    }
    if (o.isOnHold()) {
      held.add(p); // the risk review decides in the morning
    } else {
      release(p, o, java.util.Set.of());
    }
    if (o.lines().stream().anyMatch(l -> l.waiting() > 0)) {
      backorders.add(p);
    }
  }

  /**
   * The morning risk review, at 09:00: the fraud ring's held orders are cancelled (their stock goes
   * back), the others' holds are lifted and what they hold is released.
   */
  void review() {
    sim.clock.set(sim.at(sim.day, 9 * 3600));
    for (Placement p : held) {
      if (p.fraud()) {
        sim.orders.cancel(p.id());
        cancelled++;
      } else {
        release(p, sim.orders.releaseHold(p.id(), Hold.Reason.RISK_REVIEW), java.util.Set.of());
      }
    }
    held.clear();
  }

  /**
   * Releases an order's allocated lines (those not in {@code before}, already released) and queues
   * them at their warehouses, one shipment per warehouse.
   */
  private void release(Placement p, Order o, java.util.Set<String> before) {
    if (o.isOnHold() || o.status() == OrderStatus.CANCELLED
        || o.lines().stream().noneMatch(l -> l.status() == LineStatus.ALLOCATED)) {
      return;
    }
    Order released = sim.orders.release(p.id());
    Map<Integer, List<OrderLineState>> bySite = new java.util.TreeMap<>();
    for (OrderLineState l : released.lines()) {
      if (l.status() == LineStatus.RELEASED && !before.contains(l.lineId())) {
        // a line split over two warehouses (rare: units of one SKU) ships from where most of it is
        Reservation most = reservations(l).stream().max(Comparator.comparingLong(Reservation::quantity)).orElseThrow();
        bySite.computeIfAbsent(sim.site(most.location()), k -> new ArrayList<>()).add(l);
      }
    }
    bySite.forEach((site, ls) -> sim.queues.get(site).add(new Fulfilment.Pending(p, site,
        p.id().value() + "/" + sim.world.sites.get(site).id().value() + "/" + sim.day, ls)));
  }

  private List<Reservation> reservations(OrderLineState l) {
    List<Reservation> out = new ArrayList<>(l.reservations().size());
    for (ReservationId id : l.reservations()) {
      out.add(sim.keeper.reservation(id).orElseThrow());
    }
    return out;
  }

  /** Allocates again, oldest first, the orders whose waiting lines' SKUs have stock now. */
  void retryBackorders() {
    int n = Math.min(backorders.size(), 5_000);
    for (int i = 0; i < n; i++) {
      Placement p = backorders.poll();
      Order o = sim.orders.find(p.id()).orElseThrow();
      if (o.status() == OrderStatus.CANCELLED) {
        continue; // cancelled in review: nothing waits any more
      }
      boolean any = false;
      for (OrderLineState l : o.lines()) {
        any |= l.waiting() > 0 && sim.keeper.available(l.line().sku()) >= l.waiting();
      }
      if (!any) {
        backorders.add(p);
        continue;
      }
      java.util.Set<String> released = new java.util.HashSet<>();
      for (OrderLineState l : o.lines()) {
        if (l.status().compareTo(LineStatus.RELEASED) >= 0) {
          released.add(l.lineId());
        }
      }
      Order after = sim.orders.allocateBackorders(p.id(), IdempotencyKey.of("b-" + p.id().value() + "-" + sim.day));
      release(p, after, released);
      if (after.lines().stream().anyMatch(l -> l.waiting() > 0)) {
        backorders.add(p);
      }
    }
  }
}
