package dev.ecomops.shipping.lastmile;


/**
 * Solves last-mile vehicle routing with capacities and time windows. The default is {@code
 * JspritOptimizer}; a host may plug in its own solver or service. Implementations must be thread
 * safe and return feasible solutions (customers they cannot serve listed as unassigned).
 */
public interface RouteOptimizer {
  /** Routes the problem. */
  VrpSolution solve(VrpProblem problem);
}
