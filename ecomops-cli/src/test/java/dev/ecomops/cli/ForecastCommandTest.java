package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops forecast")
class ForecastCommandTest extends CliHarness {

  @Test
  @DisplayName("writes series_id,method,step,forecast,lo95,hi95 for every step; auto names the method it chose")
  void forecast_format() throws IOException {
    Path history = write("h.csv", "series_id,t,value", "A,1,10", "A,2,10", "A,3,10", "A,4,10", "B,1,0", "B,2,3", "B,4,3",
        "B,5,0", "B,6,0", "B,7,3");
    Path out = dir.resolve("f.csv");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "2", "--output",
        out.toString())).isZero();
    List<String> rows = Files.readAllLines(out);
    assertThat(rows.get(0)).isEqualTo("series_id,method,step,forecast,lo95,hi95");
    // A is constant: ETS and Theta both forecast 10 exactly, with zero-width intervals
    // the method holds commas, so CSV quotes it
    assertThat(rows.get(1)).isEqualTo("A,\"ets(A,N,N)+theta\",1,10.000000,10.000000,10.000000");
    assertThat(rows).hasSize(5);
    // B (t = 3 missing, read as zero) is intermittent: SBA
    assertThat(rows.get(3)).startsWith("B,sba,1,");
    assertThat(this.out.toString()).contains("forecast 2 series with auto");
  }

  @Test
  @DisplayName("meta gives each series its frequency and horizon; --backtest prints accuracy per method")
  void meta_andBacktest() throws IOException {
    Path history = write("h.csv", "series_id,t,value", "A,1,1", "A,2,2", "A,3,3", "A,4,4", "A,5,5", "A,6,6");
    Path meta = write("m.csv", "series_id,frequency,horizon", "A,1,3");
    Path out = dir.resolve("f.csv");
    assertThat(run("forecast", "--input", history.toString(), "--meta", meta.toString(), "--method", "naive",
        "--backtest", "--output", out.toString())).isZero();
    // differences all 1: σ = 1, so 6 ± 1.959964 √h
    assertThat(Files.readAllLines(out)).containsExactly("series_id,method,step,forecast,lo95,hi95",
        "A,naive,1,6.000000,4.040036,7.959964", "A,naive,2,6.000000,3.228192,8.771808",
        "A,naive,3,6.000000,2.605243,9.394757");
    assertThat(this.out.toString()).contains("method", "sMAPE", "MASE").containsPattern("naive\\s+\\d");
  }

  @Test
  @DisplayName("--method ets names the ETS model it chose for each series; a model can be given")
  void ets() throws IOException {
    List<String> rows = new ArrayList<>(List.of("series_id,t,value"));
    for (int t = 1; t <= 48; t++) {
      // a clear multiplicative season of 4 on a rising level
      rows.add("S," + t + "," + (100 + 2 * t) * (t % 4 == 0 ? 1.5 : t % 4 == 2 ? 0.6 : 0.95));
    }
    Path history = write("h.csv", rows.toArray(String[]::new));
    Path out = dir.resolve("f.csv");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "4", "--horizon", "4", "--method", "ets",
        "--output", out.toString())).isZero();
    List<String> written = Files.readAllLines(out);
    assertThat(written).hasSize(5);
    assertThat(written.get(1)).matches("S,\"ets\\([AM],(N|A|Ad),[AM]\\)\",1,.*");
    Path fixed = dir.resolve("g.csv");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "4", "--horizon", "4", "--method",
        "ets(A,Ad,N)", "--output", fixed.toString())).isZero();
    assertThat(Files.readAllLines(fixed).get(1)).startsWith("S,\"ets(A,Ad,N)\",1,");
  }

  @Test
  @DisplayName("bad rows exit 2 naming file, line and field, and write nothing")
  void badRows() throws IOException {
    Path out = dir.resolve("f.csv");
    Path negative = write("h1.csv", "series_id,t,value", "A,1,1", "A,2,-3");
    assertThat(run("forecast", "--input", negative.toString(), "--frequency", "1", "--horizon", "1", "--output",
        out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(negative + ":3: value: was -3.0 but must be a finite number at least 0");
    Path descending = write("h2.csv", "series_id,t,value", "A,2,1", "A,1,1");
    assertThat(run("forecast", "--input", descending.toString(), "--frequency", "1", "--horizon", "1", "--output",
        out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(descending + ":3: t: was 1 but must ascend within series A");
    Path history = write("h3.csv", "series_id,t,value", "A,1,1", "B,1,1");
    Path meta = write("m.csv", "series_id,frequency,horizon", "A,1,2");
    assertThat(run("forecast", "--input", history.toString(), "--meta", meta.toString(), "--output", out.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(history + ":3: series_id: series B has no row in");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "1", "--method", "arima",
        "--output", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown method 'arima' (one of auto, ets, theta");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "1", "--method",
        "ets(A,N,M)", "--output", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--method: season: ");
    Path zeros = write("h4.csv", "series_id,t,value", "A,1,0", "A,2,3", "A,3,4", "A,4,2", "A,5,5", "A,6,3");
    assertThat(run("forecast", "--input", zeros.toString(), "--frequency", "1", "--horizon", "1", "--method",
        "ets(M,N,N)", "--output", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(zeros + ": series A: history: ").contains("must be positive for ets(M,N,N)");
    assertThat(run("forecast", "--input", history.toString(), "--output", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("give --meta, or both --frequency and --horizon");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("a horizon or season beyond the limits exits 2 instead of being truncated (4294967299 is not 3) or exhausting memory")
  void hugeHorizon_exit2() throws IOException {
    Path history = write("h.csv", "series_id,t,value", "A,1,10", "A,2,12", "A,3,11");
    Path out = dir.resolve("f.csv");
    Path meta = write("m.csv", "series_id,frequency,horizon", "A,1,4294967299");
    assertThat(run("forecast", "--input", history.toString(), "--meta", meta.toString(), "--output", out.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(meta + ":2: horizon: was 4294967299 but must be from 1 to 10000");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "1000000000", "--output",
        out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--horizon from 1 to 10000");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("a gap to period 2,000,000,000 exits 2 naming t instead of running out of memory")
  void hugeGap_exit2() throws IOException {
    Path history = write("h.csv", "series_id,t,value", "A,1,10", "A,2000000000,12");
    Path out = dir.resolve("f.csv");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "2", "--output",
        out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(history + ":3: t: was 2000000000 but must be from 1 to 1000000");
    assertThat(out).doesNotExist();
  }
}
