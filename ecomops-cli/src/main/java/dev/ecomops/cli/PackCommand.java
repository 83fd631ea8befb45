package dev.ecomops.cli;

import dev.ecomops.core.DataFileException;
import dev.ecomops.fulfillment.packing.Carton;
import dev.ecomops.fulfillment.packing.Cartonizer;
import dev.ecomops.fulfillment.packing.Item;
import dev.ecomops.fulfillment.packing.PackedCarton;
import dev.ecomops.fulfillment.packing.Packing;
import dev.ecomops.fulfillment.packing.PackingObjective;
import dev.ecomops.fulfillment.packing.Placement;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops pack}: chooses cartons for the items of a CSV and writes where every item goes.
 * Items that fit no carton are listed on standard error and the command exits 3, after writing the
 * packing of the others. Formats are in the README.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
    description = "Choose cartons for items and place every item in 3D (CSV in, CSV out).")
final class PackCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--items", required = true, description = "Items CSV: item_id,length,width,height,weight,rotatable (cm, kg).")
  Path items;

  @Option(names = "--cartons", required = true, description = "Cartons CSV: carton_id,length,width,height,max_weight,cost.")
  Path cartons;

  @Option(names = "--objective", defaultValue = "count",
      description = "count, billable-weight or cost (default: ${DEFAULT-VALUE}).")
  String objective = "count";

  @Option(names = "--divisor", defaultValue = "5000", description = "Dimensional divisor, cm³/kg (default: ${DEFAULT-VALUE}).")
  double divisor = 5000;

  @Option(names = "--output", required = true, description = "Where to write the packing CSV; - for standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PackingObjective goal = switch (objective) {
      case "count" -> PackingObjective.COUNT;
      case "billable-weight" -> PackingObjective.BILLABLE_WEIGHT;
      case "cost" -> PackingObjective.COST;
      default -> throw new UsageException("--objective: must be count, billable-weight or cost, was '" + objective + "'");
    };
    if (!(divisor > 0) || Double.isInfinite(divisor)) {
      throw new UsageException("--divisor: must be positive, was " + divisor);
    }
    List<Item> itemList = readItems();
    List<Carton> catalog = readCartons();
    Packing packing = Cartonizer.withDivisor(divisor).pack(itemList, catalog, goal);
    CsvOutput.write(output, new String[] {"carton_no", "carton_id", "item_id", "x", "y", "z", "dx", "dy", "dz"}, csv -> {
      int no = 1;
      for (PackedCarton c : packing.cartons()) {
        for (Placement p : c.placements()) {
          csv.printRecord(no, c.carton().id(), p.item().id(), num(p.x()), num(p.y()), num(p.z()), num(p.dx()),
              num(p.dy()), num(p.dz()));
        }
        no++;
      }
    });
    Stdio.summary(output).printf(Locale.ROOT,
        "%d items in %d cartons, fill rate %.1f%%, billable weight %.2f kg, carton cost %.2f; written to %s%n",
        itemList.size() - packing.unpacked().size(), packing.cartons().size(), 100 * packing.fillRate(),
        packing.billableWeight(), packing.cost(), output);
    if (!packing.unpacked().isEmpty()) {
      var err = spec.commandLine().getErr();
      for (Item i : packing.unpacked()) {
        err.printf(Locale.ROOT, "ecomops: unpacked: %s (%s x %s x %s cm, %s kg) fits no carton%n", i.id(), num(i.length()),
            num(i.width()), num(i.height()), num(i.weight()));
      }
      err.flush();
      return EcomopsCommand.UNPACKED;
    }
    return EcomopsCommand.OK;
  }

  private static String num(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private List<Item> readItems() {
    CsvTable csv = CsvTable.read(items, Set.of("item_id", "length", "width", "height", "weight", "rotatable"));
    List<Item> out = new ArrayList<>();
    for (CSVRecord r : csv.rows()) {
      String id = csv.text(r, "item_id");
      double l = csv.decimal(r, "length");
      double w = csv.decimal(r, "width");
      double h = csv.decimal(r, "height");
      double kg = csv.decimal(r, "weight");
      String rot = csv.text(r, "rotatable");
      if (!rot.equals("true") && !rot.equals("false")) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "rotatable", "must be true or false, was '" + rot + "'");
      }
      out.add(csv.building(r, () -> new Item(id, l, w, h, kg, rot.equals("true"))));
    }
    return out;
  }

  private List<Carton> readCartons() {
    CsvTable csv = CsvTable.read(cartons, Set.of("carton_id", "length", "width", "height", "max_weight", "cost"));
    List<Carton> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CSVRecord r : csv.rows()) {
      String id = csv.text(r, "carton_id");
      if (!ids.add(id)) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "carton_id", id + " appears twice");
      }
      double l = csv.decimal(r, "length");
      double w = csv.decimal(r, "width");
      double h = csv.decimal(r, "height");
      double max = csv.decimal(r, "max_weight");
      double cost = csv.decimal(r, "cost");
      out.add(csv.building(r, () -> new Carton(id, l, w, h, max, cost)));
    }
    if (out.isEmpty()) {
      throw DataFileException.of(String.valueOf(cartons), "no cartons");
    }
    return out;
  }
}
