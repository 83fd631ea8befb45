package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops allocate")
class AllocateCommandTest extends CliHarness {

  private static Path sample(String name) {
    try {
      return Path.of(AllocateCommandTest.class.getResource("/allocate/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private int allocate(Path locations, Path stock, Path orders, String strategy, Path output) {
    return run("allocate", "--locations", locations.toString(), "--stock", stock.toString(), "--orders", orders.toString(),
        "--strategy", strategy, "--output", output.toString());
  }

  @Test
  @DisplayName("nearest: each order ships from the nearest location that holds it, shortfalls by policy")
  void nearest_plan() throws IOException {
    Path plan = dir.resolve("plan.csv");
    assertThat(allocate(sample("locations.csv"), sample("stock.csv"), sample("orders.csv"), "nearest", plan)).isZero();
    List<String> rows = Files.readAllLines(plan);
    assertThat(rows.get(0)).isEqualTo("order_id,outcome,line_id,sku,location,quantity,status,decided_by");
    // New York order from NYC; Chicago order from CHI, both lines
    assertThat(rows).contains("A-1,ALLOCATED,1,TEE,NYC,1,HELD,nearest", "B-2,ALLOCATED,1,TEE,CHI,1,HELD,nearest",
        "B-2,ALLOCATED,2,MUG,CHI,1,HELD,nearest");
    // one CAP in stock: C-3 (partial) holds it and cancels the other; D-4 (reject) then holds nothing
    assertThat(rows).contains("C-3,PARTLY_ALLOCATED,1,CAP,NYC,1,HELD,nearest", "C-3,PARTLY_ALLOCATED,1,CAP,,1,CANCELLED,",
        "D-4,REJECTED,1,CAP,,1,REJECTED,", "D-4,REJECTED,2,TEE,,1,REJECTED,");
    // NYC, nearest, has 1 TEE left after A-1: E-5 must ship complete, so it goes to the next nearest
    // that holds 3, CHI (4 left after B-2)
    assertThat(rows).contains("E-5,ALLOCATED,1,TEE,CHI,3,HELD,\"ship complete from one location, then nearest\"");
    assertThat(out.toString()).contains("allocated 5 orders with nearest");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("every strategy runs on the sample and writes a plan")
  void everyStrategy() throws IOException {
    for (String s : List.of("priority", "nearest", "min-split", "min-cost")) {
      Path plan = dir.resolve(s + ".csv");
      assertThat(allocate(sample("locations.csv"), sample("stock.csv"), sample("orders.csv"), s, plan)).as(s).isZero();
      assertThat(Files.readAllLines(plan)).as(s).hasSizeGreaterThan(7);
    }
  }

  @Test
  @DisplayName("min-split ships B-2 from one location where priority splits it")
  void minSplit_vsPriority() throws IOException {
    Path stock = write("stock.csv", "sku,location,quantity", "TEE,NYC,5", "MUG,LAX,5", "TEE,CHI,5", "MUG,CHI,5");
    Path orders = write("orders.csv", "order_id,line_id,sku,quantity,country", "B-2,1,TEE,1,US", "B-2,2,MUG,1,US");
    Path byPriority = dir.resolve("p.csv");
    Path byMinSplit = dir.resolve("m.csv");
    assertThat(allocate(sample("locations.csv"), stock, orders, "priority", byPriority)).isZero();
    assertThat(allocate(sample("locations.csv"), stock, orders, "min-split", byMinSplit)).isZero();
    assertThat(Files.readAllLines(byPriority)).contains("B-2,ALLOCATED,1,TEE,NYC,1,HELD,priority",
        "B-2,ALLOCATED,2,MUG,LAX,1,HELD,priority");
    assertThat(Files.readAllLines(byMinSplit)).contains("B-2,ALLOCATED,1,TEE,CHI,1,HELD,fewest shipments (exact)",
        "B-2,ALLOCATED,2,MUG,CHI,1,HELD,fewest shipments (exact)");
  }

  @Test
  @DisplayName("a bad quantity exits 2 naming file, line and field, and writes nothing")
  void badRow() throws IOException {
    Path orders = write("orders.csv", "order_id,line_id,sku,quantity,country", "A-1,1,TEE,1,US", "A-2,1,TEE,-2,US");
    Path plan = dir.resolve("plan.csv");
    assertThat(allocate(sample("locations.csv"), sample("stock.csv"), orders, "priority", plan)).isEqualTo(2);
    assertThat(err.toString()).contains(orders + ":3: quantity: was -2 but must be from 1 to 1000000000000");
    assertThat(plan).doesNotExist();
  }

  @Test
  @DisplayName("lines whose quantities would sum past a long exit 2 naming the quantity, instead of backordering the whole order")
  void hugeQuantities_exit2() throws IOException {
    Path orders = write("orders.csv", "order_id,line_id,sku,quantity,country", "A-1,1,TEE,9223372036854775000,US",
        "A-1,2,MUG,9223372036854775000,US");
    Path plan = dir.resolve("plan.csv");
    assertThat(allocate(sample("locations.csv"), sample("stock.csv"), orders, "priority", plan)).isEqualTo(2);
    assertThat(err.toString()).contains(orders + ":2: quantity: was 9223372036854775000 but must be from 1 to 1000000000000");
    assertThat(plan).doesNotExist();
  }

  @Test
  @DisplayName("bad input in each file is named: unknown location, bad country, missing column, duplicate line, unknown strategy")
  void badInputs() throws IOException {
    Path plan = dir.resolve("plan.csv");
    Path stock = write("s1.csv", "sku,location,quantity", "TEE,NOWHERE,1");
    assertThat(allocate(sample("locations.csv"), stock, sample("orders.csv"), "priority", plan)).isEqualTo(2);
    assertThat(err.toString()).contains(stock + ":2: location: unknown location 'NOWHERE'");
    Path locations = write("l1.csv", "id,country,latitude,longitude", "X,usa,1,1");
    assertThat(allocate(locations, sample("stock.csv"), sample("orders.csv"), "priority", plan)).isEqualTo(2);
    assertThat(err.toString()).contains(locations + ":2: country: must be an ISO 3166-1 alpha-2 code in upper case");
    Path noQty = write("o1.csv", "order_id,line_id,sku,country", "A,1,TEE,US");
    assertThat(allocate(sample("locations.csv"), sample("stock.csv"), noQty, "priority", plan)).isEqualTo(2);
    assertThat(err.toString()).contains(noQty + ":1: quantity: required column is missing");
    Path dup = write("o2.csv", "order_id,line_id,sku,quantity,country", "A,1,TEE,1,US", "A,1,MUG,1,US");
    assertThat(allocate(sample("locations.csv"), sample("stock.csv"), dup, "priority", plan)).isEqualTo(2);
    assertThat(err.toString()).contains(dup + ":2: lines: line ids must be unique");
    assertThat(allocate(sample("locations.csv"), sample("stock.csv"), sample("orders.csv"), "cheapest", plan)).isEqualTo(2);
    assertThat(err.toString()).contains("unknown strategy 'cheapest'");
    assertThat(allocate(dir.resolve("missing.csv"), sample("stock.csv"), sample("orders.csv"), "priority", plan)).isEqualTo(2);
    assertThat(err.toString()).contains("missing.csv: no such file");
    assertThat(plan).doesNotExist();
  }

  @Test
  @DisplayName("--help describes the command and exits 0")
  void help() {
    assertThat(run("allocate", "--help")).isZero();
    assertThat(out.toString()).contains("--strategy", "--output", "min-split");
  }
}
