package dev.ecomops.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a command's CSV output all or nothing: to a temporary file beside the target, then moved
 * into place, so a failure half way leaves no partial file (and no file at all if there was none).
 * The file gets the permissions the umask gives a new file (or keeps those of the file it
 * replaces); a symbolic link is written through, to the file it points at, and stays a link; a
 * target that is not a regular file (a device, a pipe) is written to directly. {@code -} is
 * standard output.
 */
final class CsvOutput {
  private CsvOutput() {}

  /** What prints the rows. */
  @FunctionalInterface
  interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  static void write(Path output, String[] header, Rows rows) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
    if (Stdio.isDash(output)) {
      java.io.PrintWriter out = Stdio.out();
      CSVPrinter csv = format.print(out); // not closed: standard output stays open for the run
      rows.print(csv);
      csv.flush();
      if (out.checkError()) {
        throw new IOException("standard output: write failed");
      }
      return;
    }
    Path target = output.toAbsolutePath();
    if (Files.isSymbolicLink(target) && Files.exists(target)) {
      target = target.toRealPath(); // write through the link: the link stays, its file is replaced
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      if (Files.isDirectory(target)) {
        throw new java.nio.file.FileSystemException(target.toString(), null, "is a directory");
      }
      // a device or a pipe: nothing to replace atomically, write into it
      try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
          CSVPrinter csv = format.print(w)) {
        rows.print(csv);
      }
      return;
    }
    Path tmp = target.resolveSibling("." + target.getFileName() + ".ecomops-" + Long.toHexString(System.nanoTime()));
    try {
      // created as any new file is, so the umask decides its permissions (a temp file would be 0600)
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE); CSVPrinter csv = format.print(w)) {
        rows.print(csv);
      }
      if (Files.exists(target)) {
        try {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException notPosix) {
          // keep what the file system gave the new file
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
