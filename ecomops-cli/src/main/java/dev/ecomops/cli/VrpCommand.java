package dev.ecomops.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ecomops.shipping.lastmile.JspritOptimizer;
import dev.ecomops.shipping.lastmile.Solomon;
import dev.ecomops.shipping.lastmile.VrpProblem;
import dev.ecomops.shipping.lastmile.VrpSolution;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops vrp}: solves a Solomon VRPTW instance with the default route optimizer and prints
 * one line of JSON, {@code {"vehicles":N,"distance":D,"routes":[[customer ids in order],…]}}
 * (Euclidean distances, unrounded; plus {@code "unassigned":[…]} when customers could not be
 * served). Formats are in the README.
 */
@Command(name = "vrp", mixinStandardHelpOptions = true,
    description = "Route a fleet with capacities and time windows (Solomon format in, one line of JSON out).")
final class VrpCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--solomon", required = true, description = "Instance in the classic Solomon text format.")
  Path solomon;

  @Option(names = "--iterations", defaultValue = "2000", description = "Search iterations (default: ${DEFAULT-VALUE}).")
  int iterations = 2000;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Override
  public Integer call() {
    if (iterations < 1) {
      throw new UsageException("--iterations: must be at least 1, was " + iterations);
    }
    VrpProblem problem = Solomon.read(solomon);
    VrpSolution solution = new JspritOptimizer(iterations, seed).solve(problem);
    List<String> wrong = solution.violations(problem);
    if (!wrong.isEmpty()) {
      throw new IllegalStateException("the optimizer returned an infeasible solution: " + wrong);
    }
    JsonObject out = new JsonObject();
    out.addProperty("vehicles", solution.vehicles());
    out.addProperty("distance", solution.distance(problem));
    JsonArray routes = new JsonArray();
    for (List<Integer> r : solution.routes()) {
      JsonArray ids = new JsonArray();
      r.forEach(ids::add);
      routes.add(ids);
    }
    out.add("routes", routes);
    if (!solution.unassigned().isEmpty()) {
      JsonArray un = new JsonArray();
      solution.unassigned().forEach(un::add);
      out.add("unassigned", un);
    }
    spec.commandLine().getOut().println(out);
    return EcomopsCommand.OK;
  }
}
