package dev.ecomops.shipping.lastmile;


/**
 * Solves last-mile vehicle routing with capacities and time windows. The default is {@code
 * JspritOptimizer}; a host may plug in its own solver or service. A solver's plug-in rather than a
 * port to the host's state, so it lives with the routing it serves.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.shipping.RouteOptimizerContract}:
 *
 * <ol>
 *   <li><b>Feasible.</b> Every route respects vehicle capacity and every served customer's time
 *       window.
 *   <li><b>Every customer once.</b> Each customer is on one route or listed as unassigned, never
 *       both, never twice; a fleet too small for everyone leaves the rest unassigned.
 *   <li><b>Thread safe.</b> Several solves may run at once.
 * </ol>
 */
public interface RouteOptimizer {
  /** Routes the problem. */
  VrpSolution solve(VrpProblem problem);
}
