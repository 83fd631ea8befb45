package dev.ecomops.kpi.targets;

import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Checks KPI rows against targets. */
public final class Targets {
  private Targets() {}

  /**
   * The breaches among the rows, in row order; a KPI without a target never breaches, nor does a
   * partial window (its figures cover part of it).
   */
  public static List<Breach> check(List<KpiRow> rows, List<Target> targets) {
    Map<Kpi, List<Target>> byKpi = new EnumMap<>(Kpi.class);
    targets.forEach(t -> byKpi.computeIfAbsent(t.kpi(), k -> new ArrayList<>()).add(t));
    List<Breach> out = new ArrayList<>();
    for (KpiRow r : rows) {
      if (r.partial()) {
        continue;
      }
      for (Target t : byKpi.getOrDefault(r.kpi(), List.of())) {
        if (t.missedBy(r.value().value())) {
          out.add(new Breach(r, t));
        }
      }
    }
    return out;
  }
}
