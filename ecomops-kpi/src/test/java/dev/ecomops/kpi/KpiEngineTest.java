package dev.ecomops.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.fact.Fact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KPI engine on a hand-computed log")
class KpiEngineTest {
  static final LocalDate WEEK = LocalDate.parse("2026-11-02");

  static KpiEngine engine() {
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    e.acceptAll(HandLog.facts());
    return e;
  }

  static Map<Kpi, KpiValue> week(KpiEngine e, Dimension d, String segment) {
    Map<Kpi, KpiValue> out = new EnumMap<>(Kpi.class);
    e.rows(Window.WEEK, d).stream().filter(r -> r.start().equals(WEEK) && r.segment().equals(segment))
        .forEach(r -> out.put(r.kpi(), r.value()));
    return out;
  }

  static double v(Map<Kpi, KpiValue> m, Kpi k) {
    return m.get(k).value();
  }

  @Test
  @DisplayName("every KPI over the week equals its hand computation")
  void everyKpi() {
    Map<Kpi, KpiValue> w = week(engine(), Dimension.ALL, "all");
    assertThat(w).hasSize(Kpi.values().length);
    assertThat(v(w, Kpi.ORDER_ACCURACY)).isEqualTo(3 / 4.0);
    assertThat(v(w, Kpi.ON_TIME_SHIPPING)).isEqualTo(2 / 4.0);
    assertThat(v(w, Kpi.SHIP_TIME_MEAN)).isEqualTo((2 + 24 + 4 + 48) / 4.0);
    // percentiles are exact to two significant digits: within 1%
    assertThat(v(w, Kpi.SHIP_TIME_P90)).isCloseTo(48, within(0.48));
    // order cycle time runs to delivery: 24, 72 and 48 hours; D4 does not say when it was placed
    assertThat(v(w, Kpi.CYCLE_TIME_MEAN)).isEqualTo((24 + 72 + 48) / 3.0);
    assertThat(w.get(Kpi.CYCLE_TIME_MEAN).denominator()).isEqualTo(3);
    assertThat(v(w, Kpi.CYCLE_TIME_P50)).isCloseTo(48, within(0.48));
    assertThat(v(w, Kpi.CYCLE_TIME_P90)).isCloseTo(72, within(0.72));
    assertThat(v(w, Kpi.CYCLE_TIME_P99)).isCloseTo(72, within(0.72));
    assertThat(v(w, Kpi.COST_PER_ORDER)).isCloseTo(31.00 / 4, within(1e-12));
    assertThat(v(w, Kpi.LABOUR_COST_PER_ORDER)).isCloseTo(6.00 / 4, within(1e-12));
    assertThat(v(w, Kpi.PACKAGING_COST_PER_ORDER)).isCloseTo(2.00 / 4, within(1e-12));
    assertThat(v(w, Kpi.SHIPPING_COST_PER_ORDER)).isCloseTo(23.00 / 4, within(1e-12));
    assertThat(v(w, Kpi.INVENTORY_ACCURACY)).isEqualTo(2 / 3.0);
    // average inventory 420 / 2 days = 210; cost of goods 32
    assertThat(v(w, Kpi.INVENTORY_TURNOVER)).isCloseTo(32 / 210.0, within(1e-12));
    assertThat(v(w, Kpi.DAYS_OF_INVENTORY)).isCloseTo(210 / (32 / 2.0), within(1e-12));
    assertThat(v(w, Kpi.STOCKOUT_ORDER_RATE)).isEqualTo(3 / 4.0);
    assertThat(v(w, Kpi.STOCKOUT_SKU_DAY_RATE)).isEqualTo(2 / 4.0);
    assertThat(v(w, Kpi.HOLDING_COST)).isCloseTo(420 * 0.25 / 365, within(1e-12));
    assertThat(v(w, Kpi.ON_TIME_DELIVERY)).isEqualTo(3 / 4.0);
    assertThat(v(w, Kpi.DAMAGE_RATE)).isEqualTo(1 / 4.0);
    assertThat(v(w, Kpi.RETURN_RATE)).isEqualTo(2 / 10.0);
    assertThat(v(w, Kpi.RETURN_RESOLUTION_MEAN)).isEqualTo(36);
    assertThat(v(w, Kpi.RETURN_RESOLUTION_P90)).isCloseTo(48, within(0.48));
    assertThat(v(w, Kpi.FIRST_RESPONSE_MEAN)).isEqualTo(1);
    assertThat(v(w, Kpi.FIRST_RESPONSE_P90)).isCloseTo(1.5, within(0.015));
    assertThat(v(w, Kpi.TICKET_RESOLUTION_MEAN)).isEqualTo(8);
    assertThat(v(w, Kpi.TICKET_RESOLUTION_P90)).isCloseTo(12, within(0.12));
    assertThat(v(w, Kpi.CSAT)).isEqualTo(2 / 4.0);
    assertThat(v(w, Kpi.FILL_RATE)).isEqualTo(9 / 11.0);
    assertThat(v(w, Kpi.BACKORDER_RATE)).isEqualTo(2 / 4.0);
    assertThat(v(w, Kpi.PERFECT_ORDER_RATE)).isEqualTo(1 / 4.0);
    assertThat(v(w, Kpi.PICK_TRAVEL_PER_ORDER)).isEqualTo(180 / 4.0);
    // numerators and denominators are reported too
    assertThat(w.get(Kpi.ORDER_ACCURACY)).isEqualTo(new KpiValue(0.75, 3, 4));
  }

