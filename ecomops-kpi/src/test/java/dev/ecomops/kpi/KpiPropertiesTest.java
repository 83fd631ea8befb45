package dev.ecomops.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ecomops.kpi.fact.Fact;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KPI engine properties")
class KpiPropertiesTest {

  @Test
  @DisplayName("every rate stays in [0, 1] (or NaN with nothing to measure), for every window and dimension")
  void ratesInRange() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 600)).checkAssert((seed, n) -> {
      KpiEngine e = KpiEngine.create(KpiSettings.defaults());
      e.acceptAll(FactGen.facts(seed, n));
      for (Window w : Window.values()) {
        for (Dimension d : Dimension.values()) {
          for (KpiRow row : e.rows(w, d)) {
            double v = row.value().value();
            if (row.kpi().unit() == Kpi.Unit.RATE) {
              assertThat(Double.isNaN(v) || (v >= 0 && v <= 1)).as("%s = %s", row, v).isTrue();
            } else {
              assertThat(Double.isNaN(v) || v >= 0).as("%s = %s", row, v).isTrue();
            }
          }
        }
      }
    });
  }

  @Test
  @DisplayName("merging two engines equals one engine over the union of their facts, percentiles included")
  void mergeEqualsUnion() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 500), integers().between(0, 500))
        .checkAssert((seed, a, b) -> {
          List<Fact> all = FactGen.facts(seed, a + b);
          KpiEngine left = KpiEngine.create(KpiSettings.defaults());
          left.acceptAll(all.subList(0, a));
          KpiEngine right = KpiEngine.create(KpiSettings.defaults());
          right.acceptAll(all.subList(a, a + b));
          KpiEngine union = KpiEngine.create(KpiSettings.defaults());
          union.acceptAll(all);
          left.merge(right);
          assertThat(left.factCount()).isEqualTo(union.factCount());
          for (Window w : Window.values()) {
            for (Dimension d : Dimension.values()) {
              assertThat(left.rows(w, d)).isEqualTo(union.rows(w, d));
            }
          }
        });
  }

  @Test
  @DisplayName("the order facts arrive in changes nothing")
  void orderFree() {
    qt().withExamples(30).forAll(longs().all(), integers().between(1, 400)).checkAssert((seed, n) -> {
      List<Fact> facts = FactGen.facts(seed, n);
      List<Fact> reversed = new java.util.ArrayList<>(facts);
      java.util.Collections.reverse(reversed);
      KpiEngine a = KpiEngine.create(KpiSettings.defaults());
      a.acceptAll(facts);
      KpiEngine b = KpiEngine.create(KpiSettings.defaults());
      b.acceptAll(reversed);
      assertThat(a.rows(Window.WEEK, Dimension.CARRIER)).isEqualTo(b.rows(Window.WEEK, Dimension.CARRIER));
    });
  }
}
