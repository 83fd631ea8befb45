package dev.ecomops.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.RmaId;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.FulfillmentEvent;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.event.ReturnEvent;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.KpiValue;
import dev.ecomops.kpi.fact.Fact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every KPI of a short simulation against a count made directly from the domain events the run's
 * services published (and, for what no event carries, the host's inventory snapshots and pick
 * tours), without the projector or the engine's tallies: a check of both on realistic data, and of
 * the events against the KPI definitions in the README.
 */
@DisplayName("every KPI of a simulation equals a direct count over the event log")
class KpiCrossCheckTest {

  @Test
  @DisplayName("56 days over Black Friday: ratios exact, money to the cent, percentiles within the histogram's 1%")
  void everyKpi_matchesDirectCount() {
    List<Fact> facts = new ArrayList<>();
    List<DomainEvent> log = new ArrayList<>();
    SimulationResult r = Simulator.run(SimulatorTest.small(""), 42, d -> { }, SimulationStores.inMemory(), facts::add,
        log::add);
    KpiSettings s = r.kpis().settings();
    Map<Kpi, KpiValue> engine = new EnumMap<>(Kpi.class);
    for (Kpi k : Kpi.values()) {
      engine.put(k, k.of(r.kpis().total(), s));
    }
    assertThat(facts).hasSize((int) r.kpis().factCount());

    long placed = 0, placedUnits = 0, filled = 0, backordered = 0, stockout = 0;
    long shipped = 0, shippedUnits = 0, accurate = 0, onTimeShip = 0;
    double labour = 0, packaging = 0, shipping = 0, cogs = 0;
    List<Long> shipTimes = new ArrayList<>();
    long delivered = 0, onTimeDelivered = 0, damaged = 0, perfect = 0;
    List<Long> cycleTimes = new ArrayList<>();
    long countLines = 0, countExact = 0, snapshotLines = 0, outOfStock = 0;
    double inventoryValue = 0;
    Set<Long> snapshotDays = new HashSet<>();
    long returnedUnits = 0;
    List<Long> returnResolution = new ArrayList<>();
    List<Long> firstResponse = new ArrayList<>();
    List<Long> ticketResolution = new ArrayList<>();
    long surveys = 0, satisfied = 0, pickedOrders = 0, metres = 0;
    // an order's units by line, until each line's first allocation is seen
    Map<OrderId, Map<String, Long>> waiting = new HashMap<>();
    Map<OrderId, long[]> allocation = new HashMap<>(); // units, held, backordered
    Map<String, Boolean> packChecks = new HashMap<>();
    Map<String, OrderEvent.ShipmentDispatched> onTheWay = new HashMap<>();
    Map<String, Boolean> accurateShipments = new HashMap<>();
    Map<RmaId, Instant> rmaOpened = new HashMap<>();
    for (DomainEvent e : log) {
      if (e instanceof OrderEvent.OrderPlaced p) {
        Map<String, Long> lines = new HashMap<>();
        p.order().lines().forEach(l -> lines.put(l.lineId(), l.line().quantity()));
        waiting.put(p.orderId(), lines);
        allocation.put(p.orderId(), new long[3]);
      } else if (e instanceof OrderEvent.LineStatusChanged c && c.from() == LineStatus.PLACED) {
        Long q = waiting.get(c.orderId()).remove(c.lineId());
        long[] a = allocation.get(c.orderId());
        a[0] += q;
        a[1] += Math.min(q, c.held());
        a[2] |= c.to() == LineStatus.BACKORDERED || c.to() == LineStatus.PARTLY_ALLOCATED ? 1 : 0;
        if (waiting.get(c.orderId()).isEmpty()) {
          placed++;
          placedUnits += a[0];
          filled += a[1];
          backordered += a[2];
          stockout += a[1] < a[0] ? 1 : 0;
        }
      } else if (e instanceof FulfillmentEvent.PackVerified v) {
        packChecks.put(v.orderId().value() + "|" + v.packageId(), v.passed());
      } else if (e instanceof OrderEvent.ShipmentDispatched d) {
        String key = d.orderId().value() + "|" + d.shipmentId();
        boolean ok = packChecks.remove(key);
        shipped++;
        shippedUnits += d.units();
        accurate += ok ? 1 : 0;
        onTimeShip += d.occurredAt().isAfter(d.shipBy()) ? 0 : 1;
        labour += d.costs().labour().amount().doubleValue();
        packaging += d.costs().packaging().amount().doubleValue();
        shipping += d.costs().shipping().amount().doubleValue();
        cogs += d.costs().goods().amount().doubleValue();
        shipTimes.add(seconds(d.placedAt(), d.occurredAt()));
        onTheWay.put(key, d);
        accurateShipments.put(key, ok);
      } else if (e instanceof OrderEvent.ShipmentDelivered o) {
        String key = o.orderId().value() + "|" + o.shipmentId();
        OrderEvent.ShipmentDispatched d = onTheWay.get(key);
        delivered++;
        boolean onTime = !o.occurredAt().isAfter(d.promisedBy());
        onTimeDelivered += onTime ? 1 : 0;
        damaged += o.damaged() ? 1 : 0;
        perfect += onTime && !o.damaged() && accurateShipments.get(key) ? 1 : 0;
        cycleTimes.add(seconds(d.placedAt(), o.occurredAt()));
      } else if (e instanceof InventoryEvent.StockCounted c) {
        countLines++;
        countExact += c.bookQuantity() == c.countedQuantity() ? 1 : 0;
      } else if (e instanceof ReturnEvent.ReturnReceived x) {
        returnedUnits += x.quantity();
      } else if (e instanceof ReturnEvent.RmaStatusChanged x && x.from() == null) {
        rmaOpened.put(x.rmaId(), x.occurredAt());
      } else if (e instanceof ReturnEvent.RmaStatusChanged x && x.to() == RmaStatus.RESOLVED) {
        returnResolution.add(seconds(rmaOpened.get(x.rmaId()), x.occurredAt()));
      } else if (e instanceof SupportEvent.TicketFirstResponse x) {
        firstResponse.add(seconds(x.openedAt(), x.occurredAt()));
      } else if (e instanceof SupportEvent.TicketResolved x) {
        ticketResolution.add(seconds(x.openedAt(), x.occurredAt()));
      } else if (e instanceof SupportEvent.SurveyAnswered x) {
        surveys++;
        satisfied += x.score() >= 4 ? 1 : 0;
      }
    }
    // what no event carries: the host's end-of-day snapshots and pick tours
    for (Fact f : facts) {
      if (f instanceof Fact.InventorySnapshot i) {
        snapshotLines++;
        outOfStock += i.available() == 0 ? 1 : 0;
        inventoryValue += i.unitCost().amount().doubleValue() * i.onHand();
        snapshotDays.add(i.at().getEpochSecond() / 86_400); // the engine's zone is UTC
      } else if (f instanceof Fact.BatchPicked b) {
        pickedOrders += b.orders();
        metres += b.metres();
      }
    }
    assertThat(List.of(placed, shipped, delivered, countLines, snapshotLines, surveys, pickedOrders, returnedUnits,
        (long) returnResolution.size())).as("every kind of fact was recorded").allMatch(n -> n > 0);
    assertThat(packChecks).as("every pack check was followed by its shipment").isEmpty();

    ratio(engine, Kpi.ORDER_ACCURACY, accurate, shipped);
    ratio(engine, Kpi.ON_TIME_SHIPPING, onTimeShip, shipped);
    ratio(engine, Kpi.STOCKOUT_ORDER_RATE, stockout, placed);
    ratio(engine, Kpi.BACKORDER_RATE, backordered, placed);
    ratio(engine, Kpi.FILL_RATE, filled, placedUnits);
    ratio(engine, Kpi.ON_TIME_DELIVERY, onTimeDelivered, delivered);
    ratio(engine, Kpi.DAMAGE_RATE, damaged, delivered);
    ratio(engine, Kpi.PERFECT_ORDER_RATE, perfect, delivered);
    ratio(engine, Kpi.INVENTORY_ACCURACY, countExact, countLines);
    ratio(engine, Kpi.STOCKOUT_SKU_DAY_RATE, outOfStock, snapshotLines);
    ratio(engine, Kpi.RETURN_RATE, returnedUnits, shippedUnits);
    ratio(engine, Kpi.CSAT, satisfied, surveys);
    ratio(engine, Kpi.PICK_TRAVEL_PER_ORDER, metres, pickedOrders);
    money(engine, Kpi.COST_PER_ORDER, (labour + packaging + shipping) / shipped);
    money(engine, Kpi.LABOUR_COST_PER_ORDER, labour / shipped);
    money(engine, Kpi.PACKAGING_COST_PER_ORDER, packaging / shipped);
    money(engine, Kpi.SHIPPING_COST_PER_ORDER, shipping / shipped);
    double avgInventory = inventoryValue / snapshotDays.size();
    assertThat(engine.get(Kpi.INVENTORY_TURNOVER).value()).isCloseTo(cogs / avgInventory, within(1e-9));
    assertThat(engine.get(Kpi.DAYS_OF_INVENTORY).value()).isCloseTo(avgInventory / (cogs / snapshotDays.size()),
        within(1e-9));
    assertThat(engine.get(Kpi.HOLDING_COST).value()).isCloseTo(inventoryValue * s.holdingRatePerYear() / 365,
        within(0.01));
    durations(engine, Kpi.SHIP_TIME_MEAN, Kpi.SHIP_TIME_P90, 90, shipTimes);
    durations(engine, Kpi.CYCLE_TIME_MEAN, Kpi.CYCLE_TIME_P90, 90, cycleTimes);
    percentile(engine, Kpi.CYCLE_TIME_P50, 50, cycleTimes);
    percentile(engine, Kpi.CYCLE_TIME_P99, 99, cycleTimes);
    durations(engine, Kpi.RETURN_RESOLUTION_MEAN, Kpi.RETURN_RESOLUTION_P90, 90, returnResolution);
    durations(engine, Kpi.FIRST_RESPONSE_MEAN, Kpi.FIRST_RESPONSE_P90, 90, firstResponse);
    durations(engine, Kpi.TICKET_RESOLUTION_MEAN, Kpi.TICKET_RESOLUTION_P90, 90, ticketResolution);
    // every KPI was checked above
    assertThat(checked).containsExactlyInAnyOrder(Kpi.values());
  }