  @Test
  @DisplayName("segments split the same facts: web and market by channel; a KPI with nothing to measure is NaN, not 0")
  void segments() {
    KpiEngine e = engine();
    Map<Kpi, KpiValue> web = week(e, Dimension.CHANNEL, "web");
    Map<Kpi, KpiValue> market = week(e, Dimension.CHANNEL, "market");
    assertThat(v(web, Kpi.ORDER_ACCURACY)).isEqualTo(1 / 2.0);
    assertThat(v(market, Kpi.ORDER_ACCURACY)).isEqualTo(1.0);
    assertThat(v(web, Kpi.SHIP_TIME_MEAN)).isEqualTo(13);
    assertThat(v(web, Kpi.CYCLE_TIME_MEAN)).isEqualTo(48);
    assertThat(v(market, Kpi.FILL_RATE)).isEqualTo(5 / 6.0);
    assertThat(v(web, Kpi.RETURN_RATE)).isEqualTo(2 / 4.0);
    assertThat(web.get(Kpi.INVENTORY_TURNOVER).defined()).isFalse();
    // carriers: UPS shipped S1, S3, S4
    Map<Kpi, KpiValue> ups = week(e, Dimension.CARRIER, "UPS");
    assertThat(v(ups, Kpi.SHIPPING_COST_PER_ORDER)).isCloseTo(15.00 / 3, within(1e-12));
    assertThat(v(ups, Kpi.ON_TIME_DELIVERY)).isEqualTo(1.0);
    // categories: only counts, snapshots and returns carry one
    assertThat(v(week(e, Dimension.CATEGORY, "apparel"), Kpi.INVENTORY_ACCURACY)).isEqualTo(1 / 2.0);
    assertThat(e.rollup(Window.WEEK, Dimension.CHANNEL).get(WEEK).keySet())
        .containsExactly("chat", "email", "market", "web");
  }

  @Test
  @DisplayName("day windows hold only their day's facts; months hold the weeks'")
  void windows() {
    KpiEngine e = engine();
    var days = e.rollup(Window.DAY, Dimension.ALL);
    assertThat(days.keySet()).containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-03"),
        LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-05"), LocalDate.parse("2026-11-06"));
    assertThat(Kpi.ON_TIME_DELIVERY.of(days.get(LocalDate.parse("2026-11-03")).get("all"), e.settings()).value())
        .isEqualTo(1.0);
    assertThat(Kpi.ON_TIME_DELIVERY.of(days.get(LocalDate.parse("2026-11-05")).get("all"), e.settings()).value())
        .isEqualTo(0.0);
    assertThat(e.rollup(Window.MONTH, Dimension.ALL).keySet()).containsExactly(LocalDate.parse("2026-11-01"));
    assertThat(Window.WEEK.start(LocalDate.parse("2026-11-08"))).isEqualTo(WEEK);
    assertThat(e.factCount()).isEqualTo(HandLog.facts().size());
  }

  @Test
  @DisplayName("a day is the engine zone's: 23:30 UTC on the 2nd is the 3rd in Berlin")
  void zones() {
    KpiEngine berlin = KpiEngine.create(new KpiSettings(ZoneId.of("Europe/Berlin"), Currency.getInstance("USD"), 0.25));
    berlin.accept(new Fact.SurveyAnswered("T", Instant.parse("2026-11-02T23:30:00Z"), "chat", 5));
    assertThat(berlin.rollup(Window.DAY, Dimension.ALL).firstKey()).isEqualTo(LocalDate.parse("2026-11-03"));
  }

