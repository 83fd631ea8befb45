package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops simulate")
class SimulateCommandTest extends CliHarness {
  static final String SMALL = "\"start\":\"2026-11-01\",\"skus\":60,\"ordersPerDay\":60,\"capacityPerDay\":60";

  @Test
  @DisplayName("writes the dashboard and CSVs; the same seed writes the same bytes, another seed others")
  void deterministic() throws Exception {
    Path config = write("small.json", "{\"name\":\"small\"," + SMALL + "}");
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    assertThat(run("simulate", "--config", config.toString(), "--days", "21", "--out", a.toString())).as(err.toString())
        .isZero();
    assertThat(run("simulate", "--config", config.toString(), "--days", "21", "--out", b.toString())).isZero();
    assertThat(run("simulate", "--config", config.toString(), "--days", "21", "--seed", "43", "--out", c.toString()))
        .isZero();
    assertThat(out.toString()).contains("small: 21 days from 2026-11-01, seed 42:", "orders");
    assertThat(Files.readAllLines(a.resolve("returns.csv")).get(0)).isEqualTo("reason,units,restocked,damaged");
    for (String f : List.of("report.html", "kpis.csv", "kpis.json", "returns.csv")) {
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isNotEqualTo(Files.readAllBytes(c.resolve(f)));
    }
    assertThat(Files.readString(a.resolve("report.html"))).contains("ecomops simulate: small", "data:image/png;base64,");
  }

  @Test
  @DisplayName("--compare runs two configurations on one seed and writes the differences with significance; travel per order gets its interval from paired weeks")
  void compare() throws Exception {
    Path one = write("one.json", "{\"name\":\"single\",\"batching\":false," + SMALL + "}");
    Path two = write("two.json", "{\"name\":\"batched\",\"batching\":true," + SMALL + "}");
    Path outDir = dir.resolve("cmp");
    // 77 days from a Thursday: ten whole weeks between two partial ones
    assertThat(run("simulate", "--compare", one.toString(), two.toString(), "--days", "77", "--out", outDir.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("A = single, B = batched", "labour_cost_per_order", "significant at 5%");
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get()
        .parse(Files.newBufferedReader(outDir.resolve("compare.csv"))).getRecords();
    assertThat(rows).extracting(r -> r.get("kpi")).contains("order_accuracy", "cycle_time_p90", "cost_per_order");
    CSVRecord accuracy = rows.stream().filter(r -> r.get("kpi").equals("order_accuracy")).findFirst().orElseThrow();
    assertThat(accuracy.get("test")).isEqualTo("two-proportion z");
    assertThat(Double.parseDouble(accuracy.get("p_value"))).isBetween(0.0, 1.0);
    CSVRecord travel = rows.stream().filter(r -> r.get("kpi").equals("pick_travel_per_order")).findFirst().orElseThrow();
    assertThat(travel.get("test")).isEqualTo("paired weeks");
    double low = Double.parseDouble(travel.get("low"));
    double high = Double.parseDouble(travel.get("high"));
    double difference = Double.parseDouble(travel.get("difference"));
    // batching walks less, every week: the whole interval below zero, around the difference
    assertThat(low).isLessThan(difference);
    assertThat(high).isGreaterThan(difference).isNegative();
    assertThat(outDir.resolve("a/report.html")).exists();
    assertThat(outDir.resolve("b/kpis.csv")).exists();
  }

  @Test
  @DisplayName("a bad configuration names the file and the setting, exit 2")
  void badConfig() throws Exception {
    Path bad = write("bad.json", "{\"fulfilment\":\"drones\"}");
    assertThat(run("simulate", "--config", bad.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("bad.json", "fulfilment", "3pl");
    assertThat(dir.resolve("x")).doesNotExist();
  }
}
