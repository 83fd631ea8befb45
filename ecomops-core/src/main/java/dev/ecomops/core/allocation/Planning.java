package dev.ecomops.core.allocation;

import dev.ecomops.core.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request's planning problem in arrays: candidates by index, distinct SKUs by index, what each
 * candidate can promise of each SKU, and what the order wants of each. Shared by the strategies:
 * coverage and feasibility of a set of locations, and the assignment of lines to an ordered set.
 */
final class Planning {
  final AllocationRequest request;
  final List<Candidate> candidates;
  final int n;
  final List<Sku> skus = new ArrayList<>();
  /** Units of SKU s candidate c can promise, at {@code c * skus.size() + s} (one array per plan). */
  private final long[] available;
  /** Units of each SKU the order wants, over all its lines. */
  final long[] demand;
  /** Per line, its SKU's index. */
  final int[] lineSku;

  Planning(AllocationRequest request, List<Candidate> candidates, StockView stock) {
    this.request = request;
    this.candidates = candidates;
    this.n = candidates.size();
    Map<Sku, Integer> index = new HashMap<>();
    lineSku = new int[request.lines().size()];
    for (int i = 0; i < lineSku.length; i++) {
      Sku sku = request.lines().get(i).sku();
      Integer s = index.get(sku);
      if (s == null) {
        s = skus.size();
        index.put(sku, s);
        skus.add(sku);
      }
      lineSku[i] = s;
    }
    demand = new long[skus.size()];
    for (int i = 0; i < lineSku.length; i++) {
      demand[lineSku[i]] += request.lines().get(i).quantity();
    }
    available = new long[n * skus.size()];
    int[] position = new int[n];
    for (int c = 0; c < n; c++) {
      position[c] = stock.position(c, candidates.get(c).location().id());
    }
    for (int s = 0; s < skus.size(); s++) {
      long[] row = stock.row(skus.get(s));
      for (int c = 0; c < n && row != null; c++) {
        available[c * skus.size() + s] = position[c] < 0 || position[c] >= row.length ? 0 : row[position[c]];
      }
    }
  }

  /** Units of SKU {@code s} candidate {@code c} can promise. */
  long available(int c, int s) {
    return available[c * demand.length + s];
  }

  /** Units of the order one candidate alone could promise. */
  long coverable(int c) {
    long units = 0;
    for (int s = 0; s < demand.length; s++) {
      units += Math.min(available(c, s), demand[s]);
    }
    return units;
  }

  /** Whether one candidate alone could ship the whole order. */
  boolean canShipAll(int c) {
    for (int s = 0; s < demand.length; s++) {
      if (available(c, s) < demand[s]) {
        return false;
      }
    }
    return true;
  }

  /** Units of the order a set of candidates could promise together: bit i of {@code mask} picks {@code pool[i]}. */
  long coverable(int[] pool, long mask) {
    long units = 0;
    for (int s = 0; s < demand.length; s++) {
      long sum = 0;
      for (long m = mask; m != 0; m &= m - 1) {
        sum += available(pool[Long.numberOfTrailingZeros(m)], s);
      }
      units += Math.min(sum, demand[s]);
    }
    return units;
  }

  /** The candidates that could promise at least one unit of the order, in given order. */
  int[] useful() {
    return java.util.stream.IntStream.range(0, n).filter(c -> coverable(c) > 0).toArray();
  }

  /** The members of a subset of {@code pool}, nearest first (ties in given order). */
  int[] members(int[] pool, long mask) {
    return nearestFirst(java.util.stream.IntStream.range(0, pool.length).filter(i -> (mask >>> i & 1) != 0)
        .map(i -> pool[i]).toArray());
  }

  /** Candidates nearest first, ties in given order. */
  int[] nearestFirst(int[] candidates) {
    return RankingStrategy.rank(candidates, this::distance);
  }

  long units() {
    long u = 0;
    for (long d : demand) {
      u += d;
    }
    return u;
  }

  /** Lower is nearer; candidates without a known distance sort by their given order. */
  double distance(int c) {
    double d = candidates.get(c).distanceKm();
    return Double.isNaN(d) ? 0 : d;
  }

  /** Per line, in line order, what each location ships; with what is left over. */
  record Assignment(Map<Integer, List<AllocationLine>> byCandidate, List<AllocationLine> shortfall) {}

  /**
   * Assigns lines to candidates. Each line goes whole to the first candidate in {@code order}
   * that can still fill it, among those already used if possible (a line does not open a new
   * shipment while a used location can take it); otherwise it is split across {@code order}
   * when {@code split}, opening at most {@code limit} locations in all. What is left is shortfall.
   *
   * @param order candidate indices in preference order
   */
  Assignment assign(int[] order, int limit, boolean split) {
    // what is left per candidate, copied only for the candidates in the order
    long[][] left = new long[n][];
    for (int c : order) {
      left[c] = java.util.Arrays.copyOfRange(available, c * demand.length, (c + 1) * demand.length);
    }
    Map<Integer, List<AllocationLine>> by = new LinkedHashMap<>();
    List<AllocationLine> shortfall = new ArrayList<>();
    for (int i = 0; i < lineSku.length; i++) {
      AllocationLine line = request.lines().get(i);
      int s = lineSku[i];
      int whole = -1;
      for (int c : order) {
        if (by.containsKey(c) && left[c][s] >= line.quantity()) {
          whole = c;
          break;
        }
      }
      if (whole < 0 && by.size() < limit) {
        for (int c : order) {
          if (left[c][s] >= line.quantity()) {
            whole = c;
            break;
          }
        }
      }
      if (whole >= 0) {
        left[whole][s] -= line.quantity();
        by.computeIfAbsent(whole, k -> new ArrayList<>()).add(line);
        continue;
      }
      long need = line.quantity();
      if (split) {
        // used locations first, then new ones, each in preference order
        for (int pass = 0; pass < 2 && need > 0; pass++) {
          for (int c : order) {
            boolean used = by.containsKey(c);
            if (need == 0 || (pass == 0) != used || left[c][s] == 0 || (!used && by.size() >= limit)) {
              continue;
            }
            long take = Math.min(need, left[c][s]);
            left[c][s] -= take;
            need -= take;
            by.computeIfAbsent(c, k -> new ArrayList<>()).add(line.withQuantity(take));
          }
        }
      }
      if (need > 0) {
        shortfall.add(line.withQuantity(need));
      }
    }
    return new Assignment(by, shortfall);
  }

  /** The plan of an assignment, every shipment with the same rule and alternatives. */
  AllocationPlan plan(String strategy, Assignment a, String decidedBy, List<Alternative> alternatives) {
    List<PlannedShipment> shipments = new ArrayList<>();
    a.byCandidate().forEach((c, lines) ->
        shipments.add(new PlannedShipment(candidates.get(c).location().id(), lines, decidedBy, alternatives)));
    return new AllocationPlan(strategy, shipments, a.shortfall());
  }

  /** Everything short: no candidate at all. */
  AllocationPlan nothing(String strategy) {
    return new AllocationPlan(strategy, List.of(), request.lines());
  }
}
