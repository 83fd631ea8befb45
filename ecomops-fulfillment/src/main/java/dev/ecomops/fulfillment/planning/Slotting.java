package dev.ecomops.fulfillment.planning;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Velocity-based slotting: the fastest movers go to the bins nearest the depot. SKUs are ranked
 * by picks per period and classed A, B, C by cumulative share of picks (default 80%, 95%,
 * as in the Pareto ABC of Frazelle 2002, World-Class Warehousing and Material Handling); bins are
 * ranked by the round trip from the depot; the i-th SKU gets the i-th bin. That is optimal for a
 * single-command picker (Hausman, Schwarz and Graves 1976, "Optimal storage assignment in
 * automatic warehousing systems", Management Science 22(6)) and a good rule of thumb for
 * multi-pick tours. Stateless.
 */
public final class Slotting {
  private Slotting() {}

  /**
   * One suggestion.
   *
   * @param sku the SKU
   * @param bin where to put it
   * @param abc its class by pick share: A, B or C
   * @param picksPerPeriod its velocity
   */
  public record Slot(Sku sku, Position bin, char abc, double picksPerPeriod) {}

  /**
   * Suggests a bin for each SKU, fastest first.
   *
   * @param bins the bins available, at least as many as SKUs
   * @param picksPerPeriod each SKU's picks per period, at least 0
   * @throws ValidationException naming {@code bins} when there are fewer bins than SKUs, or
   *     {@code picksPerPeriod} for a negative velocity
   */
  public static List<Slot> suggest(WarehouseLayout layout, List<Position> bins, Map<Sku, Double> picksPerPeriod) {
    if (bins.size() < picksPerPeriod.size()) {
      throw ValidationException.of("bins", "must be at least as many as the SKUs (" + picksPerPeriod.size() + ")",
          bins.size());
    }
    double total = 0;
    for (Map.Entry<Sku, Double> e : picksPerPeriod.entrySet()) {
      if (!(e.getValue() >= 0) || e.getValue().isInfinite()) {
        throw ValidationException.of("picksPerPeriod[" + e.getKey().value() + "]", "must be a finite number at least 0",
            e.getValue());
      }
      total += e.getValue();
    }
    List<Position> near = new ArrayList<>(bins);
    near.forEach(layout::check);
    Position depot = layout.depot();
    near.sort(Comparator.comparingDouble((Position p) -> layout.distance(depot, p)).thenComparing(p -> p));
    List<Map.Entry<Sku, Double>> fast = new ArrayList<>(picksPerPeriod.entrySet());
    fast.sort(Map.Entry.<Sku, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Slot> out = new ArrayList<>();
    double cumulative = 0;
    for (int i = 0; i < fast.size(); i++) {
      double v = fast.get(i).getValue();
      double before = total == 0 ? 1 : cumulative / total;
      char abc = before < 0.80 ? 'A' : before < 0.95 ? 'B' : 'C';
      cumulative += v;
      out.add(new Slot(fast.get(i).getKey(), near.get(i), abc, v));
    }
    return out;
  }
}
