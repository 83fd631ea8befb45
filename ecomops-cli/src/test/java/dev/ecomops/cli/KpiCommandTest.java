package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops kpi")
class KpiCommandTest extends CliHarness {
  static final String[] EVENTS = {
      "{\"type\":\"order_shipped\",\"at\":\"2026-11-02T10:00:00Z\",\"order_id\":\"S1\",\"placed_at\":\"2026-11-02T08:00:00Z\","
          + "\"ship_by\":\"2026-11-02T12:00:00Z\",\"channel\":\"web\",\"location\":\"DC1\",\"carrier\":\"UPS\",\"units\":3,"
          + "\"accurate\":true,\"labour_cost\":\"1.50\",\"packaging_cost\":\"0.50\",\"shipping_cost\":\"5.00\","
          + "\"cost_of_goods\":\"10.00\",\"currency\":\"USD\"}",
      "{\"type\":\"order_shipped\",\"at\":\"2026-11-03T10:00:00Z\",\"order_id\":\"S2\",\"placed_at\":\"2026-11-02T10:00:00Z\","
          + "\"ship_by\":\"2026-11-02T18:00:00Z\",\"channel\":\"web\",\"location\":\"DC1\",\"carrier\":\"FDX\",\"units\":1,"
          + "\"accurate\":false,\"labour_cost\":\"2.00\",\"packaging_cost\":\"0.70\",\"shipping_cost\":\"8.00\","
          + "\"cost_of_goods\":\"6.00\",\"currency\":\"USD\"}",
      "",
      "{\"type\":\"survey_answered\",\"ticket_id\":\"T1\",\"at\":\"2026-11-04T10:00:00Z\",\"channel\":\"chat\",\"score\":5}"};

