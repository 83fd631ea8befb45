package dev.ecomops.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a command's CSV output all or nothing: to a temporary file beside the target, then moved
 * into place, so a failure half way leaves no partial file (and no file at all if there was none).
 */
final class CsvOutput {
  private CsvOutput() {}

  /** What prints the rows. */
  @FunctionalInterface
  interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  static void write(Path output, String[] header, Rows rows) throws IOException {
    Path target = output.toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), ".ecomops", ".csv");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(w)) {
        rows.print(csv);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
