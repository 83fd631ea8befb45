package dev.ecomops.supply.placement;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Where one SKU's stock should be, across locations. Each location needs its forecast demand over
 * the horizon plus its safety stock; what it holds beyond that is surplus, what it lacks is a
 * deficit. {@link #rebalance} moves surplus to deficits by the least-cost rule of the
 * transportation problem (Hillier and Lieberman, Introduction to Operations Research, chapter 9):
 * the cheapest lane first, as many units as both ends allow, and only while a unit's margin
 * (the sale it makes possible where it is short) exceeds the lane's cost per unit. {@link
 * #splitIncoming} places an incoming purchase order: deficits first, largest first in proportion,
 * the rest in proportion to demand, by largest remainder so the parts sum exactly. Stateless.
 */
public final class StockPlacement {
  private StockPlacement() {}

  /**
   * One location's position.
   *
   * @param onHand units available there
   * @param demand forecast demand over the horizon, units
   * @param safetyStock units held back for variability
   */
  public record Position(long onHand, double demand, double safetyStock) {
    /** @throws ValidationException naming the field that is negative */
    public Position {
      if (onHand < 0) {
        throw ValidationException.of("onHand", "must be at least 0", onHand);
      }
      if (!(demand >= 0) || !(safetyStock >= 0)) {
        throw ValidationException.of("demand", "demand and safety stock must be at least 0", demand);
      }
    }

    /** Units it needs: demand plus safety stock, rounded up. */
    public long need() {
      return (long) Math.ceil(demand + safetyStock - 1e-9);
    }
  }

  /**
   * A recommended transfer.
   *
   * @param from the location with surplus
   * @param to the location short
   * @param quantity units
   * @param costPerUnit the lane's cost per unit
   * @param reason why, in words
   */
  public record Transfer(LocationId from, LocationId to, long quantity, double costPerUnit, String reason) {}

  /**
   * Transfers that rebalance stock.
   *
   * @param cost the cost per unit of moving stock from one location to another
   * @param marginPerUnit what selling one more unit where it is short is worth
   */
  public static List<Transfer> rebalance(Map<LocationId, Position> positions, ToDoubleBiFunction<LocationId, LocationId> cost,
      double marginPerUnit) {
    Map<LocationId, Long> surplus = new LinkedHashMap<>();
    Map<LocationId, Long> deficit = new LinkedHashMap<>();
    positions.forEach((loc, p) -> {
      long gap = p.onHand() - p.need();
      if (gap > 0) {
        surplus.put(loc, gap);
      } else if (gap < 0) {
        deficit.put(loc, -gap);
      }
    });
    List<LocationId[]> lanes = new ArrayList<>();
    for (LocationId f : surplus.keySet()) {
      for (LocationId t : deficit.keySet()) {
        if (cost.applyAsDouble(f, t) < marginPerUnit) {
          lanes.add(new LocationId[] {f, t});
        }
      }
    }
    lanes.sort(Comparator.comparingDouble((LocationId[] l) -> cost.applyAsDouble(l[0], l[1]))
        .thenComparing(l -> l[0].value()).thenComparing(l -> l[1].value()));
    List<Transfer> out = new ArrayList<>();
    for (LocationId[] lane : lanes) {
      long q = Math.min(surplus.get(lane[0]), deficit.get(lane[1]));
      if (q > 0) {
        double c = cost.applyAsDouble(lane[0], lane[1]);
        out.add(new Transfer(lane[0], lane[1], q, c, String.format(java.util.Locale.ROOT,
            "%s holds %d beyond its need, %s is %d short; moving costs %.2f a unit against a margin of %.2f",
            lane[0].value(), surplus.get(lane[0]), lane[1].value(), deficit.get(lane[1]), c, marginPerUnit)));
        surplus.merge(lane[0], -q, Long::sum);
        deficit.merge(lane[1], -q, Long::sum);
      }
    }
    return out;
  }

  /**
   * Splits an incoming quantity across locations: deficits are filled first (in proportion when
   * there is not enough), the rest in proportion to demand.
   *
   * @param quantity units arriving, at least 0
   * @return units per location, summing exactly to {@code quantity}
   * @throws ValidationException naming {@code positions} when empty
   */
  public static Map<LocationId, Long> splitIncoming(long quantity, Map<LocationId, Position> positions) {
    if (positions.isEmpty()) {
      throw ValidationException.of("positions", "must have at least one location", quantity);
    }
    List<LocationId> locs = new ArrayList<>(positions.keySet());
    locs.sort(Comparator.comparing(LocationId::value));
    double[] deficits = new double[locs.size()];
    double totalDeficit = 0;
    for (int i = 0; i < locs.size(); i++) {
      Position p = positions.get(locs.get(i));
      deficits[i] = Math.max(0, p.need() - p.onHand());
      totalDeficit += deficits[i];
    }
    long first = (long) Math.min(quantity, totalDeficit);
    long[] a = largestRemainder(first, deficits);
    double[] demand = new double[locs.size()];
    for (int i = 0; i < locs.size(); i++) {
      demand[i] = positions.get(locs.get(i)).demand();
    }
    long[] b = largestRemainder(quantity - first, demand);
    Map<LocationId, Long> out = new HashMap<>();
    for (int i = 0; i < locs.size(); i++) {
      out.put(locs.get(i), a[i] + b[i]);
    }
    return out;
  }

  /** Whole parts of {@code total} in proportion to the weights (equal when all are 0), summing exactly. */
  private static long[] largestRemainder(long total, double[] weights) {
    int n = weights.length;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] parts = new long[n];
    double[] rest = new double[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      double share = sum == 0 ? (double) total / n : total * weights[i] / sum;
      parts[i] = (long) Math.floor(share);
      rest[i] = share - parts[i];
      given += parts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(rest[y], rest[x]));
    for (int k = 0; given < total; k = (k + 1) % n) {
      parts[order[k]]++;
      given++;
    }
    return parts;
  }
}
