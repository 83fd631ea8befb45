package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("standard input and output: '-' as a file, and write failures")
class StdioTest extends CliHarness {

  private int runWithInput(String stdin, String... args) {
    return EcomopsCommand.execute(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(err), args);
  }

  @Test
  @DisplayName("an input CSV given as - is read from standard input; --output - writes pure CSV to standard output, the summary to standard error")
  void dashInAndOut() {
    int code = runWithInput("series_id,t,value\nA,1,10\nA,2,14\n", "forecast", "--input", "-", "--frequency", "1",
        "--horizon", "2", "--method", "naive", "--output", "-");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines().toList()).containsExactly("series_id,method,step,forecast,lo95,hi95",
        out.toString().lines().toList().get(1), out.toString().lines().toList().get(2)).hasSize(3);
    assertThat(out.toString().lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("A,naive,").contains(",14.000000,"));
    assertThat(err.toString()).contains("forecast 1 series").contains("written to -");
  }

  @Test
  @DisplayName("standard input serves one input per run; a second - exits 2 naming the rule")
  void dashOnce() {
    assertThat(runWithInput("id,country,latitude,longitude\nDC1,US,40.7,-74.0\n", "allocate", "--locations", "-", "--stock", "-", "--orders", "-",
        "--output", dir.resolve("p.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("one input only").doesNotContain("\tat ");
    assertThat(dir.resolve("p.csv")).doesNotExist();
  }

  @Test
  @DisplayName("bad input on standard input names 'standard input', line and field")
  void dashErrorsNameStdin() {
    assertThat(runWithInput("series_id,t,value\nA,x,10\n", "forecast", "--input", "-", "--frequency", "1", "--horizon",
        "1", "--output", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("standard input:2: t: must be a whole number");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("kpi reads facts from standard input; a folder output cannot be -")
  void kpiStdin() {
    String facts = String.join("\n", KpiCommandTest.EVENTS) + "\n";
    assertThat(runWithInput(facts, "kpi", "--events", "-", "--out", dir.resolve("r").toString())).as(err.toString()).isZero();
    assertThat(dir.resolve("r").resolve("kpis.csv")).exists();
    assertThat(runWithInput(facts, "kpi", "--events", "-", "--out", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("--out").contains("folder");
  }

  @Test
  @DisplayName("a failure to write standard output (full disk, closed pipe) exits 2 with one line, not 0")
  void stdoutWriteFailure() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    PrintWriter failing = new PrintWriter(broken, true, StandardCharsets.UTF_8);
    int code = EcomopsCommand.execute(new ByteArrayInputStream(new byte[0]), failing, new PrintWriter(err), "demo");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write standard output").hasLineCount(1);
  }

  @Test
  @DisplayName("the real entry point: standard output on a full device (/dev/full) exits 2")
  void mainOnFullDevice() throws Exception {
    File full = new File("/dev/full");
    assumeThat(full.exists()).as("/dev/full (Linux)").isTrue();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        EcomopsCommand.class.getName(), "demo").redirectOutput(full).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(stderr).isEqualTo(2);
    assertThat(stderr).contains("cannot write standard output");
  }

  @Test
  @DisplayName("kpi: a fact delivered twice counts once; an order placed twice with different units exits 2 naming both lines")
  void repeatedFacts() throws IOException {
    List<String> once = List.of(KpiCommandTest.EVENTS[0], KpiCommandTest.EVENTS[1]);
    List<String> twice = List.of(KpiCommandTest.EVENTS[0], KpiCommandTest.EVENTS[1], KpiCommandTest.EVENTS[0]);
    Path a = write("once.jsonl", once.toArray(String[]::new));
    Path b = write("twice.jsonl", twice.toArray(String[]::new));
    assertThat(run("kpi", "--events", a.toString(), "--out", dir.resolve("a").toString())).isZero();
    assertThat(run("kpi", "--events", b.toString(), "--out", dir.resolve("b").toString())).isZero();
    assertThat(out.toString()).contains("1 repeated lines skipped");
    assertThat(Files.readString(dir.resolve("b").resolve("kpis.csv")))
        .isEqualTo(Files.readString(dir.resolve("a").resolve("kpis.csv")));
    Path conflict = write("conflict.jsonl", KpiCommandTest.EVENTS[0], KpiCommandTest.EVENTS[0].replace("\"units\":3",
        "\"units\":4"));
    assertThat(run("kpi", "--events", conflict.toString(), "--out", dir.resolve("c").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("conflict.jsonl:2: order_id").contains("line 1");
    assertThat(dir.resolve("c")).doesNotExist();
  }
}
