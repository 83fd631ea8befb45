package dev.ecomops.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ecomops.core.DataFileException;
import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.routing.PickerRouter;
import dev.ecomops.fulfillment.routing.Route;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops route}: routes a picker through a pick list in a parallel-aisle warehouse and
 * prints one line of JSON, {@code {"method":…,"length":…,"visits":[[aisle,position],…]}}. Formats
 * are in the README.
 */
@Command(name = "route", mixinStandardHelpOptions = true,
    description = "Route a picker through picks in a parallel-aisle warehouse; print the route as one line of JSON.")
final class RouteCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--layout", required = true, description = "Layout JSON: {\"aisles\":10,\"aisleLength\":10.0,"
      + "\"aisleSpacing\":2.5,\"depotAisle\":0}.")
  Path layout;

  @Option(names = "--picks", required = true, description = "Picks CSV: aisle,position.")
  Path picks;

  @Option(names = "--method", defaultValue = "optimal",
      description = "optimal, sshape, return, midpoint, largest-gap or combined (default: ${DEFAULT-VALUE}).")
  String method = "optimal";

  @Override
  public Integer call() {
    PickerRouter router;
    try {
      router = PickerRouter.byName(method);
    } catch (ValidationException e) {
      throw new UsageException("--method: must be optimal, sshape, return, midpoint, largest-gap or combined, was '"
          + method + "'");
    }
    WarehouseLayout block = readLayout();
    Route route;
    try {
      route = router.route(block, readPicks(block));
    } catch (ValidationException e) {
      ValidationException.Violation v = e.violations().get(0);
      throw new UsageException("--method " + method + ": " + v.path() + ": " + v.rule());
    }
    JsonObject out = new JsonObject();
    out.addProperty("method", route.method());
    out.addProperty("length", round(route.length()));
    JsonArray visits = new JsonArray();
    for (Position p : route.visits()) {
      JsonArray v = new JsonArray();
      v.add(p.aisle());
      v.add(p.offset());
      visits.add(v);
    }
    out.add("visits", visits);
    spec.commandLine().getOut().println(out);
    return EcomopsCommand.OK;
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  private WarehouseLayout readLayout() {
    JsonFile f = JsonFile.of(layout);
    JsonObject json = JsonFile.read(layout);
    f.only(json, "", Set.of("aisles", "aisleLength", "aisleSpacing", "depotAisle", "blocks"));
    // bounded: the layout is built aisle by aisle
    int aisles = f.wholeInt(f.required(json, "", "aisles"), "aisles", 1, 10_000);
    int depot = f.wholeInt(f.required(json, "", "depotAisle"), "depotAisle", 0, 10_000);
    int blocks = json.has("blocks") ? f.wholeInt(json.get("blocks"), "blocks", 1, 1_000) : 1;
    double length = f.decimal(f.required(json, "", "aisleLength"), "aisleLength").doubleValue();
    double spacing = f.decimal(f.required(json, "", "aisleSpacing"), "aisleSpacing").doubleValue();
    try {
      return new WarehouseLayout(aisles, length, spacing, depot, blocks);
    } catch (ValidationException e) {
      ValidationException.Violation v = e.violations().get(0);
      throw f.error(v.path(), v.rule() + ", was " + v.value());
    }
  }

  private List<Position> readPicks(WarehouseLayout block) {
    CsvTable csv = CsvTable.read(picks, Set.of("aisle", "position"));
    List<Position> out = new ArrayList<>();
    for (CSVRecord r : csv.rows()) {
      long aisle = csv.nonNegativeLong(r, "aisle");
      if (aisle >= block.aisles()) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "aisle", "was " + aisle + " but the layout has "
            + block.aisles() + " aisles (numbered from 0)");
      }
      double position = csv.decimal(r, "position");
      if (!(position >= 0 && position <= block.depth())) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "position", "was " + position + " but must be in [0, "
            + block.depth() + "]");
      }
      out.add(Position.of((int) aisle, position));
    }
    return out;
  }
}
