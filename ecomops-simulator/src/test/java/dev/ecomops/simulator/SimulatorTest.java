package dev.ecomops.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.Dimension;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiRow;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.Tally;
import dev.ecomops.kpi.Window;
import dev.ecomops.kpi.ab.AbResult;
import dev.ecomops.kpi.ab.AbComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Operations simulator")
class SimulatorTest {
  /** A small store: 120 SKUs, 3 warehouses, about 150 orders a day, over the Black Friday weeks. */
  static SimulationConfig small(String json) {
    String base = "{\"name\":\"small\",\"start\":\"2026-10-20\",\"days\":56,\"skus\":120,\"ordersPerDay\":150,"
        + "\"capacityPerDay\":120" + (json.isEmpty() ? "" : "," + json) + "}";
    return SimulationConfig.parse(JsonParser.parseString(base).getAsJsonObject());
  }

  static double v(SimulationResult r, Kpi k) {
    return k.of(r.kpis().total(), r.kpis().settings()).value();
  }

  @Test
  @DisplayName("same seed and configuration: the same facts, KPI for KPI, window for window")
  void deterministic() {
    SimulationResult a = Simulator.run(small(""), 7, d -> { });
    SimulationResult b = Simulator.run(small(""), 7, d -> { });
    assertThat(a.kpis().factCount()).isEqualTo(b.kpis().factCount()).isPositive();
    for (Dimension d : Dimension.values()) {
      assertThat(a.kpis().rows(Window.DAY, d)).isEqualTo(b.kpis().rows(Window.DAY, d));
    }
    SimulationResult c = Simulator.run(small(""), 8, d -> { });
    assertThat(c.orders()).isNotEqualTo(a.orders());
  }