  @Test
  @DisplayName("writes report.html, kpis.csv and kpis.json; the CSV holds each KPI per window and segment with its target and breach")
  void writesReports() throws Exception {
    Path events = write("events.jsonl", EVENTS);
    Path targets = write("targets.json", "{\"order_accuracy\": {\"min\": 0.99}, \"cycle_time_p90\": {\"max\": 48}}");
    Path out = dir.resolve("report");
    assertThat(run("kpi", "--events", events.toString(), "--targets", targets.toString(), "--out", out.toString(),
        "--period", "2026-11-02/2026-11-09")).as(err.toString()).isZero();
    assertThat(this.out.toString()).contains("3 facts", "breaches");
    List<CSVRecord> csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(out.resolve("kpis.csv")))
        .getRecords();
    CSVRecord accuracy = csv.stream().filter(r -> r.get("kpi").equals("order_accuracy") && r.get("dimension").equals("all"))
        .findFirst().orElseThrow();
    assertThat(accuracy.get("window")).isEqualTo("week");
    assertThat(accuracy.get("start")).isEqualTo("2026-11-02");
    assertThat(accuracy.get("value")).isEqualTo("0.5");
    assertThat(accuracy.get("numerator")).isEqualTo("1");
    assertThat(accuracy.get("denominator")).isEqualTo("2");
    assertThat(accuracy.get("target")).isEqualTo("≥ 0.99");
    assertThat(accuracy.get("breach")).isEqualTo("true");
    // the UPS segment met it; a KPI with nothing to measure is empty, not 0
    assertThat(csv).anySatisfy(r -> {
      assertThat(r.get("kpi")).isEqualTo("order_accuracy");
      assertThat(r.get("segment")).isEqualTo("UPS");
      assertThat(r.get("breach")).isEqualTo("false");
    });
    assertThat(csv).anySatisfy(r -> {
      assertThat(r.get("kpi")).isEqualTo("inventory_turnover");
      assertThat(r.get("value")).isEmpty();
    });
    String json = Files.readString(out.resolve("kpis.json"));
    assertThat(json).contains("\"breaches\"", "order_accuracy 0.5000 missed ≥ 0.99 in WEEK of 2026-11-02, all=all");
    assertThat(Files.readString(out.resolve("report.html"))).contains("data:image/png;base64,", "target ≥ 0.99");
    assertThat(accuracy.get("partial")).isEqualTo("false");
  }

  @Test
  @DisplayName("without --period the facts' first to last day is the period: a week they cover three days of is partial, not a breach")
  void partialWeek_noBreach() throws Exception {
    Path events = write("events.jsonl", EVENTS);
    Path targets = write("targets.json", "{\"order_accuracy\": {\"min\": 0.99}}");
    Path out = dir.resolve("report");
    assertThat(run("kpi", "--events", events.toString(), "--targets", targets.toString(), "--out", out.toString()))
        .as(err.toString()).isZero();
    assertThat(this.out.toString()).contains("0 breaches");
    List<CSVRecord> csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(out.resolve("kpis.csv")))
        .getRecords();
    assertThat(csv).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("partial")).isEqualTo("true");
      assertThat(r.get("breach")).isEqualTo("false");
    });
    assertThat(Files.readString(out.resolve("report.html"))).contains("partial");
    for (String bad : new String[] {"2026-11-09/2026-11-02", "2026-11-02", "monday/friday", "2026-11-02/2026-11-02"}) {
      assertThat(run("kpi", "--events", events.toString(), "--out", dir.resolve("r2").toString(), "--period", bad))
          .as(bad).isEqualTo(2);
      assertThat(err.toString()).contains("--period: must be FROM/TO");
    }
  }

  @Test
  @DisplayName("bad lines: each with its number and reason, exit 2, nothing written")
  void badLines() throws Exception {
    Path events = write("events.jsonl", EVENTS[0],
        "{\"type\":\"survey_answered\",\"ticket_id\":\"T1\",\"at\":\"2026-11-04T10:00:00Z\",\"channel\":\"chat\",\"score\":7}",
        "{\"type\":\"order_shipped\"",
        EVENTS[1].replace("\"currency\":\"USD\"", "\"currency\":\"EUR\""));
    Path out = dir.resolve("report");
    assertThat(run("kpi", "--events", events.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("events.jsonl:2: score: must be 1 to 5", "events.jsonl:3: line: is not JSON",
        "events.jsonl:4: currency: must be the engine's USD", "3 bad line(s), first at line 2");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("bytes that are not UTF-8 are a bad line, exit 2 with its number, not a stack trace")
  void invalidUtf8_exit2() throws Exception {
    Path events = write("events.jsonl", EVENTS[0]);
    byte[] good = Files.readAllBytes(events);
    byte[] bad = new byte[good.length + 4];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3;
    bad[good.length + 1] = (byte) 0x28;
    bad[good.length + 2] = (byte) 0xFF;
    bad[good.length + 3] = '\n';
    Files.write(events, bad);
    Path out = dir.resolve("report");
    assertThat(run("kpi", "--events", events.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("events.jsonl:2: line: is not valid UTF-8").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("bad options and targets name what is wrong, exit 2")
  void badOptions() throws Exception {
    Path events = write("events.jsonl", EVENTS);
    Path out = dir.resolve("r");
    assertThat(run("kpi", "--events", events.toString(), "--out", out.toString(), "--window", "year")).isEqualTo(2);
    assertThat(err.toString()).contains("--window");
    Path targets = write("targets.json", "{\"order_acuracy\": {\"min\": 0.99}}");
    assertThat(run("kpi", "--events", events.toString(), "--out", out.toString(), "--targets", targets.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("targets.json", "order_acuracy", "unknown KPI");
    assertThat(run("kpi", "--events", dir.resolve("nope.jsonl").toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope.jsonl: no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("a report replaces the files of the last one all together, leaves no staging files behind, and a failed run leaves them as they were")
  void reportFiles_allOrNothing() throws Exception {
    Path events = write("events.jsonl", EVENTS[0], EVENTS[1]);
    Path out = dir.resolve("report");
    Files.createDirectories(out);
    Files.writeString(out.resolve("kpis.csv"), "old");
    Files.writeString(out.resolve("notes.txt"), "the user's own file");
    Path bad = write("bad.jsonl", EVENTS[0], "{\"type\":\"order_shipped\"");
    assertThat(run("kpi", "--events", bad.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(Files.readString(out.resolve("kpis.csv"))).isEqualTo("old");
    assertThat(run("kpi", "--events", events.toString(), "--out", out.toString())).isZero();
    assertThat(Files.readString(out.resolve("kpis.csv"))).startsWith("window,start,dimension");
    assertThat(out.resolve("kpis.json")).exists();
    assertThat(out.resolve("report.html")).exists();
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the user's own file");
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".ecomops-"));
    }
  }

  @Test
  @DisplayName("a cost with a huge exponent (1e100000000) is a bad line, exit 2, not a hang")
  void hugeExponent_exit2() throws Exception {
    Path events = write("events.jsonl", EVENTS[0].replace("\"labour_cost\":\"1.50\"", "\"labour_cost\":\"1e100000000\""));
    Path out = dir.resolve("report");
    assertThat(run("kpi", "--events", events.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("events.jsonl:1: labour_cost");
    assertThat(out).doesNotExist();
  }
}
