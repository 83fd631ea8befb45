package dev.ecomops.core.allocation;

import dev.ecomops.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered chain of {@link RoutingRule}s, as order routing in commerce platforms is configured
 * (for example "ship complete from one location", then "nearest", then "priority"). The ranking
 * rules ({@link RoutingRule#NEAREST}, {@link RoutingRule#PRIORITY}) order candidates
 * lexicographically in chain order, ties by the catalog's order. {@link
 * RoutingRule#SHIP_COMPLETE_FROM_ONE} first looks for one location that can ship everything (the
 * best-ranked such); {@link RoutingRule#FEWEST_SHIPMENTS} chooses the set of locations as {@link
 * MinSplitStrategy} does and ranks within it; otherwise lines fill down the ranking. Each shipment
 * names the first rule that separated its location from the best candidate not chosen.
 */
public final class RuleChainStrategy implements BuiltInStrategy {
  private final List<RoutingRule> rules;

  private RuleChainStrategy(List<RoutingRule> rules) {
    this.rules = rules;
  }

  /**
   * A chain of rules, applied in order.
   *
   * @throws ValidationException naming {@code rules} if empty or if a rule repeats
   */
  public static RuleChainStrategy of(RoutingRule... rules) {
    List<RoutingRule> list = List.of(rules);
    if (list.isEmpty()) {
      throw ValidationException.of("rules", "must not be empty", "[]");
    }
    if (list.stream().distinct().count() != list.size()) {
      throw ValidationException.of("rules", "must not repeat a rule", list);
    }
    return new RuleChainStrategy(list);
  }

  /** The rules, in order. */
  public List<RoutingRule> rules() {
    return rules;
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public AllocationPlan plan(AllocationRequest request, List<Candidate> candidates, StockView stock) {
    Planning p = new Planning(request, candidates, stock);
    int[] useful = p.useful();
    if (useful.length == 0) {
      return p.nothing(name());
    }
    int[] ranked = rank(p, useful);
    List<Alternative> alternatives = RankingStrategy.alternatives(p, ranked, measure(), c -> position(ranked, c));
    int limit = request.policy().shipmentLimit();
    boolean completeFirst = rules.contains(RoutingRule.SHIP_COMPLETE_FROM_ONE);
    if (completeFirst || request.policy().split() == AllocationPolicy.Split.SHIP_COMPLETE) {
      for (int c : ranked) {
        if (p.canShipAll(c)) {
          String why = completeFirst ? RoutingRule.SHIP_COMPLETE_FROM_ONE.label() + ", then " + separating(p, c, ranked, List.of(c))
              : separating(p, c, ranked, List.of(c));
          return p.plan(name(), p.assign(new int[] {c}, 1, false), why, alternatives);
        }
      }
      if (request.policy().split() == AllocationPolicy.Split.SHIP_COMPLETE) {
        return RankingStrategy.shipComplete(p, ranked, name(), measure(), alternatives);
      }
    }
    int[] order = ranked;
    if (rules.contains(RoutingRule.FEWEST_SHIPMENTS)) {
      int[] set = useful.length <= MinSplitStrategy.EXACT_LIMIT
          ? p.members(useful, MinSplitStrategy.exactCover(p, useful, limit))
          : MinSplitStrategy.greedyCover(p, useful, limit);
      order = rank(p, set);
    }
    Planning.Assignment a = p.assign(order, limit, true);
    List<Integer> used = new ArrayList<>(a.byCandidate().keySet());
    List<PlannedShipment> shipments = new ArrayList<>();
    a.byCandidate().forEach((c, lines) -> shipments.add(new PlannedShipment(p.candidates.get(c).location().id(), lines,
        rules.contains(RoutingRule.FEWEST_SHIPMENTS) ? RoutingRule.FEWEST_SHIPMENTS.label() + ", then "
            + separating(p, c, ranked, used) : separating(p, c, ranked, used), alternatives)));
    return new AllocationPlan(name(), shipments, a.shortfall());
  }

  private String measure() {
    StringBuilder b = new StringBuilder("rank by");
    for (RoutingRule r : rules) {
      if (r == RoutingRule.NEAREST || r == RoutingRule.PRIORITY) {
        b.append(' ').append(r.label());
      }
    }
    return b.toString();
  }

  /** Useful candidates in chain order: ranked by the last ranking rule, then stably by each earlier one. */
  private int[] rank(Planning p, int[] pool) {
    int[] out = pool;
    for (int i = rules.size() - 1; i >= 0; i--) {
      RoutingRule r = rules.get(i);
      if (r == RoutingRule.NEAREST || r == RoutingRule.PRIORITY) {
        out = RankingStrategy.rank(out, c -> score(p, r, c));
      }
    }
    return out;
  }

  private static double score(Planning p, RoutingRule r, int c) {
    return switch (r) {
      case NEAREST -> p.distance(c);
      case PRIORITY -> p.candidates.get(c).location().priority();
      default -> 0;
    };
  }

  private static double position(int[] ranked, int c) {
    for (int i = 0; i < ranked.length; i++) {
      if (ranked[i] == c) {
        return i + 1;
      }
    }
    return ranked.length + 1;
  }

  /**
   * The first ranking rule on which {@code chosen} beats the best candidate not used, or "only
   * candidate" / "catalog order" when none does.
   */
  private String separating(Planning p, int chosen, int[] ranked, List<Integer> used) {
    for (int other : ranked) {
      if (used.contains(other)) {
        continue;
      }
      for (RoutingRule r : rules) {
        if (r == RoutingRule.NEAREST || r == RoutingRule.PRIORITY) {
          int c = Double.compare(score(p, r, chosen), score(p, r, other));
          if (c != 0) {
            return r.label();
          }
        }
      }
      return "catalog order";
    }
    return "only candidate";
  }
}
