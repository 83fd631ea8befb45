package dev.ecomops.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fewest shipments: the smallest set of locations that together can promise every unit (a line
 * may be split across them), ties broken by total distance to the destination, then by priority
 * order. This is set cover; for up to {@value #EXACT_LIMIT} candidate locations holding any of
 * the order's SKUs every subset is examined, so the answer is exact; beyond that the greedy rule
 * of Chvátal (1979, "A greedy heuristic for the set-covering problem", Mathematics of Operations
 * Research 4(3)) adds the location covering most of the still-uncovered units until all are
 * covered, within a factor H(units) of the optimum. When no allowed set covers everything, the
 * set covering the most units is chosen and the rest is shortfall. Lines are then assigned
 * nearest first.
 */
public final class MinSplitStrategy implements BuiltInStrategy {
  /** Up to this many useful candidates the search is exhaustive (4,096 subsets). */
  public static final int EXACT_LIMIT = 12;
  private static final MinSplitStrategy INSTANCE = new MinSplitStrategy();

  private MinSplitStrategy() {}

  /** The strategy (stateless, shared). */
  public static MinSplitStrategy create() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "min-split";
  }

  @Override
  public AllocationPlan plan(AllocationRequest request, List<Candidate> candidates, StockView stock) {
    Planning p = new Planning(request, candidates, stock);
    int[] useful = p.useful();
    if (useful.length == 0) {
      return p.nothing(name());
    }
    List<Alternative> alternatives = byCoverage(p, useful);
    if (request.policy().split() == AllocationPolicy.Split.SHIP_COMPLETE) {
      return RankingStrategy.shipComplete(p, p.nearestFirst(useful), name(), "nearest", alternatives);
    }
    int limit = request.policy().shipmentLimit();
    boolean exact = useful.length <= EXACT_LIMIT;
    int[] chosen = exact ? p.members(useful, exactCover(p, useful, limit)) : greedyCover(p, useful, limit);
    return p.plan(name(), p.assign(chosen, chosen.length, true),
        exact ? "fewest shipments (exact)" : "fewest shipments (greedy set cover)", alternatives);
  }

  /**
   * The best subset of {@code pool} of at most {@code limit} members: most units covered, then
   * fewest members, then least total distance, then earliest in given order.
   */
  static long exactCover(Planning p, int[] pool, int limit) {
    long best = 0;
    long bestCovered = -1;
    int bestSize = 0;
    double bestDistance = 0;
    for (long mask = 1; mask < 1L << pool.length; mask++) {
      int size = Long.bitCount(mask);
      if (size > limit) {
        continue;
      }
      long covered = p.coverable(pool, mask);
      if (covered < bestCovered || (covered == bestCovered && size > bestSize)) {
        continue;
      }
      double distance = 0;
      for (long m = mask; m != 0; m &= m - 1) {
        distance += p.distance(pool[Long.numberOfTrailingZeros(m)]);
      }
      if (covered > bestCovered || size < bestSize || distance < bestDistance) {
        best = mask;
        bestCovered = covered;
        bestSize = size;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Chvátal's greedy cover over {@code pool}, in the order chosen. */
  static int[] greedyCover(Planning p, int[] pool, int limit) {
    long[] need = p.demand.clone();
    boolean[] used = new boolean[p.n];
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < limit) {
      int best = -1;
      long bestGain = 0;
      for (int c : pool) {
        if (used[c]) {
          continue;
        }
        long gain = 0;
        for (int s = 0; s < need.length; s++) {
          gain += Math.min(p.available(c, s), need[s]);
        }
        if (gain > bestGain || (gain == bestGain && gain > 0 && p.distance(c) < p.distance(best))) {
          best = c;
          bestGain = gain;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      chosen.add(best);
      for (int s = 0; s < need.length; s++) {
        need[s] -= Math.min(p.available(best, s), need[s]);
      }
    }
    return p.nearestFirst(chosen.stream().mapToInt(Integer::intValue).toArray());
  }

  private static List<Alternative> byCoverage(Planning p, int[] useful) {
    List<Alternative> out = new ArrayList<>();
    for (int c : useful) {
      out.add(new Alternative(p.candidates.get(c).location().id(), "unitsCoverable", p.coverable(c), p.coverable(c)));
    }
    out.sort(Comparator.comparingDouble(Alternative::score).reversed());
    return List.copyOf(out);
  }
}
