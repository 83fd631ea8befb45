package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.shipping.lastmile.RouteOptimizer;
import dev.ecomops.shipping.lastmile.VrpProblem;
import dev.ecomops.shipping.lastmile.VrpSolution;
import dev.ecomops.testkit.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RouteOptimizer}: extend with a factory of optimizers. Each test traces to
 * the SPI's javadoc: solutions are feasible ({@link VrpSolution#violations} empty: capacity, time
 * windows, the fleet size), every customer is routed once or listed unassigned, and the
 * optimizer is thread safe.
 */
public abstract class RouteOptimizerContract {

  /** A new optimizer. */
  protected abstract RouteOptimizer newOptimizer();

  /** Customers around a depot, with demands, windows and service times, from a seed. */
  protected static VrpProblem problem(long seed, int customers, int vehicles, long capacity) {
    SplittableRandom r = new SplittableRandom(seed);
    VrpProblem.Stop depot = new VrpProblem.Stop(0, 50, 50, 0, 0, 1_000, 0);
    List<VrpProblem.Stop> cs = new ArrayList<>();
    for (int i = 1; i <= customers; i++) {
      double ready = r.nextInt(400);
      cs.add(new VrpProblem.Stop(i, r.nextInt(100), r.nextInt(100), 1 + r.nextInt(20), ready, ready + 150 + r.nextInt(200),
          10));
    }
    return new VrpProblem(depot, vehicles, capacity, cs);
  }

  static void feasible(VrpProblem p, VrpSolution s) {
    assertThat(s.violations(p)).isEmpty();
    List<Integer> seen = new ArrayList<>(s.unassigned());
    s.routes().forEach(seen::addAll);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(p.customers().stream()
        .map(VrpProblem.Stop::id).toList());
  }

  @Test
  @DisplayName("a solution is feasible and accounts for every customer once")
  void feasibleSolutions() {
    VrpProblem p = problem(1, 25, 6, 80);
    feasible(p, newOptimizer().solve(p));
  }

  @Test
  @DisplayName("a fleet too small for everyone: served customers stay feasible, the rest are listed unassigned")
  void tooSmallFleet() {
    VrpProblem p = problem(2, 20, 1, 40);
    VrpSolution s = newOptimizer().solve(p);
    feasible(p, s);
    assertThat(s.unassigned()).isNotEmpty();
  }

  @Test
  @DisplayName("4 threads solving at once each get a feasible solution")
  void concurrent() throws Exception {
    RouteOptimizer o = newOptimizer();
    List<Boolean> ok = Concurrently.run(4, t -> {
      VrpProblem p = problem(10 + t, 15, 4, 80);
      feasible(p, o.solve(p));
      return true;
    });
    assertThat(ok).containsOnly(true);
  }
}