  @Test
  @DisplayName("a plausible store: demand as configured, peaks at Black Friday, every KPI measured, stock never oversold")
  void plausible() {
    List<Integer> days = new ArrayList<>();
    SimulationResult r = Simulator.run(small(""), 42, days::add);
    assertThat(days).hasSize(56).startsWith(0).endsWith(55);
    // 56 days at about 150 a day, lifted by the peak
    assertThat(r.orders()).isBetween(56L * 150, 56L * 150 * 2);
    for (Kpi k : Kpi.values()) {
      assertThat(v(r, k)).as(k.id()).isNotNaN();
    }
    assertThat(v(r, Kpi.ORDER_ACCURACY)).isBetween(0.97, 1.0);
    assertThat(v(r, Kpi.FILL_RATE)).isBetween(0.8, 1.0);
    assertThat(v(r, Kpi.RETURN_RATE)).isBetween(0.03, 0.3);
    // Black Friday (27 November) takes the most orders of any day
    var daily = r.kpis().rollup(Window.DAY, Dimension.ALL);
    LocalDate busiest = daily.entrySet().stream().max(java.util.Comparator.comparingLong(e -> e.getValue().get("all")
        .ordersPlaced())).orElseThrow().getKey();
    assertThat(busiest).isEqualTo(LocalDate.parse("2026-11-27"));
    // the peak outruns capacity: shipping is slower after it than before
    Tally before = r.kpis().tally(Dimension.ALL, "all", LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-20"));
    Tally peak = r.kpis().tally(Dimension.ALL, "all", LocalDate.parse("2026-11-27"), LocalDate.parse("2026-12-05"));
    KpiSettings s = r.kpis().settings();
    assertThat(Kpi.CYCLE_TIME_MEAN.of(peak, s).value()).isGreaterThan(Kpi.CYCLE_TIME_MEAN.of(before, s).value());
    // returns: every unit has a reason; units back equal what the KPI counts; nothing broken goes back on sale
    long byReason = r.returnsByReason().values().stream().mapToLong(x -> x[0]).sum();
    assertThat((double) byReason).isEqualTo(Kpi.RETURN_RATE.of(r.kpis().total(), s).numerator()).isPositive();
    assertThat(r.returnsByReason()).containsKeys("does_not_fit", "changed_mind", "damaged_in_transit");
    assertThat(r.returnsByReason().get("damaged_in_transit")[1]).isZero();
    assertThat(r.returnsByReason().get("defective")[1]).isZero();
    assertThat(r.returnsByReason().get("does_not_fit")[1]).isPositive();
  }

  @Test
  @DisplayName("policies move the KPIs they should, on the same customers: batching cuts labour and picker travel; a 3PL costs more but has capacity")
  void policies() {
    SimulationResult single = Simulator.run(small("\"batching\":false"), 42, d -> { });
    SimulationResult batched = Simulator.run(small("\"batching\":true"), 42, d -> { });
    assertThat(batched.orders()).isEqualTo(single.orders()); // common random numbers: the same demand
    List<AbResult> ab = AbComparison.compare(single.kpis().total(), batched.kpis().total(), single.kpis().settings(), 0.95);
    assertThat(v(batched, Kpi.LABOUR_COST_PER_ORDER)).isLessThan(v(single, Kpi.LABOUR_COST_PER_ORDER));
    // picker travel is its own KPI: a cart of several orders walks much less per order than one order a cart
    assertThat(v(batched, Kpi.PICK_TRAVEL_PER_ORDER)).isPositive().isLessThan(0.8 * v(single, Kpi.PICK_TRAVEL_PER_ORDER));
    assertThat(ab).filteredOn(x -> x.kpi() == Kpi.ORDER_ACCURACY).singleElement()
        .satisfies(x -> assertThat(x.difference()).isLessThanOrEqualTo(0.0));
    SimulationResult tpl = Simulator.run(small("\"fulfilment\":\"3pl\""), 42, d -> { });
    assertThat(v(tpl, Kpi.LABOUR_COST_PER_ORDER)).isGreaterThan(v(batched, Kpi.LABOUR_COST_PER_ORDER));
    assertThat(v(tpl, Kpi.PICK_TRAVEL_PER_ORDER)).as("a 3PL's pickers are not ours to measure").isNaN();
    assertThat(v(tpl, Kpi.CYCLE_TIME_P99)).isLessThan(v(batched, Kpi.CYCLE_TIME_P99));
    SimulationResult usps = Simulator.run(small("\"carrier\":\"USPS\""), 42, d -> { });
    assertThat(v(usps, Kpi.ON_TIME_DELIVERY)).isLessThan(v(batched, Kpi.ON_TIME_DELIVERY));
  }

  @Test
  @DisplayName("a stockout is a line short where the strategy wanted it: under priority allocation, shipping from the priority warehouse is not one")
  void stockout_measuredWhereTheStrategyWantsIt() {
    for (String allocation : List.of("priority", "nearest", "min-split")) {
      SimulationResult r = Simulator.run(small("\"allocation\":\"" + allocation + "\""), 42, d -> { });
      double stockout = v(r, Kpi.STOCKOUT_ORDER_RATE);
      double unfilled = 1 - v(r, Kpi.FILL_RATE);
      // every backordered order is a stockout; beyond those, only orders split or sent away from the wanted site
      assertThat(stockout).as(allocation).isGreaterThanOrEqualTo(v(r, Kpi.BACKORDER_RATE));
      // under priority two orders in three ship from a site other than their nearest; counting those
      // as stockouts (the defect) gave 0.59 here. What is left is the priority site running short
      // while its stock, placed for its own region at the start, catches up with the whole network
      assertThat(stockout).as("%s: stockouts %s against %s of units unfilled", allocation, stockout, unfilled)
          .isLessThan(0.4);
    }
  }

  @Test
  @DisplayName("nothing happens after the run's last day; the windows it cuts (a Tuesday start, a mid-week end) are partial and never breach")
  void afterTheRun_partial() {
    SimulationResult r = Simulator.run(small(""), 42, d -> { });
    LocalDate end = LocalDate.parse("2026-10-20").plusDays(56);
    List<KpiRow> weeks = r.kpis().rows(Window.WEEK, Dimension.ALL);
    assertThat(weeks).as("deliveries and returns due after the run do not happen").noneMatch(w -> !w.start()
        .isBefore(end));
    assertThat(weeks).anyMatch(w -> w.start().equals(Window.WEEK.start(end.minusDays(1))) && w.partial());
    assertThat(weeks).allMatch(w -> w.partial() == (w.start().isBefore(LocalDate.parse("2026-10-20"))
        || Window.WEEK.end(w.start()).isAfter(end)));
    var breaches = dev.ecomops.kpi.targets.Targets.check(weeks,
        List.of(dev.ecomops.kpi.targets.Target.atLeast(Kpi.ON_TIME_DELIVERY, 0.999)));
    assertThat(breaches).isNotEmpty().noneMatch(b -> b.row().partial());
  }

  @Test
  @DisplayName("configuration: defaults, overrides by name, and every bad setting named")
  void configuration() {
    assertThat(SimulationConfig.defaults().days()).isEqualTo(365);
    assertThat(small("\"serviceLevel\":0.99").serviceLevel()).isEqualTo(0.99);
    assertThatThrownBy(() -> small("\"carier\":\"UPS\"")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("carier");
    assertThatThrownBy(() -> small("\"carrier\":\"DHL\"")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("carrier");
    assertThatThrownBy(() -> small("\"serviceLevel\":1.2")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("serviceLevel");
    assertThatThrownBy(() -> small("\"days\":2.5")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("days");
    assertThatThrownBy(() -> small("\"batching\":\"yes\"")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("batching");
    assertThatThrownBy(() -> small("\"start\":\"soon\"")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("start");
    assertThat(small("\"routing\":\"optimal\",\"replenishment\":\"min-max\"").routing()).isEqualTo("optimal");
    assertThatThrownBy(() -> small("\"routing\":\"zigzag\"")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("routing");
    assertThatThrownBy(() -> small("\"replenishment\":\"gut\"")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("replenishment");
  }

  @Test
  @DisplayName("routing, allocation and replenishment policies move their KPIs on the same customers: optimal routes walk least; min-cost ships cheaper than a priority list; a fixed min-max ignores the peak and runs out in it")
  void routingAndReplenishment() {
    SimulationResult sshape = Simulator.run(small(""), 42, d -> { });
    SimulationResult optimal = Simulator.run(small("\"routing\":\"optimal\""), 42, d -> { });
    SimulationResult largestGap = Simulator.run(small("\"routing\":\"largest-gap\""), 42, d -> { });
    assertThat(optimal.orders()).isEqualTo(sshape.orders());
    // the optimum (Ratliff and Rosenthal) is never longer than a heuristic's route over the same batches
    assertThat(v(optimal, Kpi.PICK_TRAVEL_PER_ORDER)).isLessThanOrEqualTo(v(sshape, Kpi.PICK_TRAVEL_PER_ORDER))
        .isLessThanOrEqualTo(v(largestGap, Kpi.PICK_TRAVEL_PER_ORDER));
    // min-cost allocation ships for less than a fixed priority list that ignores where the customer is
    SimulationResult minCost = Simulator.run(small("\"allocation\":\"min-cost\""), 42, d -> { });
    SimulationResult priority = Simulator.run(small("\"allocation\":\"priority\""), 42, d -> { });
    assertThat(v(minCost, Kpi.SHIPPING_COST_PER_ORDER)).isLessThan(v(priority, Kpi.SHIPPING_COST_PER_ORDER));
    SimulationResult minMax = Simulator.run(small("\"replenishment\":\"min-max\""), 42, d -> { });
    // the run spans Black Friday: a policy set from average demand runs out more than one that forecasts
    assertThat(v(minMax, Kpi.STOCKOUT_SKU_DAY_RATE)).isGreaterThan(v(sshape, Kpi.STOCKOUT_SKU_DAY_RATE));
  }

  @Test
  @DisplayName("risk holds: the ring's card is held once three other customers used it within a day; the morning review cancels those orders, which never ship, and nothing else stays held")
  void riskReview() {
    List<dev.ecomops.core.event.DomainEvent> log = new ArrayList<>();
    SimulationResult r = Simulator.run(small("\"days\":10,\"ordersPerDay\":1500"), 42, d -> { },
        SimulationStores.inMemory(), f -> { }, log::add);
    java.util.Set<String> held = new java.util.HashSet<>();
    // the last morning review: 09:00 on the run's tenth day
    java.time.Instant lastReview = java.time.Instant.parse("2026-10-29T09:00:00Z");
    java.util.Set<String> heldBeforeLastReview = new java.util.HashSet<>();
    java.util.Set<String> lifted = new java.util.HashSet<>();
    java.util.Set<String> cancelled = new java.util.HashSet<>();
    java.util.Set<String> shipped = new java.util.HashSet<>();
    java.util.Map<String, String> cards = new java.util.HashMap<>();
    for (var e : log) {
      if (e instanceof dev.ecomops.core.event.OrderEvent.OrderPlaced p) {
        cards.put(p.orderId().value(), p.order().paymentFingerprint().orElseThrow());
      } else if (e instanceof dev.ecomops.core.event.OrderEvent.OrderHeld h) {
        assertThat(h.hold().reason()).isEqualTo(dev.ecomops.core.order.Hold.Reason.RISK_REVIEW);
        held.add(h.orderId().value());
        if (h.hold().since().isBefore(lastReview)) {
          heldBeforeLastReview.add(h.orderId().value());
        }
      } else if (e instanceof dev.ecomops.core.event.OrderEvent.OrderHoldReleased h) {
        lifted.add(h.orderId().value());
      } else if (e instanceof dev.ecomops.core.event.OrderEvent.OrderStatusChanged c
          && c.to() == dev.ecomops.core.order.OrderStatus.CANCELLED) {
        cancelled.add(c.orderId().value());
      } else if (e instanceof dev.ecomops.core.event.OrderEvent.ShipmentDispatched d) {
        shipped.add(d.orderId().value());
      }
    }
    assertThat(held).as("the ring was caught").isNotEmpty();
    assertThat(held).allMatch(id -> cards.get(id).startsWith("stolen-"), "only the ring's orders are held");
    // every hold placed before the last morning review was decided in a review
    assertThat(heldBeforeLastReview).isNotEmpty().allMatch(id -> cancelled.contains(id) || lifted.contains(id));
    assertThat(cancelled).isSubsetOf(held).noneMatch(shipped::contains);
    // the first orders on each day's card slipped through before it was flagged
    assertThat(cards.entrySet()).anyMatch(e -> e.getValue().startsWith("stolen-") && !held.contains(e.getKey())
        && shipped.contains(e.getKey()));
    assertThat(r.orders()).isEqualTo(cards.size());
  }
}
