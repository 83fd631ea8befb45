package dev.ecomops.core.allocation;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A strategy that ranks the candidates that hold any of the order by one score and fills the order down the ranking: each line
 * goes whole to the best-ranked location that can fill it (preferring locations already shipping),
 * else it is split down the ranking when the policy allows. Under ship-complete, the best-ranked
 * location that can ship everything is chosen; if none can, the one that covers most units ships
 * what it can.
 */
abstract class RankingStrategy implements BuiltInStrategy {

  /** What the score measures, as shown in explanations. */
  abstract String measure();

  /** The score of a candidate; lower ranks first. Ties keep the candidates' given order. */
  abstract double score(Planning p, int candidate);

  @Override
  public AllocationPlan plan(AllocationRequest request, List<Candidate> candidates, StockView stock) {
    Planning p = new Planning(request, candidates, stock);
    int[] useful = p.useful();
    if (useful.length == 0) {
      return p.nothing(name());
    }
    int[] ranked = rank(useful, c -> score(p, c));
    List<Alternative> alternatives = alternatives(p, ranked, measure(), c -> score(p, c));
    AllocationPolicy policy = request.policy();
    if (policy.split() == AllocationPolicy.Split.SHIP_COMPLETE) {
      return shipComplete(p, ranked, name(), name(), alternatives);
    }
    return p.plan(name(), p.assign(ranked, policy.shipmentLimit(), true), name(), alternatives);
  }

  /** The single location that ships the order: the best-ranked one that can ship everything, else the one covering most. */
  static AllocationPlan shipComplete(Planning p, int[] ranked, String strategy, String rule, List<Alternative> alternatives) {
    for (int c : ranked) {
      if (p.canShipAll(c)) {
        return p.plan(strategy, p.assign(new int[] {c}, 1, false), "ship complete from one location, then " + rule,
            alternatives);
      }
    }
    int best = ranked[0];
    for (int c : ranked) {
      if (p.coverable(c) > p.coverable(best)) {
        best = c;
      }
    }
    if (p.coverable(best) == 0) {
      return p.nothing(strategy);
    }
    return p.plan(strategy, p.assign(new int[] {best}, 1, true), "most units from one location (none ships complete)",
        alternatives);
  }

  /**
   * Candidate indices by score, ties in given order. Scores are compared as floats (24-bit
   * precision: distances to about a metre, priorities exactly), which lets the sort run on
   * primitive longs packing the score above the position.
   */
  static int[] rank(int[] pool, IntToDoubleFunction score) {
    long[] keys = new long[pool.length];
    for (int i = 0; i < pool.length; i++) {
      int bits = Float.floatToIntBits((float) score.applyAsDouble(pool[i]));
      int ordered = bits ^ ((bits >> 31) & 0x7fffffff); // float order as signed int order
      keys[i] = ((long) ordered << 32) | i;
    }
    java.util.Arrays.sort(keys);
    int[] out = new int[pool.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = pool[(int) keys[i]];
    }
    return out;
  }

  static List<Alternative> alternatives(Planning p, int[] ranked, String measure, IntToDoubleFunction score) {
    return new Alternatives(p, ranked, measure, score);
  }

}
