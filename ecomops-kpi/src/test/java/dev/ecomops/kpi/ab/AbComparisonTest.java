package dev.ecomops.kpi.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.Dimension;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.KpiValue;
import dev.ecomops.kpi.fact.Fact;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A/B comparison")
class AbComparisonTest {
  static final Instant T = Instant.parse("2026-11-02T12:00:00Z");

  static AbResult find(List<AbResult> rs, Kpi k) {
    return rs.stream().filter(r -> r.kpi() == k).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("two proportions: p-value equals R's prop.test without continuity correction; interval by Agresti-Caffo")
  void proportions() {
    // prop.test(c(90, 80), c(100, 100), correct = FALSE)$p.value = 0.04767038066
    double[] r = AbComparison.proportions(new KpiValue(0.9, 90, 100), new KpiValue(0.8, 80, 100), 1.959963984540054);
    assertThat(r[2]).isCloseTo(0.04767038066, within(1e-6));
    // (81/102 − 91/102) ± 1.96 √(91·11/102³ + 81·21/102³)
    double half = 1.959963984540054 * Math.sqrt(91.0 / 102 * 11 / 102 / 102 + 81.0 / 102 * 21 / 102 / 102);
    assertThat(r[0]).isCloseTo(-10.0 / 102 - half, within(1e-12));
    assertThat(r[1]).isCloseTo(-10.0 / 102 + half, within(1e-12));
  }

  @Test
  @DisplayName("Mann-Whitney with ties equals R's wilcox.test (normal approximation, no continuity correction)")
  void mannWhitney() {
    // wilcox.test(c(1,2,3,4,5), c(3,4,5,6,7,8), exact = FALSE, correct = FALSE)$p.value = 0.05357774929
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    for (int h : new int[] {1, 2, 3, 4, 5}) {
      e.accept(shipped("A", h, "5.00"));
    }
    for (int h : new int[] {3, 4, 5, 6, 7, 8}) {
      e.accept(shipped("B", h, "5.00"));
    }
    List<AbResult> rs = AbComparison.compare(e.tally(Dimension.VARIANT, "A"), e.tally(Dimension.VARIANT, "B"),
        e.settings(), 0.95);
    AbResult p50 = find(rs, Kpi.SHIP_TIME_P90);
    assertThat(p50.pValue()).isCloseTo(0.05357774929, within(1e-7)); // our normal CDF is good to 1.2e-7
    assertThat(p50.significant()).isFalse();
    assertThat(p50.test()).isEqualTo("Mann-Whitney");
    assertThat(find(rs, Kpi.SHIP_TIME_MEAN).difference()).isCloseTo(5.5 - 3, within(1e-12));
  }

  @Test
  @DisplayName("mean shipping cost per order: Welch's interval and z p-value equal R's on the same numbers")
  void welchOnCosts() {
    // x <- c(5,7,9,6); y <- c(8,10,12,9,11): difference 3.25, interval [1.077031, 5.422969], p 0.003374168
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    for (String c : new String[] {"5", "7", "9", "6"}) {
      e.accept(shipped("A", 2, c));
    }
    for (String c : new String[] {"8", "10", "12", "9", "11"}) {
      e.accept(shipped("B", 2, c));
    }
    AbResult r = find(AbComparison.compare(e.tally(Dimension.VARIANT, "A"), e.tally(Dimension.VARIANT, "B"), e.settings(),
        0.95), Kpi.SHIPPING_COST_PER_ORDER);
    assertThat(r.difference()).isCloseTo(3.25, within(1e-12));
    assertThat(r.low()).isCloseTo(1.077031262588, within(1e-6));
    assertThat(r.high()).isCloseTo(5.422968737412, within(1e-6));
    assertThat(r.pValue()).isCloseTo(0.003374167923, within(1e-6));
    assertThat(r.significant()).isTrue();
  }

  @Test
  @DisplayName("a real difference in accuracy is found significant; two draws of one process mostly are not")
  void power() {
    SplittableRandom rnd = new SplittableRandom(7);
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    for (int i = 0; i < 2000; i++) {
      e.accept(accuracy("A", rnd.nextDouble() < 0.95));
      e.accept(accuracy("B", rnd.nextDouble() < 0.90));
      e.accept(accuracy("C", rnd.nextDouble() < 0.95));
    }
    KpiSettings s = e.settings();
    AbResult ab = find(AbComparison.compare(e.tally(Dimension.VARIANT, "A"), e.tally(Dimension.VARIANT, "B"), s, 0.95),
        Kpi.ORDER_ACCURACY);
    assertThat(ab.significant()).isTrue();
    assertThat(ab.high()).isNegative();
    assertThat(ab.low()).isLessThan(-0.05).isGreaterThan(-0.1);
    AbResult ac = find(AbComparison.compare(e.tally(Dimension.VARIANT, "A"), e.tally(Dimension.VARIANT, "C"), s, 0.95),
        Kpi.ORDER_ACCURACY);
    assertThat(ac.low()).isNegative();
    assertThat(ac.high()).isPositive();
    assertThat(find(AbComparison.compare(e.total(), e.total(), s, 0.95), Kpi.FILL_RATE).test()).isEqualTo("none");
    assertThatThrownBy(() -> AbComparison.compare(e.total(), e.total(), s, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("confidence");
  }

  static Fact shipped(String variant, int hours, String shipping) {
    return new Fact.OrderShipped(variant + hours + shipping, T, T.minusSeconds(hours * 3600L), T, "web",
        "DC1", "UPS", variant, 1, true, Money.of("0", "USD"), Money.of("0", "USD"), Money.of(shipping, "USD"),
        Money.of("0", "USD"));
  }

  static Fact accuracy(String variant, boolean accurate) {
    return new Fact.OrderShipped("O", T, T, T, "web", "DC1", "UPS", variant, 1, accurate, Money.of("0", "USD"),
        Money.of("0", "USD"), Money.of("0", "USD"), Money.of("0", "USD"));
  }

  @Test
  @DisplayName("paired weeks: two runs on the same weeks give travel per order an interval from the weekly differences (batch means); the partial weeks are left out")
  void pairedWeeks() {
    java.time.LocalDate from = java.time.LocalDate.parse("2026-01-05"); // a Monday
    KpiEngine a = KpiEngine.create(KpiSettings.defaults()).observing(from, from.plusWeeks(20));
    KpiEngine b = KpiEngine.create(KpiSettings.defaults()).observing(from, from.plusWeeks(20));
    KpiEngine same = KpiEngine.create(KpiSettings.defaults()).observing(from, from.plusWeeks(20));
    SplittableRandom r = new SplittableRandom(7);
    double[] weekly = new double[20];
    for (int w = 0; w < 20; w++) {
      Instant at = from.plusWeeks(w).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600);
      // a week's load moves both runs alike (common random numbers); B walks 10 m less an order, give or take 1
      long metresA = 4_000 + r.nextInt(2_000);
      long metresB = metresA - 1_000 + r.nextInt(200) - 100;
      weekly[w] = (metresB - metresA) / 100.0;
      a.accept(new Fact.BatchPicked("A" + w, at, "DC1", 100, 150, metresA));
      b.accept(new Fact.BatchPicked("B" + w, at, "DC1", 100, 150, metresB));
      same.accept(new Fact.BatchPicked("S" + w, at, "DC1", 100, 150, metresA));
    }
    // a week after the period: partial, one order, its difference far off (+50 m); were it a batch,
    // the interval would be ten times wider
    Instant after = from.plusWeeks(20).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600);
    a.accept(new Fact.BatchPicked("late", after, "DC1", 1, 1, 40));
    same.accept(new Fact.BatchPicked("late", after, "DC1", 1, 1, 40));
    b.accept(new Fact.BatchPicked("late", after, "DC1", 1, 1, 90));

    AbResult travel = find(AbComparison.comparePaired(a, b, dev.ecomops.kpi.Window.WEEK, 0.95),
        Kpi.PICK_TRAVEL_PER_ORDER);
    double mean = java.util.Arrays.stream(weekly).average().orElseThrow();
    double sd = Math.sqrt(java.util.Arrays.stream(weekly).map(d -> (d - mean) * (d - mean)).sum() / 19);
    double half = 1.959963984540054 * sd / Math.sqrt(20);
    assertThat(travel.test()).isEqualTo("paired weeks");
    assertThat(travel.high() - travel.low()).isCloseTo(2 * half, within(1e-9));
    assertThat((travel.low() + travel.high()) / 2).isCloseTo(travel.difference(), within(1e-9));
    assertThat(travel.low()).isLessThan(-9.0);
    assertThat(travel.high()).isLessThan(0).isGreaterThan(-11.0);
    assertThat(travel.significant()).isTrue();
    // the same policy against itself: a zero-width interval at zero, not significant
    AbResult none = find(AbComparison.comparePaired(a, same, dev.ecomops.kpi.Window.WEEK, 0.95),
        Kpi.PICK_TRAVEL_PER_ORDER);
    assertThat(none.low()).isEqualTo(0.0);
    assertThat(none.high()).isEqualTo(0.0);
    assertThat(none.significant()).isFalse();
    // KPIs with a test of their own keep it
    assertThat(find(AbComparison.comparePaired(a, b, dev.ecomops.kpi.Window.WEEK, 0.95), Kpi.ORDER_ACCURACY).test())
        .isEqualTo("two-proportion z");
  }

  @Test
  @DisplayName("paired weeks on a sum (holding cost): the weekly differences add up, so the interval is z·sd·√n; turnover, which grows with the window, gets none")
  void pairedWeeks_sum() {
    java.time.LocalDate from = java.time.LocalDate.parse("2026-01-05");
    KpiEngine a = KpiEngine.create(KpiSettings.defaults()).observing(from, from.plusWeeks(12));
    KpiEngine b = KpiEngine.create(KpiSettings.defaults()).observing(from, from.plusWeeks(12));
    SplittableRandom r = new SplittableRandom(11);
    double[] weekly = new double[12];
    double rate = KpiSettings.defaults().holdingRatePerYear() / 365;
    for (int w = 0; w < 12; w++) {
      Instant at = from.plusWeeks(w).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600);
      long onHandA = 1_000 + r.nextInt(500);
      long onHandB = onHandA - 200 + r.nextInt(40);
      weekly[w] = (onHandB - onHandA) * 10.0 * rate;
      a.accept(new Fact.InventorySnapshot(at, "DC1", "apparel", "TEE", onHandA, onHandA, Money.of("10.00", "USD")));
      b.accept(new Fact.InventorySnapshot(at, "DC1", "apparel", "TEE", onHandB, onHandB, Money.of("10.00", "USD")));
    }
    List<AbResult> rs = AbComparison.comparePaired(a, b, dev.ecomops.kpi.Window.WEEK, 0.95);
    AbResult holding = find(rs, Kpi.HOLDING_COST);
    double mean = java.util.Arrays.stream(weekly).average().orElseThrow();
    double sd = Math.sqrt(java.util.Arrays.stream(weekly).map(d -> (d - mean) * (d - mean)).sum() / 11);
    assertThat(holding.difference()).isCloseTo(java.util.Arrays.stream(weekly).sum(), within(1e-6));
    assertThat(holding.high() - holding.low()).isCloseTo(2 * 1.959963984540054 * sd * Math.sqrt(12), within(1e-6));
    assertThat(find(rs, Kpi.INVENTORY_TURNOVER).test()).isEqualTo("none");
  }
}
