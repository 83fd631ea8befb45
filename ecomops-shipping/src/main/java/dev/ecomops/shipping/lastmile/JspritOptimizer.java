package dev.ecomops.shipping.lastmile;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import dev.ecomops.core.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The default {@link RouteOptimizer}: GraphHopper's jsprit (ruin-and-recreate large neighbourhood
 * search, Schrimpf, Schneider, Stamm-Wilbrandt and Dueck 2000, "Record breaking optimization
 * results using the ruin and recreate principle", J. Comput. Phys. 159(2)), over Euclidean
 * distances with travel time equal to distance, a fleet of the problem's size, a fixed seed (so a
 * problem always gets the same routes) and a given number of iterations. Thread safe.
 */
public final class JspritOptimizer implements RouteOptimizer {
  private final int iterations;
  private final long seed;

  /**
   * @param iterations search iterations, at least 1 (a few thousand for Solomon-size problems)
   * @param seed the random seed
   * @throws ValidationException naming {@code iterations} when below 1
   */
  public JspritOptimizer(int iterations, long seed) {
    if (iterations < 1) {
      throw ValidationException.of("iterations", "must be at least 1", iterations);
    }
    this.iterations = iterations;
    this.seed = seed;
  }

  @Override
  public VrpSolution solve(VrpProblem p) {
    VehicleType type = VehicleTypeImpl.Builder.newInstance("vehicle").addCapacityDimension(0, (int) p.capacity()).build();
    VehicleRoutingProblem.Builder b = VehicleRoutingProblem.Builder.newInstance();
    Location depot = Location.newInstance(p.depot().x(), p.depot().y());
    for (int v = 0; v < p.vehicles(); v++) {
      b.addVehicle(VehicleImpl.Builder.newInstance("v" + v).setStartLocation(depot).setEarliestStart(p.depot().ready())
          .setLatestArrival(p.depot().due()).setType(type).build());
    }
    for (VrpProblem.Stop c : p.customers()) {
      b.addJob(Service.Builder.newInstance(Integer.toString(c.id())).addSizeDimension(0, (int) c.demand())
          .setLocation(Location.newInstance(c.x(), c.y())).setServiceTime(c.service())
          .setTimeWindow(TimeWindow.newInstance(c.ready(), c.due())).build());
    }
    b.setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
    VehicleRoutingProblem vrp = b.build();
    VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp).setRandom(new Random(seed)).buildAlgorithm();
    algorithm.setMaxIterations(iterations);
    VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
    List<List<Integer>> routes = new ArrayList<>();
    List<VehicleRoute> sorted = new ArrayList<>(best.getRoutes());
    sorted.sort(Comparator.comparing(r -> r.getVehicle().getId()));
    for (VehicleRoute r : sorted) {
      List<Integer> ids = new ArrayList<>();
      for (TourActivity a : r.getActivities()) {
        if (a instanceof TourActivity.JobActivity j) {
          ids.add(Integer.parseInt(j.getJob().getId()));
        }
      }
      if (!ids.isEmpty()) {
        routes.add(ids);
      }
    }
    List<Integer> unassigned = new ArrayList<>();
    for (Job j : best.getUnassignedJobs()) {
      unassigned.add(Integer.parseInt(j.getId()));
    }
    return new VrpSolution(routes, unassigned);
  }
}