  /** The KPIs checked so far (the three ratios of inventory value are checked inline). */
  private final Set<Kpi> checked = new HashSet<>(List.of(Kpi.INVENTORY_TURNOVER, Kpi.DAYS_OF_INVENTORY,
      Kpi.HOLDING_COST));

  private void ratio(Map<Kpi, KpiValue> engine, Kpi k, long numerator, long denominator) {
    checked.add(k);
    assertThat(engine.get(k).numerator()).as(k.id()).isEqualTo((double) numerator);
    assertThat(engine.get(k).denominator()).as(k.id()).isEqualTo((double) denominator);
  }

  private void money(Map<Kpi, KpiValue> engine, Kpi k, double perOrder) {
    checked.add(k);
    assertThat(engine.get(k).value()).as(k.id()).isCloseTo(perOrder, within(1e-6));
  }

  private void durations(Map<Kpi, KpiValue> engine, Kpi mean, Kpi pct, int p, List<Long> seconds) {
    checked.add(mean);
    double exact = seconds.stream().mapToLong(Long::longValue).sum() / 3600.0 / seconds.size();
    assertThat(engine.get(mean).value()).as(mean.id()).isCloseTo(exact, within(1e-9));
    assertThat(engine.get(mean).denominator()).as(mean.id()).isEqualTo((double) seconds.size());
    percentile(engine, pct, p, seconds);
  }

  /** Nearest-rank percentile in hours; the engine's histogram keeps two significant digits. */
  private void percentile(Map<Kpi, KpiValue> engine, Kpi k, int p, List<Long> seconds) {
    checked.add(k);
    long[] sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
    double exact = sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 3600.0;
    assertThat(engine.get(k).value()).as(k.id()).isCloseTo(exact, within(Math.max(0.011 * exact, 1 / 3600.0)));
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).getSeconds();
  }
}
