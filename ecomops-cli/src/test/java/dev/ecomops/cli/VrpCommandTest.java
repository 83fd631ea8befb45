package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops vrp")
class VrpCommandTest extends CliHarness {

  static final List<String> HEADER = List.of("TINY", "", "VEHICLE", "NUMBER     CAPACITY", "  3         10", "",
      "CUSTOMER", "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", " ");

  private Path instance(String... rows) throws IOException {
    List<String> lines = new ArrayList<>(HEADER);
    lines.addAll(List.of(rows));
    Path p = dir.resolve("tiny.txt");
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  @DisplayName("prints vehicles, unrounded distance and routes; two customers on each side of the depot need two vehicles of 10")
  void json() throws IOException {
    // demands 6 + 6 on the east, 6 on the west: capacity 10 forces three routes... east pair 5 apart
    Path p = instance("0 0 0 0 0 1000 0", "1 10 0 6 0 1000 0", "2 -10 0 4 0 1000 0", "3 0 10 4 0 1000 0");
    assertThat(run("vrp", "--solomon", p.toString(), "--iterations", "200")).isZero();
    JsonObject json = JsonParser.parseString(out.toString().trim()).getAsJsonObject();
    JsonArray routes = json.getAsJsonArray("routes");
    List<Integer> served = new ArrayList<>();
    routes.forEach(r -> r.getAsJsonArray().forEach(id -> served.add(id.getAsInt())));
    assertThat(served).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(json.get("vehicles").getAsInt()).isEqualTo(routes.size()).isEqualTo(2);
    // customer 1 alone (6) and 2 with 3 (4 + 4): 20 + (10 + √200 + 10)
    assertThat(json.get("distance").getAsDouble()).isCloseTo(40 + Math.sqrt(200), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  @DisplayName("a bad row exits 2 naming file, line and field")
  void badRow() throws IOException {
    Path p = instance("0 0 0 0 0 1000 0", "1 10 x 6 0 1000 0");
    assertThat(run("vrp", "--solomon", p.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(p + ":11: ycoord: must be a number, was 'x'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("a billion vehicles, a capacity of 1e308 or a negative ready time exit 2 naming the field instead of hanging or a solver's stack trace")
  void hostileNumbers_exit2() throws IOException {
    String[][] cases = {
        {"1000000000         10", "0 0 0 0 0 1000 0", "number"},
        {"3         1e308", "0 0 0 0 0 1000 0", "capacity"},
        {"3         10", "0 0 0 0 -5 1000 0", "ready_time"},
        {"3         10.5", "0 0 0 0 0 1000 0", "capacity"},
        {"3         10", "0 0 0 0x1p3 0 1000 0", "demand"},
    };
    for (String[] c : cases) {
      List<String> lines = new ArrayList<>(HEADER);
      lines.set(4, c[0]);
      lines.add(c[1]);
      lines.add("1 10 0 6 0 1000 0");
      Path p = dir.resolve("bad.txt");
      Files.write(p, lines, StandardCharsets.UTF_8);
      err.getBuffer().setLength(0);
      assertThat(run("vrp", "--solomon", p.toString(), "--iterations", "10")).as(c[0] + " / " + c[1]).isEqualTo(2);
      assertThat(err.toString()).as(c[0] + " / " + c[1]).contains(": " + c[2] + ": ").doesNotContain("\tat ");
    }
  }
}
