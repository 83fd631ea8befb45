package dev.ecomops.cli;

import dev.ecomops.core.Check;
import dev.ecomops.core.DataFileException;
import dev.ecomops.forecasting.replenishment.PromotionCalendar;
import dev.ecomops.forecasting.replenishment.PromotionCalendar.Promotion;
import dev.ecomops.forecasting.replenishment.PurchaseSuggestion;
import dev.ecomops.forecasting.replenishment.Replenisher;
import dev.ecomops.forecasting.replenishment.SupplierTerms;
import dev.ecomops.forecasting.selection.Auto;
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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops replenish}: for every row of a policy CSV, forecasts the SKU's baseline demand at
 * the location from its history (promoted periods divided by their lift), lifts the periods ahead
 * that a promotion covers, sizes safety stock for the row's cycle service level or fill rate over
 * the lead time (and review period), applies the row's policy to the inventory position from the
 * stock CSV, and writes suggested purchase orders rounded to the supplier's minimum and case pack.
 * Formats are in the README.
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

  @Option(names = "--policy", required = true, description = "Policy CSV: sku,location,policy,lead_time,service_level|fill_rate[,...].")
  Path policy;

  @Option(names = "--promotions", description = "Promotion calendar CSV: sku,location,from_t,to_t,lift (blank sku or location: all).")
  @Nullable Path promotionsFile;

  @Option(names = "--output", required = true, description = "Where to write the purchase orders CSV; - for standard output.")
  Path output;

  private record Position(double onHand, double onOrder, double reserved) {}

  private record Row(String sku, String location, String policy, PurchaseSuggestion suggestion, double reorderPoint,
      double orderUpTo, double safetyStock) {}

  @Override
  public Integer call() throws IOException {
    Map<String, Position> positions = readStock();
    Map<String, double[]> series = HistoryCsv.read(history).series();
    PromotionCalendar promotions = readPromotions();
    CsvTable csv = CsvTable.read(policy, Set.of("sku", "location", "policy", "lead_time"));
    List<Row> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CSVRecord r : csv.rows()) {
      String key = csv.text(r, "sku") + "@" + csv.text(r, "location");
      Long first = seen.putIfAbsent(key, CsvTable.line(r));
      if (first != null) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "sku", key + " already has a policy on line " + first);
      }
      rows.add(plan(csv, r, positions, series, promotions));
    }
    write(rows);
    long ordering = rows.stream().filter(r -> r.suggestion().quantity() > 0).count();
    Stdio.summary(output).printf(Locale.ROOT, "%d policies, %d purchase orders suggested; written to %s%n",
        rows.size(), ordering, output);
    return EcomopsCommand.OK;
  }

  private Row plan(CsvTable csv, CSVRecord r, Map<String, Position> positions, Map<String, double[]> series,
      PromotionCalendar promotions) {
    String sku = csv.text(r, "sku");
    String location = csv.text(r, "location");
    String key = sku + "@" + location;
    Position pos = positions.get(key);
    if (pos == null) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), "sku", "no row for " + key + " in " + stock);
    }
    String kind = csv.text(r, "policy");
    if (!List.of("sQ", "sS", "RS").contains(kind)) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), "policy", "must be sQ, sS or RS, was '" + kind + "'");
    }
    String supplierId = csv.optional(r, "supplier");
    double lead = atMost(csv, r, "lead_time", positive(csv, r, "lead_time"), MAX_PERIODS);
    double leadSd = optionalNumber(csv, r, "lead_time_sd", 0);
    long moq = csv.optional(r, "moq") == null ? 0 : csv.wholeNumber(r, "moq", 0, (long) CsvTable.MAX_DECIMAL);
    long pack = csv.optional(r, "case_pack") == null ? 1 : csv.wholeNumber(r, "case_pack", 1, (long) CsvTable.MAX_DECIMAL);
    SupplierTerms supplier = csv.building(r, () -> new SupplierTerms(supplierId == null ? "" : supplierId, lead, leadSd,
        moq, pack));
    boolean byServiceLevel = csv.optional(r, "service_level") != null;
    if (byServiceLevel == (csv.optional(r, "fill_rate") != null)) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), "service_level", "give exactly one of service_level and fill_rate");
    }
    Replenisher.ServiceTarget target = byServiceLevel
        ? Replenisher.ServiceTarget.cycleServiceLevel(fraction(csv, r, "service_level", 0.5, "[0.5, 1)"))
        : Replenisher.ServiceTarget.fillRate(fraction(csv, r, "fill_rate", Double.MIN_VALUE, "(0, 1)"));
    Replenisher.Spec spec = switch (kind) {
      case "sQ" -> orderQuantitySpec(csv, r, supplier, target);
      case "sS" -> csv.building(r, () -> Replenisher.Spec.minMax(supplier, optionalNumber(csv, r, "order_up_to_periods", 4),
          target));
      default -> Replenisher.Spec.periodic(supplier, atMost(csv, r, "review_period", positive(csv, r, "review_period"),
          MAX_PERIODS), target);
    };
    double[] y = series.getOrDefault(key, new double[] {0});
    Replenisher.Plan plan = csv.building(r, () -> REPLENISHER.plan(y, spec, promotions, sku, location));
    PurchaseSuggestion suggestion = csv.building(r, () -> Replenisher.suggest(plan, spec, sku, location, pos.onHand(),
        pos.onOrder(), pos.reserved(), true));
    return new Row(sku, location, kind, suggestion, plan.reorderPoint(), plan.orderUpTo(), plan.safetyStock());
  }

  /** The recipe, with the forecaster that picks a method by demand class. */
  private static final Replenisher REPLENISHER = Replenisher.with(Auto.byClass());

  /**
   * An (s, Q) row: Q is {@code order_quantity} when given, else the EOQ from {@code order_cost}
   * (per order) and {@code holding_cost} (per unit and period) at the forecast demand per period.
   */
  private static Replenisher.Spec orderQuantitySpec(CsvTable csv, CSVRecord r, SupplierTerms supplier,
      Replenisher.ServiceTarget target) {
    if (csv.optional(r, "order_quantity") != null) {
      double q = positive(csv, r, "order_quantity");
      return Replenisher.Spec.reorderPoint(supplier, q, target);
    }
    if (csv.optional(r, "order_cost") == null || csv.optional(r, "holding_cost") == null) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), "order_quantity",
          "sQ needs order_quantity, or order_cost and holding_cost for the EOQ");
    }
    double k = positive(csv, r, "order_cost");
    double h = positive(csv, r, "holding_cost");
    return Replenisher.Spec.reorderPointEoq(supplier, k, h, target);
  }

  private PromotionCalendar readPromotions() {
    if (promotionsFile == null) {
      return PromotionCalendar.empty();
    }
    CsvTable csv = CsvTable.read(promotionsFile, Set.of("sku", "location", "from_t", "to_t", "lift"));
    List<Promotion> out = new ArrayList<>();
    for (CSVRecord r : csv.rows()) {
      String sku = csv.optional(r, "sku");
      String location = csv.optional(r, "location");
      int from = (int) csv.wholeNumber(r, "from_t", 1, Integer.MAX_VALUE);
      int to = (int) csv.wholeNumber(r, "to_t", 1, Integer.MAX_VALUE);
      double lift = csv.decimal(r, "lift");
      out.add(csv.building(r, () -> new Promotion(sku, location, from, to, lift)));
    }
    return PromotionCalendar.of(out);
  }

  /** The longest lead time or review period, in periods: forecasts are made that far ahead, one value a period. */
  static final double MAX_PERIODS = 3_650;

  private static double atMost(CsvTable csv, CSVRecord r, String field, double v, double max) {
    if (v > max) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), field, "was " + v + " but must be at most " + (long) max
          + " periods");
    }
    return v;
  }

  /** A number in [low, 1). */
  private static double fraction(CsvTable csv, CSVRecord r, String field, double low, String range) {
    double v = csv.decimal(r, field);
    if (!(v >= low && v < 1)) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), field, "was " + v + " but must be in " + range);
    }
    return v;
  }

  private static double positive(CsvTable csv, CSVRecord r, String field) {
    double v = csv.decimal(r, field);
    if (!(v > 0) || Double.isInfinite(v)) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), field, "was " + v + " but must be positive");
    }
    return v;
  }

  private static double optionalNumber(CsvTable csv, CSVRecord r, String field, double otherwise) {
    if (csv.optional(r, field) == null) {
      return otherwise;
    }
    double v = csv.decimal(r, field);
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), field, "was " + v + " but must be at least 0");
    }
    return v;
  }

  private Map<String, Position> readStock() {
    CsvTable csv = CsvTable.read(stock, Set.of("sku", "location", "on_hand", "on_order", "reserved"));
    Map<String, Position> out = new HashMap<>();
    for (CSVRecord r : csv.rows()) {
      String key = csv.text(r, "sku") + "@" + csv.text(r, "location");
      Position p = new Position(csv.wholeNumber(r, "on_hand", 0, Check.MAX_QUANTITY),
          csv.wholeNumber(r, "on_order", 0, Check.MAX_QUANTITY), csv.wholeNumber(r, "reserved", 0, Check.MAX_QUANTITY));
      if (out.put(key, p) != null) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "sku", key + " appears twice");
      }
    }
    return out;
  }

  private void write(List<Row> rows) throws IOException {
    CsvOutput.write(output, new String[] {"sku", "location", "policy", "position", "reorder_point", "order_up_to",
        "safety_stock", "quantity", "supplier"}, csv -> {
          for (Row r : rows) {
            csv.printRecord(r.sku(), r.location(), r.policy(), two(r.suggestion().position()),
                Double.isNaN(r.reorderPoint()) ? "" : two(r.reorderPoint()), two(r.orderUpTo()), two(r.safetyStock()),
                r.suggestion().quantity(), r.suggestion().supplier());
          }
        });
  }

  private static String two(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
