package dev.ecomops.core.allocation;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a strategy's plan against the {@link AllocationStrategy} contract before anything is held,
 * so that a host's own strategy with a defect fails loudly instead of holding the wrong stock.
 */
public final class PlanCheck {
  private PlanCheck() {}

  /**
   * Checks {@code plan}, made by {@code strategy} for {@code request} from {@code candidates}
   * seen through {@code view}. The strategies of this package are trusted (a property test checks
   * their contract on random instances) and pass unchecked.
   *
   * @throws IllegalStateException naming the strategy and the broken rule
   */
  public static void verify(AllocationStrategy strategy, AllocationRequest request, List<Candidate> candidates,
      StockView view, AllocationPlan plan) {
    if (strategy instanceof BuiltInStrategy) {
      return;
    }
    Set<LocationId> allowed = new HashSet<>();
    for (Candidate c : candidates) {
      allowed.add(c.location().id());
    }
    Map<String, Long> accounted = new HashMap<>();
    Map<LocationId, Map<Sku, Long>> used = new HashMap<>();
    Set<LocationId> seen = new HashSet<>();
    for (PlannedShipment s : plan.shipments()) {
      if (!allowed.contains(s.location())) {
        fail(strategy, "ships from " + s.location() + ", which is not a candidate");
      }
      if (!seen.add(s.location())) {
        fail(strategy, "has two shipments from " + s.location());
      }
      for (AllocationLine l : s.lines()) {
        accounted.merge(l.lineId(), l.quantity(), Long::sum);
        long total = used.computeIfAbsent(s.location(), k -> new HashMap<>()).merge(l.sku(), l.quantity(), Long::sum);
        if (total > view.available(l.sku(), s.location())) {
          fail(strategy, "plans " + total + " of " + l.sku() + " at " + s.location() + " where "
              + view.available(l.sku(), s.location()) + " are available");
        }
      }
    }
    if (seen.size() > request.policy().shipmentLimit()) {
      fail(strategy, "uses " + seen.size() + " locations where the policy allows " + request.policy().shipmentLimit());
    }
    for (AllocationLine l : plan.shortfall()) {
      accounted.merge(l.lineId(), l.quantity(), Long::sum);
    }
    for (AllocationLine l : request.lines()) {
      long n = accounted.getOrDefault(l.lineId(), 0L);
      if (n != l.quantity()) {
        fail(strategy, "accounts for " + n + " units of line " + l.lineId() + " where " + l.quantity() + " were asked");
      }
    }
    if (accounted.size() != request.lines().size()) {
      fail(strategy, "plans lines the request does not have");
    }
  }

  private static void fail(AllocationStrategy strategy, String what) {
    throw new IllegalStateException("strategy " + strategy.name() + " " + what);
  }
}
