package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops route")
class RouteCommandTest extends CliHarness {

  @Test
  @DisplayName("prints one line of JSON: method, length and the visits as [aisle, position]")
  void json() throws IOException {
    Path layout = write("layout.json", "{\"aisles\":10,\"aisleLength\":10.0,\"aisleSpacing\":2.5,\"depotAisle\":0}");
    Path picks = write("picks.csv", "aisle,position", "3,4.5", "1,9", "7,2", "3,8");
    // S-shape by hand: 2.5 to aisle 1, through it (10), 5 to aisle 3, through it (10), 10 to
    // aisle 7, in and out to 2 (4), 17.5 home: 59
    assertThat(run("route", "--layout", layout.toString(), "--picks", picks.toString(), "--method", "sshape")).isZero();
    assertThat(out.toString().trim())
        .isEqualTo("{\"method\":\"sshape\",\"length\":59.0,\"visits\":[[1,9.0],[3,8.0],[3,4.5],[7,2.0]]}");
    out.getBuffer().setLength(0);
    assertThat(run("route", "--layout", layout.toString(), "--picks", picks.toString())).isZero();
    assertThat(out.toString().trim()).startsWith("{\"method\":\"optimal\",\"length\":59.0,\"visits\":[");
  }

  @Test
  @DisplayName("two blocks: positions run along the whole aisle, the optimum uses the middle cross aisle; heuristics refuse")
  void twoBlocks() throws IOException {
    Path layout = write("layout.json",
        "{\"aisles\":3,\"aisleLength\":10.0,\"aisleSpacing\":2,\"depotAisle\":0,\"blocks\":2}");
    // aisle 0 up to 10 (the middle cross aisle), across to aisle 2 (4), up to 14 and back (8),
    // back across (4) and down (10): 36
    Path picks = write("picks.csv", "aisle,position", "2,14");
    assertThat(run("route", "--layout", layout.toString(), "--picks", picks.toString())).isZero();
    assertThat(out.toString().trim()).isEqualTo("{\"method\":\"optimal\",\"length\":36.0,\"visits\":[[2,14.0]]}");
    assertThat(run("route", "--layout", layout.toString(), "--picks", picks.toString(), "--method", "sshape"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--method sshape: blocks: must be 1 for sshape");
  }

  @Test
  @DisplayName("bad layouts, picks and methods exit 2 naming the file, line and field")
  void badInput() throws IOException {
    Path picks = write("picks.csv", "aisle,position", "3,4.5");
    Path missing = write("l1.json", "{\"aisles\":10,\"aisleLength\":10.0,\"depotAisle\":0}");
    assertThat(run("route", "--layout", missing.toString(), "--picks", picks.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(missing + ": aisleSpacing: missing");
    Path depot = write("l2.json", "{\"aisles\":3,\"aisleLength\":10.0,\"aisleSpacing\":2,\"depotAisle\":3}");
    assertThat(run("route", "--layout", depot.toString(), "--picks", picks.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(depot + ": depotAisle: must be in [0, 3)");
    Path unknown = write("l3.json", "{\"aisles\":10,\"aisleLength\":10,\"aisleSpacing\":2,\"depotAisle\":0,\"colour\":1}");
    assertThat(run("route", "--layout", unknown.toString(), "--picks", picks.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(unknown + ": colour: unknown field");
    Path layout = write("layout.json", "{\"aisles\":4,\"aisleLength\":10.0,\"aisleSpacing\":2.5,\"depotAisle\":0}");
    Path far = write("p2.csv", "aisle,position", "1,2", "4,1");
    assertThat(run("route", "--layout", layout.toString(), "--picks", far.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(far + ":3: aisle: was 4 but the layout has 4 aisles");
    Path deep = write("p3.csv", "aisle,position", "1,12");
    assertThat(run("route", "--layout", layout.toString(), "--picks", deep.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(deep + ":2: position: was 12.0 but must be in [0, 10.0]");
    assertThat(run("route", "--layout", layout.toString(), "--picks", picks.toString(), "--method", "zigzag"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--method: must be optimal, sshape");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("a layout of a billion aisles exits 2 naming the field instead of running out of memory; 4294967306 is not read as 10")
  void hugeLayout_exit2() throws IOException {
    Path picks = write("picks.csv", "aisle,position", "3,4.5");
    for (String aisles : new String[] {"1000000000", "4294967306"}) {
      Path layout = write("l.json", "{\"aisles\":" + aisles + ",\"aisleLength\":10.0,\"aisleSpacing\":2,\"depotAisle\":0}");
      err.getBuffer().setLength(0);
      assertThat(run("route", "--layout", layout.toString(), "--picks", picks.toString())).isEqualTo(2);
      assertThat(err.toString()).contains(layout + ": aisles: must be from 1 to 10000, was " + aisles);
    }
  }
}
