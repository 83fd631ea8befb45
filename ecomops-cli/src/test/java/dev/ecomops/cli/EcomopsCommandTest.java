package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops command line")
class EcomopsCommandTest extends CliHarness {

  @Test
  @DisplayName("--version prints the manifest's Implementation-Version; from classes (no jar) it says development build")
  void version_fromManifest() {
    assertThat(run("--version")).isZero();
    String v = EcomopsCommand.class.getPackage().getImplementationVersion();
    assertThat(out.toString().strip()).isEqualTo("ecomops " + (v == null ? "development build" : v));
    assertThat(out.toString()).doesNotContain("null");
  }

  @Test
  @DisplayName("demo exits 0 and prints balances that follow from its script")
  void demo_printsBalancesAndLedger() {
    assertThat(run("demo")).isZero();
    String text = out.toString();
    // 120 received, 3 shipped, count found 116 (one short of the 117 book)
    assertThat(text).containsPattern("TEE-BLK-M\\s+DC-EAST\\s+116\\s+0\\s+0\\s+0\\s+116");
    // 50 coffee received in two lots, 25 picked FEFO: 20 of the lot expiring 2026-12-20 first
    assertThat(text).containsPattern("COFFEE-250G@DC-EAST\\s+4 PICK\\s+20\\s+R-4\\s+L2609");
    assertThat(text).contains("refused: insufficient stock at TEE-BLK-M@DC-WEST: requested 50 but available to promise is 40");
    assertThat(text).contains("1 reservation expired");
    assertThat(text).contains("Ledger");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("demo output is the same on every run")
  void demo_deterministic() {
    run("demo");
    String first = out.toString();
    out.getBuffer().setLength(0);
    run("demo");
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  @DisplayName("--no-ledger leaves the ledger out")
  void demo_noLedger() {
    assertThat(run("demo", "--no-ledger")).isZero();
    assertThat(out.toString()).contains("Balances").doesNotContain("Ledger");
  }

  @Test
  @DisplayName("--help exits 0 for the command and every subcommand")
  void help() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo").contains("Exit codes");
    assertThat(run("demo", "--help")).isZero();
  }

  @Test
  @DisplayName("an unknown option exits 2 with a message")
  void badOption_exits2() {
    assertThat(run("demo", "--frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("--frobnicate");
  }

  @Test
  @DisplayName("no command exits 2 with the usage on standard error; --help prints no picocli warning")
  void noCommand_exits2() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Usage").contains("give a command");
    err.getBuffer().setLength(0);
    assertThat(run("--help")).isZero();
    assertThat(run("forecast", "--help")).isZero();
    assertThat(out.toString()).contains("95% intervals");
    assertThat(err.toString()).doesNotContain("WARN").doesNotContain("UnknownFormatConversion");
  }

  @Test
  @DisplayName("a CSV saved by Excel (byte order mark before the header) is read; a header naming a column twice exits 2")
  void bomAndDuplicateHeaders() throws java.io.IOException {
    java.nio.file.Path history = write("h.csv", "\uFEFFseries_id,t,value", "A,1,10", "A,2,12", "A,3,11");
    java.nio.file.Path out1 = dir.resolve("f.csv");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "2", "--method", "naive",
        "--output", out1.toString())).isZero();
    java.nio.file.Path twice = write("h2.csv", "series_id,t,value,value", "A,1,10,11");
    assertThat(run("forecast", "--input", twice.toString(), "--frequency", "1", "--horizon", "2", "--output",
        dir.resolve("f2.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("h2.csv").contains("value");
  }

  @Test
  @DisplayName("an output that is a directory, or in a folder that does not exist, exits 2 with one line, no stack trace")
  void unwritableOutput_exit2() throws java.io.IOException {
    java.nio.file.Path history = write("h.csv", "series_id,t,value", "A,1,10", "A,2,12");
    for (java.nio.file.Path target : new java.nio.file.Path[] {dir, dir.resolve("missing").resolve("f.csv")}) {
      err.getBuffer().setLength(0);
      assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "1", "--method",
          "naive", "--output", target.toString())).as(target.toString()).isEqualTo(2);
      assertThat(err.toString()).as(target.toString()).startsWith("ecomops: bad input: cannot read or write")
          .doesNotContain("\tat ").hasLineCount(1);
    }
  }

  @Test
  @DisplayName("output files get the umask's permissions, and a symbolic link is written through and stays a link")
  void outputFiles_respectTheFileSystem() throws java.io.IOException {
    java.nio.file.Path history = write("h.csv", "series_id,t,value", "A,1,10", "A,2,12");
    java.nio.file.Path probe = java.nio.file.Files.createFile(dir.resolve("probe"));
    java.nio.file.Path out1 = dir.resolve("f.csv");
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "1", "--method", "naive",
        "--output", out1.toString())).isZero();
    assertThat(java.nio.file.Files.getPosixFilePermissions(out1)).isEqualTo(java.nio.file.Files.getPosixFilePermissions(probe));
    java.nio.file.Path real = dir.resolve("real.csv");
    java.nio.file.Files.writeString(real, "old");
    java.nio.file.Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("link.csv"), real);
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "1", "--method", "naive",
        "--output", link.toString())).isZero();
    assertThat(java.nio.file.Files.isSymbolicLink(link)).isTrue();
    assertThat(java.nio.file.Files.readString(real)).startsWith("series_id,method");
  }

  @Test
  @DisplayName("an output that is not a regular file (a named pipe, as a device would be) is written into, not replaced")
  void outputIntoPipe() throws Exception {
    org.assertj.core.api.Assumptions.assumeThat(new java.io.File("/usr/bin/mkfifo")).exists();
    java.nio.file.Path history = write("h.csv", "series_id,t,value", "A,1,10", "A,2,12");
    java.nio.file.Path fifo = dir.resolve("pipe.csv");
    assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
    java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return java.nio.file.Files.readString(fifo);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(run("forecast", "--input", history.toString(), "--frequency", "1", "--horizon", "1", "--method", "naive",
        "--output", fifo.toString())).as(err.toString()).isZero();
    assertThat(read.get(1, java.util.concurrent.TimeUnit.MINUTES)).startsWith("series_id,method");
    // still a pipe: a device (--output /dev/stdout, as root) is not replaced by a regular file either
    assertThat(java.nio.file.Files.isRegularFile(fifo)).isFalse();
    assertThat(java.nio.file.Files.exists(fifo)).isTrue();
  }
}
