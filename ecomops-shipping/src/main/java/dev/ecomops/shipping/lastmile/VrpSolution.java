package dev.ecomops.shipping.lastmile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes for a {@link VrpProblem}: each a sequence of customer ids, starting and ending at the
 * depot.
 *
 * @param routes the routes, customers in visiting order
 * @param unassigned customers no route serves (when the fleet cannot)
 */
public record VrpSolution(List<List<Integer>> routes, List<Integer> unassigned) {
  /** Copies the lists. */
  public VrpSolution {
    routes = routes.stream().map(List::copyOf).toList();
    unassigned = List.copyOf(unassigned);
  }

  /** Vehicles used. */
  public int vehicles() {
    return routes.size();
  }

  /** Total Euclidean distance, depot to depot, unrounded. */
  public double distance(VrpProblem p) {
    Map<Integer, VrpProblem.Stop> byId = byId(p);
    double total = 0;
    for (List<Integer> r : routes) {
      VrpProblem.Stop at = p.depot();
      for (int id : r) {
        VrpProblem.Stop next = byId.get(id);
        total += at.distance(next);
        at = next;
      }
      total += at.distance(p.depot());
    }
    return total;
  }

  /**
   * What is wrong with the solution, empty when it is feasible: every customer served once (or
   * listed unassigned), loads within capacity, service starting within each window (waiting when
   * early), back at the depot by the horizon, at most the fleet.
   */
  public List<String> violations(VrpProblem p) {
    List<String> out = new ArrayList<>();
    Map<Integer, VrpProblem.Stop> byId = byId(p);
    Set<Integer> seen = new HashSet<>(unassigned);
    if (routes.size() > p.vehicles()) {
      out.add(routes.size() + " routes for " + p.vehicles() + " vehicles");
    }
    for (int r = 0; r < routes.size(); r++) {
      long load = 0;
      double time = p.depot().ready();
      VrpProblem.Stop at = p.depot();
      for (int id : routes.get(r)) {
        VrpProblem.Stop c = byId.get(id);
        if (c == null || !seen.add(id)) {
          out.add("route " + r + ": customer " + id + (c == null ? " unknown" : " served twice"));
          continue;
        }
        load += c.demand();
        time = Math.max(time + at.distance(c), c.ready());
        if (time > c.due() + 1e-9) {
          out.add("route " + r + ": customer " + id + " starts at " + time + ", after its due " + c.due());
        }
        time += c.service();
        at = c;
      }
      if (load > p.capacity()) {
        out.add("route " + r + ": load " + load + " over capacity " + p.capacity());
      }
      if (time + at.distance(p.depot()) > p.depot().due() + 1e-9) {
        out.add("route " + r + ": back at the depot after the horizon");
      }
    }
    for (VrpProblem.Stop c : p.customers()) {
      if (!seen.contains(c.id())) {
        out.add("customer " + c.id() + " not served");
      }
    }
    return out;
  }

  private static Map<Integer, VrpProblem.Stop> byId(VrpProblem p) {
    Map<Integer, VrpProblem.Stop> m = new HashMap<>();
    p.customers().forEach(c -> m.put(c.id(), c));
    return m;
  }
}
