package dev.ecomops.fulfillment.planning;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Bin;
import dev.ecomops.fulfillment.layout.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Velocity-based slotting: the fastest movers go to the bins nearest the depot. SKUs are ranked
 * by picks per period and classed A, B, C by cumulative share of picks (default 80%, 95%,
 * as in the Pareto ABC of Frazelle 2002, World-Class Warehousing and Material Handling); bins are
 * ranked by the round trip from the depot; each SKU, fastest first, takes the nearest free bin that
 * holds its stock. Without capacity limits that is optimal for a single-command picker (Hausman,
 * Schwarz and Graves 1976, "Optimal storage assignment in automatic warehousing systems",
 * Management Science 22(6)) and a good rule of thumb for multi-pick tours. Stateless.
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
  public record Slot(Sku sku, Bin bin, char abc, double picksPerPeriod) {}

  /**
   * Suggests a bin for each SKU, fastest first.
   *
   * @param bins the bins available
   * @param picksPerPeriod each SKU's picks per period, at least 0
   * @param units each SKU's stock to hold, in units (a SKU without an entry needs 1)
   * @throws ValidationException naming {@code picksPerPeriod} for a negative velocity, or {@code
   *     bins} when no free bin holds a SKU's stock
   */
  public static List<Slot> suggest(WarehouseLayout layout, List<Bin> bins, Map<Sku, Double> picksPerPeriod,
      Map<Sku, Long> units) {
    double total = 0;
    for (Map.Entry<Sku, Double> e : picksPerPeriod.entrySet()) {
      if (!(e.getValue() >= 0) || e.getValue().isInfinite()) {
        throw ValidationException.of("picksPerPeriod[" + e.getKey().value() + "]", "must be a finite number at least 0",
            e.getValue());
      }
      total += e.getValue();
    }
    Position depot = layout.depot();
    List<Bin> free = new ArrayList<>(bins);
    free.forEach(b -> layout.check(b.position()));
    free.sort(Comparator.comparingDouble((Bin b) -> layout.distance(depot, b.position())).thenComparing(Bin::id));
    List<Map.Entry<Sku, Double>> fast = new ArrayList<>(picksPerPeriod.entrySet());
    fast.sort(Map.Entry.<Sku, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Slot> out = new ArrayList<>();
    double cumulative = 0;
    for (Map.Entry<Sku, Double> e : fast) {
      long need = units.getOrDefault(e.getKey(), 1L);
      Bin bin = free.stream().filter(b -> b.capacity() >= need).findFirst().orElseThrow(() -> ValidationException.of(
          "bins", "must include a free bin holding " + need + " units of " + e.getKey().value(), bins.size()));
      free.remove(bin);
      double before = total == 0 ? 1 : cumulative / total;
      char abc = before < 0.80 ? 'A' : before < 0.95 ? 'B' : 'C';
      cumulative += e.getValue();
      out.add(new Slot(e.getKey(), bin, abc, e.getValue()));
    }
    return out;
  }
}
