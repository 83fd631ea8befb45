package dev.ecomops.kpi.io;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ecomops.kpi.KpiRow;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.targets.Breach;
import dev.ecomops.kpi.targets.Target;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * KPI rows as CSV and JSON. CSV columns: {@code window,start,dimension,segment,kpi,value,
 * numerator,denominator,target,breach}: {@code value} empty when undefined (nothing to measure),
 * numbers with up to 6 decimals, {@code target} the bound in words or empty, {@code breach} true
 * or false. JSON: {@code {"currency", "zone", "rows": [{window, start, dimension, segment, kpi,
 * value, numerator, denominator}], "breaches": [{kpi, window, start, dimension, segment, value,
 * target, message}]}} with {@code null} for an undefined value.
 */
public final class KpiReport {
  private KpiReport() {}

  /** Writes the CSV. */
  public static void csv(Path file, List<KpiRow> rows, List<Target> targets, List<Breach> breaches) throws IOException {
    Map<KpiRow, Breach> broken = new IdentityHashMap<>();
    breaches.forEach(b -> broken.put(b.row(), b));
    Map<dev.ecomops.kpi.Kpi, String> bounds = targets.stream().collect(Collectors.toMap(Target::kpi, Target::describe,
        (a, b) -> a + "; " + b));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      out.printRecord("window", "start", "dimension", "segment", "kpi", "value", "numerator", "denominator", "target",
          "breach", "partial");
      for (KpiRow r : rows) {
        out.printRecord(r.window().name().toLowerCase(Locale.ROOT), r.start(), r.dimension().id(), r.segment(),
            r.kpi().id(), number(r.value().value()), number(r.value().numerator()), number(r.value().denominator()),
            bounds.getOrDefault(r.kpi(), ""), broken.containsKey(r), r.partial());
      }
    }
  }

  /** Writes the JSON. */
  public static void json(Path file, KpiSettings settings, List<KpiRow> rows, List<Breach> breaches) throws IOException {
    JsonObject root = new JsonObject();
    root.addProperty("currency", settings.currency().getCurrencyCode());
    root.addProperty("zone", settings.zone().getId());
    JsonArray rs = new JsonArray();
    for (KpiRow r : rows) {
      JsonObject o = head(r);
      o.add("value", json(r.value().value()));
      o.add("numerator", json(r.value().numerator()));
      o.add("denominator", json(r.value().denominator()));
      o.addProperty("partial", r.partial());
      rs.add(o);
    }
    root.add("rows", rs);
    JsonArray bs = new JsonArray();
    for (Breach b : breaches) {
      JsonObject o = head(b.row());
      o.add("value", json(b.row().value().value()));
      o.addProperty("target", b.target().describe());
      o.addProperty("message", b.message());
      bs.add(o);
    }
    root.add("breaches", bs);
    Files.writeString(file, new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n",
        StandardCharsets.UTF_8);
  }

  private static JsonObject head(KpiRow r) {
    JsonObject o = new JsonObject();
    o.addProperty("kpi", r.kpi().id());
    o.addProperty("window", r.window().name().toLowerCase(Locale.ROOT));
    o.addProperty("start", r.start().toString());
    o.addProperty("dimension", r.dimension().id());
    o.addProperty("segment", r.segment());
    return o;
  }

  private static com.google.gson.JsonElement json(double v) {
    return Double.isFinite(v) ? new com.google.gson.JsonPrimitive(Double.parseDouble(number(v)))
        : com.google.gson.JsonNull.INSTANCE;
  }

  /** Up to 6 decimals, no trailing zeros; empty for NaN. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }
}
