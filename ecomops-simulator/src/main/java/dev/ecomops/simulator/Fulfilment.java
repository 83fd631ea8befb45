package dev.ecomops.simulator;

import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.CountTolerance;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.CycleCounter;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.order.Dispatch;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.ShipmentCosts;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.packing.Carton;
import dev.ecomops.fulfillment.packing.Cartonizer;
import dev.ecomops.fulfillment.packing.Item;
import dev.ecomops.fulfillment.packing.PackedCarton;
import dev.ecomops.fulfillment.packing.Packing;
import dev.ecomops.fulfillment.packing.PackingObjective;
import dev.ecomops.fulfillment.picking.Batch;
import dev.ecomops.fulfillment.picking.Batcher;
import dev.ecomops.fulfillment.picking.PickOrder;
import dev.ecomops.fulfillment.qc.PackVerifier;
import dev.ecomops.fulfillment.routing.PickerRouter;
import dev.ecomops.kpi.fact.Fact;
import dev.ecomops.shipping.parcel.Parcel;
import dev.ecomops.shipping.spi.Notifier;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.shipping.spi.TrackingStatus;
import dev.ecomops.shipping.tracking.ShipmentTracker;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Picking, packing, shipping and delivery in the simulation.
 *
 * <ul>
 *   <li>In house, each warehouse ships up to its daily capacity, first come first served. Pickers
 *       work waves of 12 shipments: batched by the fulfillment module's seed heuristic into carts of
 *       20 units and routed by the configured method, S-shape by default (or one shipment a cart with
 *       batching off); labour is walking
 *       at 50 m/min, 15 s a unit picked and 70 s a shipment packed, at $24 an hour. Picking errors:
 *       0.4% a line, and 0.2% an order more when batched (sorting at the pack bench).
 *   <li>A 3PL takes three times the capacity and charges $3.10 a shipment and $0.40 a unit, with
 *       0.3% errors a line, but hands over to the carrier a day later.
 *   <li>Packing: the fulfillment module's cartonizer chooses the cheapest cartons; the result is
 *       cached by the shipment's mix of categories (items are sized by category).
 *   <li>Shipping: the configured carrier policy through the shipping module's rate shopper over
 *       its table-rate carriers; the promise from the delivery promise (ship-by date plus the
 *       quote's transit days); late by one or two days at the carrier's late rate; damaged at its
 *       damage rate. Each parcel is tracked by the {@link ShipmentTracker} (shipped, delivered, and
 *       a delay notice once its promise passes undelivered).
 *   <li>Returns and customer service after delivery: see {@link AfterSales}.
 * </ul>
 */
final class Fulfilment {
  private static final int WAVE = 12;
  private static final double WAGE_PER_MIN = 24.0 / 60;

  /** What shipping needs of a packing: cartons with their weights, and the cartons' cost. */
  record Packed(List<Carton> cartons, double[] kg, double cost) {}

  /**
   * A shipment waiting to be picked: an order's lines released to one warehouse.
   *
   * @param placement the order
   * @param site the warehouse
   * @param shipmentId the shipment's id (its package, label and tracking number)
   * @param lines the lines it carries
   */
  record Pending(Ordering.Placement placement, int site, String shipmentId, List<OrderLineState> lines) {
    long units() {
      return lines.stream().mapToLong(l -> l.line().quantity()).sum();
    }

    String[] lineIds() {
      return lines.stream().map(OrderLineState::lineId).toArray(String[]::new);
    }
  }

  private final Simulator sim;
  private final Batcher batcher;
  private final Cartonizer cartonizer = Cartonizer.withDivisor(5000);
  private final Carriers carriers = new Carriers();
  private final Map<String, Packed> packings = new HashMap<>();
  private final PackVerifier verifier;
  /** Notices sent to customers, by kind. */
  final Map<Notifier.Kind, Long> notices = new java.util.EnumMap<>(Notifier.Kind.class);
  private final ShipmentTracker tracker;
  private final CycleCounter counter;
  final AfterSales afterSales;
  long shipments;
  long batches;

  Fulfilment(Simulator sim) {
    this.sim = sim;
    this.batcher = new Batcher(World.LAYOUT, PickerRouter.byName(sim.config.routing()), 20);
    this.verifier = new PackVerifier(sim.events, sim.clock);
    this.tracker = new ShipmentTracker(n -> notices.merge(n.kind(), 1L, Long::sum), sim.stores.parcels().get(),
        RetryPolicy.defaults());
    this.counter = CycleCounter.of(sim.keeper, sim.stores.counts().get(), SequentialIdGenerator.create(), sim.events,
        sim.clock);
    this.afterSales = new AfterSales(sim);
  }

  /** One warehouse's day: ship what capacity allows, oldest first. */
  void work(int site, int day) {
    boolean thirdParty = sim.config.fulfilment().equals("3pl");
    int capacity = thirdParty ? 3 * sim.config.capacityPerDay() : sim.config.capacityPerDay();
    ArrayDeque<Pending> queue = sim.queues.get(site);
    List<Pending> today = new ArrayList<>();
    while (today.size() < capacity && !queue.isEmpty()) {
      today.add(queue.poll());
    }
    for (int from = 0; from < today.size(); from += WAVE) {
      List<Pending> wave = today.subList(from, Math.min(today.size(), from + WAVE));
      double[] labour = thirdParty ? thirdPartyLabour(wave) : pickWave(site, day, wave);
      for (int i = 0; i < wave.size(); i++) {
        ship(site, day, wave.get(i), labour[i], thirdParty);
      }
    }
  }

  /**
   * Labour minutes of each shipment of a wave, picked in house; each cart's tour is a {@link
   * Fact.BatchPicked} (picker travel).
   */
  private double[] pickWave(int site, int day, List<Pending> wave) {
    List<PickOrder> orders = new ArrayList<>();
    Map<OrderId, Integer> at = new HashMap<>();
    for (int i = 0; i < wave.size(); i++) {
      List<Position> picks = new ArrayList<>();
      for (OrderLineState l : wave.get(i).lines()) {
        picks.add(sim.world.slots[sim.index(l.line().sku())]);
      }
      OrderId id = OrderId.of(wave.get(i).shipmentId());
      orders.add(new PickOrder(id, picks));
      at.put(id, i);
    }
    double[] minutes = new double[wave.size()];
    for (Batch b : batcher.batch(orders, sim.config.batching() ? Batcher.Method.SEED : Batcher.Method.SINGLE)) {
      int picks = b.orders().stream().mapToInt(PickOrder::size).sum();
      long units = 0;
      for (PickOrder o : b.orders()) {
        units += wave.get(at.get(o.orderId())).units();
      }
      batches++;
      sim.fact(new Fact.BatchPicked("B" + batches, sim.at(day, 12 * 3600), sim.world.sites.get(site).id().value(),
          b.orders().size(), units, Math.round(b.route().length())));
      for (PickOrder o : b.orders()) {
        int i = at.get(o.orderId());
        minutes[i] = b.route().length() / 50 * o.size() / picks;
      }
    }
    for (int i = 0; i < wave.size(); i++) {
      minutes[i] += 0.25 * wave.get(i).units() + 70 / 60.0;
    }
    return minutes;
  }

  private double[] thirdPartyLabour(List<Pending> wave) {
    double[] fee = new double[wave.size()];
    for (int i = 0; i < wave.size(); i++) {
      fee[i] = (3.10 + 0.40 * wave.get(i).units()) / WAGE_PER_MIN; // as minutes, priced at the wage below
    }
    return fee;
  }

  /**
   * Picks, checks, packs and ships one shipment through the order manager, registers its parcel
   * with the tracker, and books its delivery for the day it arrives.
   */
  private void ship(int site, int day, Pending p, double labourMinutes, boolean thirdParty) {
    shipments++;
    Ordering.Placement order = p.placement();
    SplittableRandom r = sim.stream(3, order.seq() * 31 + p.shipmentId().hashCode());
    long cogs = 0;
    boolean accurate = true;
    double lineError = thirdParty ? 0.003 : 0.004;
    Map<Sku, Long> expected = new java.util.TreeMap<>();
    List<Sku> scans = new ArrayList<>();
    List<AllocationLine> contents = new ArrayList<>();
    for (OrderLineState l : p.lines()) {
      long q = l.line().quantity();
      cogs += sim.world.items.get(sim.index(l.line().sku())).costMinor() * q;
      expected.merge(l.line().sku(), q, Long::sum);
      // a picking error leaves a unit out: the pack check's scans show it
      boolean short1 = r.nextDouble() < lineError;
      accurate &= !short1;
      for (long u = short1 ? 1 : 0; u < q; u++) {
        scans.add(l.line().sku());
      }
      contents.add(AllocationLine.of(l.lineId(), l.line().sku(), q));
    }
    if (!thirdParty && sim.config.batching() && r.nextDouble() < 0.002 && !scans.isEmpty()) {
      scans.remove(scans.size() - 1); // mis-sorted at the pack bench
      accurate = false;
    }
    Packed packing = pack(contents);
    int region = order.region();
    World.Site origin = sim.world.sites.get(site);
    StringBuilder key = new StringBuilder().append(origin.postalDigit()).append('|').append(region);
    List<Parcel> parcels = new ArrayList<>();
    for (int k = 0; k < packing.cartons().size(); k++) {
      Carton c = packing.cartons().get(k);
      double kg = packing.kg()[k];
      key.append('|').append(c.id()).append(':').append(kg);
      parcels.add(new Parcel(Dimensions.of((long) c.length(), (long) c.width(), (long) c.height(), LengthUnit.CM),
          Weight.of(java.math.BigDecimal.valueOf(kg), WeightUnit.KG)));
    }
    RateQuote quote = carriers.choose(sim.config.carrier(), new ShipmentRequest("s" + shipments, Carriers.postal(
        origin.postalDigit()), Carriers.postal(region), parcels, true), key.toString());
    int shipDay = thirdParty ? day + 1 : day;
    // the truck leaves between 16:00 and 20:00; an order placed later that evening rides it only
    // if it was packed, half an hour after it came in at the earliest
    Instant truck = sim.at(shipDay, 16 * 3600 + r.nextInt(4 * 3600));
    Instant earliest = order.placedAt().plusSeconds(1800);
    Instant shippedAt = truck.isBefore(earliest) ? earliest : truck;
    // the promise: the carrier's transit days from the ship-by date
    Instant promisedBy = Simulator.endOf(Simulator.PROMISE.estimate(order.placedAt(), quote.transitDays(),
        Simulator.EVERY_DAY).deliverBy());
    Money labour = Money.of(java.math.BigDecimal.valueOf(labourMinutes * WAGE_PER_MIN), Simulator.USD,
        java.math.RoundingMode.HALF_EVEN);
    Money packagingCost = Money.of(java.math.BigDecimal.valueOf(packing.cost()), Simulator.USD,
        java.math.RoundingMode.HALF_EVEN);
    // picked, checked, packed and shipped as the truck leaves
    String[] lineIds = p.lineIds();
    sim.clock.set(shippedAt);
    sim.orders.markPicked(order.id(), lineIds);
    verifier.verify(order.id(), p.shipmentId(), expected, scans);
    sim.orders.markPacked(order.id(), lineIds);
    sim.orders.ship(order.id(), new Dispatch(p.shipmentId(), origin.id(), quote.carrier(), quote.service(), promisedBy,
        new ShipmentCosts(quote.total(), packagingCost, labour, Money.ofMinor(cogs, Simulator.USD)),
        List.of(lineIds)));
    tracker.register(p.shipmentId(), order.id(), promisedBy.atZone(ZoneOffset.UTC).toLocalDate(), shippedAt);
    tracker.apply(new TrackingEvent(p.shipmentId(), TrackingStatus.IN_TRANSIT, shippedAt.plusSeconds(3600),
        "picked up"));
    // delivery
    Carriers.Reliability rel = Carriers.RELIABILITY.get(quote.carrier());
    int transit = quote.transitDays();
    if (r.nextDouble() < rel.late()) {
      transit += r.nextDouble() < 0.7 ? 1 : 2;
    }
    int deliveredDay = shipDay + transit;
    Instant delivered = sim.at(deliveredDay, 9 * 3600 + r.nextInt(10 * 3600));
    boolean damaged = r.nextDouble() < rel.damage();
    boolean late = delivered.isAfter(promisedBy);
    boolean wrong = !accurate;
    sim.later(deliveredDay, () -> {
      sim.clock.set(delivered);
      tracker.apply(new TrackingEvent(p.shipmentId(), TrackingStatus.DELIVERED, delivered, "front door"));
      Order o = sim.orders.deliver(order.id(), p.shipmentId(), damaged, List.of(lineIds));
      afterSales.follow(site, p, o, r, deliveredDay, delivered, damaged, wrong, late);
    });
  }

  /**
   * The cheapest cartons for a shipment. Items are sized and weighed by category, so the packing
   * depends only on how many units of each category the shipment holds: it is worked out once per
   * such mix (from items in a canonical order, so the result does not depend on which shipment came
   * first) and cached.
   */
  private Packed pack(List<AllocationLine> lines) {
    int[] units = new int[World.CATEGORIES.size()];
    for (AllocationLine l : lines) {
      units[sim.world.items.get(sim.index(l)).category()] += (int) l.quantity();
    }
    return packings.computeIfAbsent(java.util.Arrays.toString(units), k -> {
      List<Item> items = new ArrayList<>();
      for (int cat = 0; cat < units.length; cat++) {
        World.Category c = World.CATEGORIES.get(cat);
        for (int u = 0; u < units[cat]; u++) {
          items.add(new Item(c.name() + "#" + u, c.size()[0], c.size()[1], c.size()[2], c.weight(), true));
        }
      }
      Packing p = cartonizer.pack(items, World.CARTONS, PackingObjective.COST);
      if (!p.unpacked().isEmpty()) {
        throw new IllegalStateException("items fit no carton: " + p.unpacked());
      }
      double[] kg = new double[p.cartons().size()];
      for (int c = 0; c < kg.length; c++) {
        kg[c] = Math.max(0.1, Math.round(p.cartons().get(c).weight() * 10) / 10.0);
      }
      return new Packed(p.cartons().stream().map(PackedCarton::carton).toList(), kg, p.cost());
    });
  }


  /** End of day: snapshot every SKU at every warehouse, and cycle-count a few. */
  void endOfDay(int day) {
    Instant at = sim.at(day, 23 * 3600);
    SplittableRandom r = sim.stream(4, day);
    for (int s = 0; s < sim.world.sites.size(); s++) {
      String location = sim.world.sites.get(s).id().value();
      for (int i = 0; i < sim.world.items.size(); i++) {
        World.Item item = sim.world.items.get(i);
        Balance b = sim.keeper.balance(sim.key(i, s));
        sim.fact(new Fact.InventorySnapshot(at, location, World.CATEGORIES.get(item.category()).name(),
            item.sku().value(), b.onHand(), Math.min(b.onHand(), b.availableToPromise()), Money.ofMinor(item.costMinor(),
            Simulator.USD)));
      }
      // a daily count of 8 SKUs; 3% of those with stock are found one short (shrinkage)
      List<StockKey> keys = new ArrayList<>(8);
      for (int c = 0; c < 8; c++) {
        keys.add(sim.key((day * 8 + c + s * 97) % sim.world.items.size(), s));
      }
      sim.clock.set(at);
      String count = counter.open(keys, new CountTolerance(0, 0)).id();
      for (StockKey key : keys) {
        Balance b = sim.keeper.balance(key);
        boolean shrunk = b.availableToPromise() > 0 && r.nextDouble() < 0.03;
        counter.record(count, key, shrunk ? b.onHand() - 1 : b.onHand());
      }
      counter.post(count);
    }
    // parcels past their promise and not delivered: the customer hears of it
    tracker.checkDelays(at, ZoneOffset.UTC);
  }
}
