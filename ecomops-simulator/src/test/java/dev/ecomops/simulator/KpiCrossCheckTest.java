package dev.ecomops.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.KpiValue;
import dev.ecomops.kpi.fact.Fact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every KPI of a short simulation against a count made directly from the facts the run recorded,
 * without the engine's tallies: a check of the engine on realistic data, and of the simulator's
 * facts against the KPI definitions in the README.
 */
@DisplayName("every KPI of a simulation equals a direct count over the facts it recorded")
class KpiCrossCheckTest {

  @Test
  @DisplayName("56 days over Black Friday: ratios exact, money to the cent, percentiles within the histogram's 1%")
  void everyKpi_matchesDirectCount() {
    List<Fact> facts = new ArrayList<>();
    SimulationResult r = Simulator.run(SimulatorTest.small(""), 42, d -> { }, SimulationStores.inMemory(), facts::add, e -> { });
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
    for (Fact f : facts) {
      if (f instanceof Fact.OrderPlaced o) {
        placed++;
        placedUnits += o.units();
        filled += o.unitsFilled();
        backordered += o.backordered() ? 1 : 0;
        stockout += o.stockout() ? 1 : 0;
      } else if (f instanceof Fact.OrderShipped o) {
        shipped++;
        shippedUnits += o.units();
        accurate += o.accurate() ? 1 : 0;
        onTimeShip += o.at().isAfter(o.shipBy()) ? 0 : 1;
        labour += o.labourCost().amount().doubleValue();
        packaging += o.packagingCost().amount().doubleValue();
        shipping += o.shippingCost().amount().doubleValue();
        cogs += o.costOfGoods().amount().doubleValue();
        shipTimes.add(seconds(o.placedAt(), o.at()));
      } else if (f instanceof Fact.OrderDelivered o) {
        delivered++;
        boolean onTime = !o.at().isAfter(o.promisedBy());
        onTimeDelivered += onTime ? 1 : 0;
        damaged += o.damaged() ? 1 : 0;
        perfect += onTime && o.complete() && !o.damaged() && o.accurate() ? 1 : 0;
        if (o.placedAt() != null) {
          cycleTimes.add(seconds(o.placedAt(), o.at()));
        }
      } else if (f instanceof Fact.InventoryCounted c) {
        countLines++;
        countExact += c.bookQuantity() == c.countedQuantity() ? 1 : 0;
      } else if (f instanceof Fact.InventorySnapshot i) {
        snapshotLines++;
        outOfStock += i.available() == 0 ? 1 : 0;
        inventoryValue += i.unitCost().amount().doubleValue() * i.onHand();
        snapshotDays.add(i.at().getEpochSecond() / 86_400); // the engine's zone is UTC
      } else if (f instanceof Fact.ReturnReceived x) {
        returnedUnits += x.units();
      } else if (f instanceof Fact.ReturnResolved x) {
        returnResolution.add(seconds(x.openedAt(), x.at()));
      } else if (f instanceof Fact.TicketFirstResponse x) {
        firstResponse.add(seconds(x.openedAt(), x.at()));
      } else if (f instanceof Fact.TicketResolved x) {
        ticketResolution.add(seconds(x.openedAt(), x.at()));
      } else if (f instanceof Fact.SurveyAnswered x) {
        surveys++;
        satisfied += x.score() >= 4 ? 1 : 0;
      } else if (f instanceof Fact.BatchPicked b) {
        pickedOrders += b.orders();
        metres += b.metres();
      }
    }
    assertThat(placed * shipped * delivered * countLines * snapshotLines * surveys * pickedOrders)
        .as("every kind of fact was recorded").isPositive();

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
