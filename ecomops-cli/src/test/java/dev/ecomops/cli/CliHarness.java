package dev.ecomops.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** What every command test needs: run the CLI capturing its output, and write input files into a temporary folder. */
abstract class CliHarness {
  /** Standard output of the runs so far. */
  final StringWriter out = new StringWriter();
  /** Standard error of the runs so far. */
  final StringWriter err = new StringWriter();
  @TempDir
  Path dir;

  /** Runs {@code ecomops} with the arguments; returns its exit code. */
  int run(String... args) {
    return EcomopsCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** Writes lines to a file under the temporary folder (creating folders on the way). */
  Path write(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, List.of(lines), StandardCharsets.UTF_8);
    return p;
  }
}
