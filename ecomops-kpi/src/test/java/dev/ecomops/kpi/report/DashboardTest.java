package dev.ecomops.kpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.kpi.Dimension;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiRow;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.Window;
import dev.ecomops.kpi.targets.Breach;
import dev.ecomops.kpi.targets.Target;
import dev.ecomops.kpi.targets.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KPI dashboard")
class DashboardTest {

  static String page() {
    KpiEngine e = KpiEngine.create(KpiSettings.defaults());
    e.acceptAll(dev.ecomops.kpi.FactGen.facts(42, 3000));
    List<Target> targets = List.of(Target.atLeast(Kpi.ORDER_ACCURACY, 0.99), Target.atMost(Kpi.CYCLE_TIME_P90, 48));
    List<KpiRow> rows = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      rows.addAll(e.rows(Window.WEEK, d));
    }
    List<Breach> breaches = Targets.check(rows, targets);
    return Dashboard.html("Test store <week>", e, Window.WEEK, targets, breaches);
  }

  @Test
  @DisplayName("one self-contained page: a chart per KPI, target lines, the breaches; no script and nothing fetched")
  void page_isSelfContained() {
    String html = page();
    // one chart per KPI, each a PNG inlined as a data URI (the page is one self-contained file)
    assertThat(Pattern.compile("<img id=\"chart-[a-z_0-9]+\" class=\"chart\" [^>]*src=\"data:image/png;base64,"
        + "[A-Za-z0-9+/=]{1000,}\">").matcher(html).results().count()).isEqualTo(Kpi.values().length);
    for (Kpi k : Kpi.values()) {
      assertThat(html).contains("id=\"chart-" + k.id() + "\"");
    }
    assertThat(html).contains("target ≥ 0.99", "target ≤ 48.0", "Test store &lt;week&gt;", "<h2>Breaches</h2>",
        "order_accuracy");
    assertThat(html).doesNotContain("<script", "href=\"http", "@import", "url(http");
    // every source is inline
    assertThat(Pattern.compile("src=").matcher(html).results().count())
        .isEqualTo(Pattern.compile("src=\"data:image/png;base64,").matcher(html).results().count());
  }

  @Test
  @DisplayName("the same engine and targets give the same bytes")
  void deterministic() {
    assertThat(page()).isEqualTo(page());
  }
}
