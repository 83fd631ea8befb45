package dev.ecomops.shipping.lastmile;

import dev.ecomops.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A capacitated vehicle routing problem with time windows on the plane: a depot, identical
 * vehicles, and customers with a demand, a time window to start service in and a service time.
 * Travel time equals Euclidean distance (the Solomon convention); waiting for a window to open is
 * allowed. Times and distances share one unit.
 *
 * @param depot the depot; its window is the planning horizon
 * @param vehicles vehicles available, at least 1
 * @param capacity what each carries, positive
 * @param customers the customers, ids unique and not the depot's
 */
public record VrpProblem(Stop depot, int vehicles, long capacity, List<Stop> customers) {

  /**
   * A place to visit.
   *
   * @param id its number
   * @param x position
   * @param y position
   * @param demand units to deliver, at least 0, at most a vehicle's capacity
   * @param ready earliest start of service
   * @param due latest start of service, at least {@code ready}
   * @param service service time, at least 0
   */
  public record Stop(int id, double x, double y, long demand, double ready, double due, double service) {
    /** @throws ValidationException naming the field that breaks its rule */
    public Stop {
      if (demand < 0) {
        throw ValidationException.of("demand", "must be at least 0", demand);
      }
      if (!(due >= ready)) {
        throw ValidationException.of("due", "must be at least ready (" + ready + ")", due);
      }
      if (!(service >= 0)) {
        throw ValidationException.of("service", "must be at least 0", service);
      }
    }

    /** Euclidean distance to another stop. */
    public double distance(Stop o) {
      return Math.hypot(x - o.x, y - o.y);
    }
  }

  /** @throws ValidationException naming the field that breaks its rule */
  public VrpProblem {
    customers = List.copyOf(customers);
    if (vehicles < 1) {
      throw ValidationException.of("vehicles", "must be at least 1", vehicles);
    }
    if (capacity < 1) {
      throw ValidationException.of("capacity", "must be at least 1", capacity);
    }
    Set<Integer> ids = new HashSet<>();
    ids.add(depot.id());
    for (Stop c : customers) {
      if (!ids.add(c.id())) {
        throw ValidationException.of("customers", "must have unique ids, not the depot's", c.id());
      }
      if (c.demand() > capacity) {
        throw ValidationException.of("customers", "customer " + c.id() + " demands more than a vehicle holds", c.demand());
      }
    }
  }
}
