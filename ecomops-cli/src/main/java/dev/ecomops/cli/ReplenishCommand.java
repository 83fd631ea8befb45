package dev.ecomops.cli;

import dev.ecomops.forecasting.method.Auto;
import dev.ecomops.forecasting.method.Forecast;
import dev.ecomops.forecasting.replenishment.Policy;
import dev.ecomops.forecasting.replenishment.PurchaseSuggestion;
import dev.ecomops.forecasting.replenishment.SafetyStock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops replenish}: for every row of a policy CSV, forecasts the SKU's demand at the
 * location from its history, sizes safety stock for the row's cycle service level over the lead
 * time (and review period), applies the row's policy to the inventory position from the stock CSV,
 * and writes suggested purchase orders. Formats are in the README.
 */
@Command(name = "replenish", mixinStandardHelpOptions = true,
    description = "Suggest purchase orders from stock, demand history and replenishment policies (CSV in, CSV out).")
final class ReplenishCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--stock", required = true, description = "Stock CSV: sku,location,on_hand,on_order,reserved.")
  Path stock;

  @Option(names = "--history", required = true, description = "History CSV: series_id,t,value with series_id sku@location.")
  Path history;

  @Option(names = "--policy", required = true, description = "Policy CSV: sku,location,policy,lead_time,service_level[,...].")
  Path policy;

  @Option(names = "--output", required = true, description = "Where to write the purchase orders CSV.")
  Path output;

  private record Position(double onHand, double onOrder, double reserved) {}

  private record Row(String sku, String location, String policy, PurchaseSuggestion suggestion, double reorderPoint,
      double orderUpTo, double safetyStock) {}

  @Override
  public Integer call() throws IOException {
    Map<String, Position> positions = readStock();
    Map<String, double[]> series = HistoryCsv.read(history).series();
    CsvTable csv = CsvTable.read(policy, Set.of("sku", "location", "policy", "lead_time", "service_level"));
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : csv.rows()) {
      rows.add(plan(csv, r, positions, series));
    }
    write(rows);
    long ordering = rows.stream().filter(r -> r.suggestion().quantity() > 0).count();
    spec.commandLine().getOut().printf(Locale.ROOT, "%d policies, %d purchase orders suggested; written to %s%n",
        rows.size(), ordering, output);
    return EcomopsCommand.OK;
  }

  private Row plan(CsvTable csv, CSVRecord r, Map<String, Position> positions, Map<String, double[]> series) {
    String sku = csv.text(r, "sku");
    String location = csv.text(r, "location");
    String key = sku + "@" + location;
    Position pos = positions.get(key);
    if (pos == null) {
      throw new InputException(csv.file(), CsvTable.line(r), "sku", "no row for " + key + " in " + stock);
    }
    String kind = csv.text(r, "policy");
    double lead = positive(csv, r, "lead_time");
    double leadSd = optionalNumber(csv, r, "lead_time_sd", 0);
    double level = csv.building(r, () -> {
      double v = csv.decimal(r, "service_level");
      SafetyStock.forCycleServiceLevel(1, v); // checks the range, naming the field
      return v;
    });
    double review = kind.equals("RS") ? positive(csv, r, "review_period") : 0;
    long moq = (long) optionalNumber(csv, r, "moq", 0);
    long pack = (long) optionalNumber(csv, r, "case_pack", 1);
    double[] y = series.getOrDefault(key, new double[] {0});
    int horizon = (int) Math.ceil(lead + review);
    Forecast f = Auto.byClass().forecast(y, 1, Math.max(1, horizon));
    double sum = 0;
    for (double v : f.mean()) {
      sum += v / f.horizon();
    }
    double meanPerPeriod = sum;
    double sdPerPeriod = (f.hi95()[0] - f.mean()[0]) / 1.959964;
    double cover = lead + review;
    double ss = csv.building(r, () -> SafetyStock.forCycleServiceLevel(
        SafetyStock.sdOverLeadTime(meanPerPeriod, sdPerPeriod, cover, leadSd), level));
    double s = SafetyStock.reorderPoint(meanPerPeriod, lead, kind.equals("RS") ? 0 : ss);
    Policy chosen;
    double upTo;
    switch (kind) {
      case "sQ" -> {
        double q = positive(csv, r, "order_quantity");
        chosen = csv.building(r, () -> new Policy.ReorderPointQuantity(s, q));
        upTo = s + q;
      }
      case "sS" -> {
        upTo = s + meanPerPeriod * optionalNumber(csv, r, "order_up_to_periods", 4) + 1e-9;
        double target = upTo;
        chosen = csv.building(r, () -> new Policy.ReorderPointOrderUpTo(s, Math.max(target, s + 1)));
      }
      case "RS" -> {
        upTo = meanPerPeriod * cover + ss;
        chosen = new Policy.PeriodicOrderUpTo(upTo);
      }
      default -> throw new InputException(csv.file(), CsvTable.line(r), "policy", "must be sQ, sS or RS, was '" + kind + "'");
    }
    Policy p = chosen;
    PurchaseSuggestion suggestion = csv.building(r, () -> PurchaseSuggestion.of(sku, location, p, pos.onHand(),
        pos.onOrder(), pos.reserved(), true, moq, pack));
    return new Row(sku, location, kind, suggestion, kind.equals("RS") ? Double.NaN : s, upTo, ss);
  }

  private static double positive(CsvTable csv, CSVRecord r, String field) {
    double v = csv.decimal(r, field);
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new InputException(csv.file(), CsvTable.line(r), field, "was " + v + " but must be positive");
    }
    return v;
  }

  private static double optionalNumber(CsvTable csv, CSVRecord r, String field, double otherwise) {
    if (csv.optional(r, field) == null) {
      return otherwise;
    }
    double v = csv.decimal(r, field);
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new InputException(csv.file(), CsvTable.line(r), field, "was " + v + " but must be at least 0");
    }
    return v;
  }

  private Map<String, Position> readStock() {
    CsvTable csv = CsvTable.read(stock, Set.of("sku", "location", "on_hand", "on_order", "reserved"));
    Map<String, Position> out = new HashMap<>();
    for (CSVRecord r : csv.rows()) {
      String key = csv.text(r, "sku") + "@" + csv.text(r, "location");
      Position p = new Position(csv.nonNegativeLong(r, "on_hand"), csv.nonNegativeLong(r, "on_order"),
          csv.nonNegativeLong(r, "reserved"));
      if (out.put(key, p) != null) {
        throw new InputException(csv.file(), CsvTable.line(r), "sku", key + " appears twice");
      }
    }
    return out;
  }

  private void write(List<Row> rows) throws IOException {
    CsvOutput.write(output, new String[] {"sku", "location", "policy", "position", "reorder_point", "order_up_to",
        "safety_stock", "quantity"}, csv -> {
          for (Row r : rows) {
            csv.printRecord(r.sku(), r.location(), r.policy(), two(r.suggestion().position()),
                Double.isNaN(r.reorderPoint()) ? "" : two(r.reorderPoint()), two(r.orderUpTo()), two(r.safetyStock()),
                r.suggestion().quantity());
          }
        });
  }

  private static String two(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
