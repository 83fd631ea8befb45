package dev.ecomops.core.allocation;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.catalog.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lowest estimated cost: the set of locations whose shipments cost least in all, where a
 * shipment costs its location's handling cost plus the {@link ShippingCostEstimator}'s estimate for
 * what it carries. Covering more units always beats costing less (a cheaper plan that ships less
 * is not cheaper for the customer), then cost, then fewer shipments. Exhaustive over subsets for up
 * to {@value MinSplitStrategy#EXACT_LIMIT} useful candidates; beyond that greedy: add the location
 * that most improves (units covered, cost) until nothing does. Lines are assigned nearest first
 * within a set.
 */
public final class MinCostStrategy implements BuiltInStrategy {
  private final ShippingCostEstimator estimator;
  private final Map<LocationId, Money> handling;
  private final Money zero;

  private MinCostStrategy(ShippingCostEstimator estimator, Map<LocationId, Money> handling, Money zero) {
    this.estimator = estimator;
    this.handling = Map.copyOf(handling);
    this.zero = zero;
  }

  /**
   * A strategy with handling costs per location (absent locations cost nothing to handle).
   *
   * @param zero zero in the currency of every handling cost and estimate
   * @throws dev.ecomops.core.CurrencyMismatchException if a handling cost is in another currency
   */
  public static MinCostStrategy of(ShippingCostEstimator estimator, Map<LocationId, Money> handlingCost, Money zero) {
    Objects.requireNonNull(estimator, "estimator");
    for (Money m : handlingCost.values()) {
      zero.plus(m);
    }
    return new MinCostStrategy(estimator, handlingCost, zero);
  }

  @Override
  public String name() {
    return "min-cost";
  }

  @Override
  public AllocationPlan plan(AllocationRequest request, List<Candidate> candidates, StockView stock) {
    Planning p = new Planning(request, candidates, stock);
    int[] useful = p.useful();
    if (useful.length == 0) {
      return p.nothing(name());
    }
    Costs costs = new Costs(p);
    List<Alternative> alternatives = new ArrayList<>();
    for (int c : useful) {
      Planning.Assignment alone = p.assign(new int[] {c}, 1, true);
      alternatives.add(new Alternative(p.candidates.get(c).location().id(), "cost", costs.of(alone).amount().doubleValue(),
          p.coverable(c)));
    }
    alternatives.sort(Comparator.comparingDouble(Alternative::score));
    alternatives = List.copyOf(alternatives);
    AllocationPolicy policy = request.policy();
    if (policy.split() == AllocationPolicy.Split.SHIP_COMPLETE) {
      int[] byCost = alternatives.stream().mapToInt(a -> indexOf(p, a.location())).toArray();
      return RankingStrategy.shipComplete(p, byCost, name(), "lowest cost", alternatives);
    }
    int limit = policy.shipmentLimit();
    Planning.Assignment best;
    String rule;
    if (useful.length <= MinSplitStrategy.EXACT_LIMIT) {
      best = null;
      for (long mask = 1; mask < 1L << useful.length; mask++) {
        if (Long.bitCount(mask) <= limit) {
          int[] order = p.members(useful, mask);
          best = better(p, costs, best, p.assign(order, order.length, true));
        }
      }
      rule = "lowest cost (exact)";
    } else {
      best = greedy(p, costs, useful, limit);
      rule = "lowest cost (greedy)";
    }
    return p.plan(name(), Objects.requireNonNull(best), rule, alternatives);
  }

  private static Planning.Assignment greedy(Planning p, Costs costs, int[] useful, int limit) {
    List<Integer> chosen = new ArrayList<>();
    Planning.Assignment current = null;
    while (chosen.size() < limit) {
      Planning.Assignment bestTrial = null;
      int bestC = -1;
      for (int c : useful) {
        if (chosen.contains(c)) {
          continue;
        }
        List<Integer> trial = new ArrayList<>(chosen);
        trial.add(c);
        int[] order = p.nearestFirst(trial.stream().mapToInt(Integer::intValue).toArray());
        Planning.Assignment a = p.assign(order, order.length, true);
        if (better(p, costs, bestTrial, a) == a) {
          bestTrial = a;
          bestC = c;
        }
      }
      if (bestTrial == null || (current != null && better(p, costs, current, bestTrial) == current)) {
        break;
      }
      chosen.add(bestC);
      current = bestTrial;
    }
    return current;
  }

  private static int indexOf(Planning p, LocationId id) {
    for (int c = 0; c < p.n; c++) {
      if (p.candidates.get(c).location().id().equals(id)) {
        return c;
      }
    }
    throw new IllegalStateException("unknown candidate " + id);
  }

  /** The better of two assignments: fewer units short, then cheaper, then fewer shipments; {@code a} on a tie. */
  private static Planning.Assignment better(Planning p, Costs costs, Planning.Assignment a, Planning.Assignment b) {
    if (a == null) {
      return b;
    }
    long shortA = shortUnits(a);
    long shortB = shortUnits(b);
    if (shortA != shortB) {
      return shortB < shortA ? b : a;
    }
    int c = costs.of(b).compareTo(costs.of(a));
    if (c != 0) {
      return c < 0 ? b : a;
    }
    return b.byCandidate().size() < a.byCandidate().size() ? b : a;
  }

  private static long shortUnits(Planning.Assignment a) {
    long n = 0;
    for (AllocationLine l : a.shortfall()) {
      n += l.quantity();
    }
    return n;
  }

  /** Costs of shipments, each estimate asked once per plan. */
  private final class Costs {
    private final Planning p;
    private final Map<List<Object>, Money> cache = new HashMap<>();

    Costs(Planning p) {
      this.p = p;
    }

    Money of(Planning.Assignment a) {
      Money total = zero;
      for (Map.Entry<Integer, List<AllocationLine>> e : a.byCandidate().entrySet()) {
        Location from = p.candidates.get(e.getKey()).location();
        Money shipping = cache.computeIfAbsent(List.of(from.id(), e.getValue()),
            k -> estimator.estimate(from, p.request, e.getValue()));
        total = total.plus(handling.getOrDefault(from.id(), zero)).plus(shipping);
      }
      return total;
    }
  }
}
