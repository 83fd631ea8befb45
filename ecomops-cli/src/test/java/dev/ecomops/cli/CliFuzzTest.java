package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzz tests (Jazzer) of every file the CLI parses (locations, stock and orders
 * CSV; history and meta CSV; replenish policy; items and cartons; shipments; KPI events and
 * targets; returns policy; Solomon instances; simulation configuration; each file of a carrier's rate
 * tables). The property, for any
 * bytes: the command either succeeds (exit 0, or a documented answer such as {@code pack}'s 3)
 * or refuses the input as bad (exit 2, one line naming the file), never fails with an internal
 * error or a stack trace. {@code mvn verify} replays the
 * committed corpus in {@code src/test/resources/dev/ecomops/cli/CliFuzzTestInputs/<method>/}; a
 * fuzzing run by hand: {@code JAZZER_FUZZ=1 mvn -pl ecomops-cli test -Dtest=CliFuzzTest#history}
 * (each target stops after its {@code maxDuration}; a failing input is written beside the corpus).
 */
class CliFuzzTest {
  @TempDir
  Path dir;

  /** Runs a command with {@code data} as the file named {@code name}, and checks the property. */
  private void check(byte[] data, String name, List<String> args) throws IOException {
    check(data, name, args, 0, 2);
  }

  /**
   * As {@link #check(byte[], String, List)}, with the exit codes the command may answer ({@code
   * pack} also answers 3, its documented "some item fits no carton").
   */
  private void check(byte[] data, String name, List<String> args, Integer... allowed) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, data);
    List<String> all = new ArrayList<>();
    for (String a : args) {
      all.add(a.replace("{file}", file.toString()).replace("{dir}", dir.toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EcomopsCommand.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    assertThat(code).as("exit code; stderr: %s", err).isIn((Object[]) allowed);
    assertThat(err.toString()).as("stderr").doesNotContain("internal error").doesNotContain("\tat ");
  }

  private Path fixture(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, List.of(lines));
    return p;
  }

  @FuzzTest(maxDuration = "60s")
  void history(byte[] data) throws IOException {
    check(data, "h.csv", List.of("forecast", "--input", "{file}", "--frequency", "2", "--horizon", "3", "--method",
        "naive", "--output", "{dir}/f.csv"));
  }

  @FuzzTest(maxDuration = "60s")
  void meta(byte[] data) throws IOException {
    fixture("h.csv", "series_id,t,value", "A,1,10", "A,2,12", "A,3,11", "A,4,13");
    check(data, "m.csv", List.of("forecast", "--input", "{dir}/h.csv", "--meta", "{file}", "--method", "naive",
        "--output", "{dir}/f.csv"));
  }

  @FuzzTest(maxDuration = "60s")
  void replenishPolicy(byte[] data) throws IOException {
    fixture("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,20,0,5");
    fixture("h.csv", "series_id,t,value", "TEE@DC1,1,10", "TEE@DC1,2,10", "TEE@DC1,3,12");
    check(data, "p.csv", List.of("replenish", "--stock", "{dir}/s.csv", "--history", "{dir}/h.csv", "--policy", "{file}",
        "--output", "{dir}/po.csv"));
  }

  @FuzzTest(maxDuration = "60s")
  void allocateOrders(byte[] data) throws IOException {
    fixture("l.csv", "id,country,latitude,longitude", "NYC,US,40.7,-74.0", "LAX,US,34.0,-118.2");
    fixture("s.csv", "sku,location,quantity", "TEE,NYC,5", "MUG,LAX,5");
    check(data, "o.csv", List.of("allocate", "--locations", "{dir}/l.csv", "--stock", "{dir}/s.csv", "--orders",
        "{file}", "--strategy", "priority", "--output", "{dir}/plan.csv"));
  }

  @FuzzTest(maxDuration = "60s")
  void kpiEvents(byte[] data) throws IOException {
    check(data, "e.jsonl", List.of("kpi", "--events", "{file}", "--out", "{dir}/report"));
  }

  @FuzzTest(maxDuration = "60s")
  void returnsPolicy(byte[] data) throws IOException {
    fixture("o.json", ReturnsCommandTest.ORDER);
    fixture("r.json", "{\"requestedOn\": \"2026-11-10\", \"lines\": [{\"lineId\": \"1\", \"quantity\": 1,"
        + " \"reason\": \"DEFECTIVE\", \"condition\": \"OPENED\"}]}");
    check(data, "p.json", List.of("returns", "--policy", "{file}", "--order", "{dir}/o.json", "--request",
        "{dir}/r.json"));
  }

  @FuzzTest(maxDuration = "60s")
  void solomon(byte[] data) throws IOException {
    check(data, "v.txt", List.of("vrp", "--solomon", "{file}", "--iterations", "20"));
  }

  @FuzzTest(maxDuration = "60s")
  void allocateLocations(byte[] data) throws IOException {
    fixture("s.csv", "sku,location,quantity", "TEE,NYC,5");
    fixture("o.csv", "order_id,line_id,sku,quantity,country", "A-1,1,TEE,1,US");
    check(data, "l.csv", List.of("allocate", "--locations", "{file}", "--stock", "{dir}/s.csv", "--orders", "{dir}/o.csv",
        "--strategy", "nearest", "--output", "{dir}/plan.csv"));
  }

  @FuzzTest(maxDuration = "60s")
  void allocateStock(byte[] data) throws IOException {
    fixture("l.csv", "id,country,latitude,longitude", "NYC,US,40.7,-74.0");
    fixture("o.csv", "order_id,line_id,sku,quantity,country", "A-1,1,TEE,1,US");
    check(data, "s.csv", List.of("allocate", "--locations", "{dir}/l.csv", "--stock", "{file}", "--orders", "{dir}/o.csv",
        "--strategy", "priority", "--output", "{dir}/plan.csv"));
  }

  @FuzzTest(maxDuration = "60s")
  void packItems(byte[] data) throws IOException {
    fixture("c.csv", "carton_id,length,width,height,max_weight,cost", "BOX,40,40,40,30,1");
    check(data, "i.csv", List.of("pack", "--items", "{file}", "--cartons", "{dir}/c.csv", "--output", "{dir}/p.csv"), 0, 2,
        EcomopsCommand.UNPACKED);
  }

  @FuzzTest(maxDuration = "60s")
  void packCartons(byte[] data) throws IOException {
    fixture("i.csv", "item_id,length,width,height,weight,rotatable", "A,10,10,10,1,true");
    check(data, "c.csv", List.of("pack", "--items", "{dir}/i.csv", "--cartons", "{file}", "--output", "{dir}/p.csv"), 0, 2,
        EcomopsCommand.UNPACKED);
  }

  /** A carrier's rate table directory {@code rates/fast}, valid in every file. */
  private Path rateFixture() throws IOException {
    Path carrier = dir.resolve("rates").resolve("fast");
    Files.createDirectories(carrier);
    Files.write(carrier.resolve("carrier.csv"), List.of("name,currency,units,fuel_percent", "fast,USD,imperial,0"));
    Files.write(carrier.resolve("services.csv"), List.of("service,divisor,increment", "std,139,1"));
    Files.write(carrier.resolve("zones.csv"), List.of("origin,destination,zone", "US,US,1"));
    Files.write(carrier.resolve("rates.csv"), List.of("service,zone,max_weight,price", "std,1,50,20.00"));
    Files.write(carrier.resolve("transit.csv"), List.of("service,zone,days", "std,1,1"));
    Files.write(carrier.resolve("surcharges.csv"), List.of("surcharge,amount,threshold", "residential,4.50,"));
    return carrier;
  }

  /** Quotes one shipment with the fixture's rate tables, {@code table} of them replaced by {@code data}. */
  private void rateTable(byte[] data, String table) throws IOException {
    Path carrier = rateFixture();
    fixture("sh.csv", "shipment_id,origin_country,origin_postal,destination_country,destination_postal,residential,"
        + "length,width,height,dimension_unit,weight,weight_unit", "A,US,10001,US,94105,true,10,10,10,in,2,lb");
    check(data, "rates/fast/" + table, List.of("rate", "--rates", "{dir}/rates", "--shipments", "{dir}/sh.csv",
        "--output", "{dir}/q.csv"));
  }

  @FuzzTest(maxDuration = "60s")
  void rateShipments(byte[] data) throws IOException {
    rateFixture();
    check(data, "sh.csv", List.of("rate", "--rates", "{dir}/rates", "--shipments", "{file}", "--output", "{dir}/q.csv"));
  }

  @FuzzTest(maxDuration = "30s")
  void rateCarrier(byte[] data) throws IOException {
    rateTable(data, "carrier.csv");
  }

  @FuzzTest(maxDuration = "30s")
  void rateServices(byte[] data) throws IOException {
    rateTable(data, "services.csv");
  }

  @FuzzTest(maxDuration = "30s")
  void rateZones(byte[] data) throws IOException {
    rateTable(data, "zones.csv");
  }

  @FuzzTest(maxDuration = "30s")
  void ratePrices(byte[] data) throws IOException {
    rateTable(data, "rates.csv");
  }

  @FuzzTest(maxDuration = "30s")
  void rateTransit(byte[] data) throws IOException {
    rateTable(data, "transit.csv");
  }

  @FuzzTest(maxDuration = "30s")
  void rateSurcharges(byte[] data) throws IOException {
    rateTable(data, "surcharges.csv");
  }

  @FuzzTest(maxDuration = "60s")
  void kpiTargets(byte[] data) throws IOException {
    fixture("e.jsonl", "{\"type\":\"survey_answered\",\"ticket_id\":\"T1\",\"at\":\"2026-11-04T10:00:00Z\","
        + "\"channel\":\"chat\",\"score\":5}");
    check(data, "t.json", List.of("kpi", "--events", "{dir}/e.jsonl", "--targets", "{file}", "--out", "{dir}/report"));
  }

  @FuzzTest(maxDuration = "60s")
  void simulateConfig(byte[] data) throws IOException {
    check(data, "c.json", List.of("simulate", "--config", "{file}", "--days", "3", "--out", "{dir}/sim"));
  }
}