  @Test
  @DisplayName("costs whose sums would overflow are refused naming the field, changing nothing, instead of a negative cost per order")
  void hugeCosts_refused() {
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    Instant now = Instant.parse("2026-11-02T10:00:00Z");
    Money big = HandLog.usd("999999999999999");
    e.accept(new Fact.OrderShipped("S0", now, now, now, "web", "DC1", "UPS", "", 1, true, HandLog.usd("1"),
        HandLog.usd("1"), HandLog.usd("8"), HandLog.usd("0")));
    long costBefore = e.total().costMinor();
    for (int i = 1; i <= 3; i++) {
      String id = "S" + i;
      assertThatThrownBy(() -> e.accept(new Fact.OrderShipped(id, now, now, now, "web", "DC1", "UPS", "", 1, true, big,
          big, big, HandLog.usd("0")))).isInstanceOf(ValidationException.class).hasMessageContaining("shippingCost");
    }
    assertThat(e.factCount()).isEqualTo(1);
    assertThat(e.total().costMinor()).isEqualTo(costBefore).isEqualTo(1_000);
    assertThat(Kpi.COST_PER_ORDER.of(e.total(), e.settings()).value()).isEqualTo(10.0);
  }

  @Test
  @DisplayName("bad facts are refused naming the field, and a fact in another currency changes nothing")
  void refusals() {
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    Instant now = Instant.parse("2026-11-02T10:00:00Z");
    assertThatThrownBy(() -> e.accept(new Fact.OrderShipped("S", now, now, now, "web", "DC1", "UPS", "", 1, true,
        Money.of("1.00", "EUR"), HandLog.usd("0"), HandLog.usd("0"), HandLog.usd("0"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("currency");
    assertThat(e.factCount()).isZero();
    assertThat(e.total().isEmpty()).isTrue();
    assertThatThrownBy(() -> new Fact.OrderPlaced("P", now, "web", "DC1", "", 2, 3, false, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unitsFilled");
    assertThatThrownBy(() -> new Fact.SurveyAnswered("T", now, "chat", 6)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("score");
    assertThatThrownBy(() -> new Fact.TicketResolved("T", now, now.plusSeconds(1), "chat"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("openedAt");
    assertThatThrownBy(() -> new Fact.InventoryCounted(now, "DC1", "x", " ", 1, 1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("sku");
    assertThat(List.of(Kpi.values())).extracting(Kpi::id).contains("order_accuracy", "perfect_order_rate");
    assertThat(Kpi.byId("csat")).isEqualTo(Kpi.CSAT);
    assertThatThrownBy(() -> Kpi.byId("nps")).hasMessageContaining("order_accuracy");
  }

  @Test
  @DisplayName("a window reaching outside the period observed is partial: marked in the rows, never a breach; declared or from the fact days")
  void partialWindows() {
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    // surveys every day from Monday 2 to Sunday 15 November, all unhappy: CSAT 0 in both weeks
    for (int d = 2; d <= 15; d++) {
      e.accept(new Fact.SurveyAnswered("T" + d, Instant.parse(String.format("2026-11-%02dT12:00:00Z", d)), "chat", 1));
    }
    List<dev.ecomops.kpi.targets.Target> csat = List.of(dev.ecomops.kpi.targets.Target.atLeast(Kpi.CSAT, 0.6));
    assertThat(e.rows(Window.WEEK, Dimension.ALL)).noneMatch(KpiRow::partial);
    assertThat(dev.ecomops.kpi.targets.Targets.check(e.rows(Window.WEEK, Dimension.ALL), csat)).hasSize(2);
    // one more on Tuesday 17: the week of the 16th has two days of facts, not seven
    e.accept(new Fact.SurveyAnswered("T17", Instant.parse("2026-11-17T12:00:00Z"), "chat", 1));
    List<KpiRow> weeks = e.rows(Window.WEEK, Dimension.ALL);
    assertThat(weeks.stream().filter(KpiRow::partial).map(KpiRow::start).distinct())
        .containsExactly(LocalDate.parse("2026-11-16"));
    assertThat(dev.ecomops.kpi.targets.Targets.check(weeks, csat)).hasSize(2)
        .noneMatch(b -> b.row().start().equals(LocalDate.parse("2026-11-16")));
    // a declared period: the run covered 4 to 15 November; the first week and the stray Tuesday are partial
    e.observing(LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-16"));
    assertThat(e.rows(Window.WEEK, Dimension.ALL).stream().filter(r -> !r.partial()).map(KpiRow::start).distinct())
        .containsExactly(LocalDate.parse("2026-11-09"));
    assertThat(e.rows(Window.DAY, Dimension.ALL).stream().filter(KpiRow::partial).map(KpiRow::start).distinct())
        .containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-03"), LocalDate.parse("2026-11-17"));
    assertThatThrownBy(() -> e.observing(LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-04")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("to");
  }
}
