package dev.ecomops.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Standard input and output of the running command, for files given as {@code -}: a CSV or JSON
 * input named {@code -} is read from standard input (one input per run), and a CSV output named
 * {@code -} is written to standard output, the command's summary line then going to standard error
 * so the output stays pure CSV. Set by {@link EcomopsCommand#execute} for the run on its thread.
 */
final class Stdio {
  /** The name that means standard input or output. */
  static final String DASH = "-";

  private static final ThreadLocal<Stdio> CURRENT = new ThreadLocal<>();

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private boolean inTaken;

  private Stdio(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs with these streams as the thread's standard ones; returns what {@code body} does. */
  static int with(InputStream in, PrintWriter out, PrintWriter err, java.util.function.IntSupplier body) {
    Stdio before = CURRENT.get();
    CURRENT.set(new Stdio(in, out, err));
    try {
      return body.getAsInt();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** Whether a path names standard input or output. */
  static boolean isDash(Path p) {
    return p.toString().equals(DASH);
  }

  /**
   * Standard input, once per run.
   *
   * @throws UsageException when another option of the run has read it already
   */
  static InputStream takeIn() {
    Stdio s = current();
    if (s.inTaken) {
      throw new UsageException("'-' (standard input) can be given for one input only");
    }
    s.inTaken = true;
    return s.in;
  }

  /** Standard output. */
  static PrintWriter out() {
    return current().out;
  }

  /**
   * A reader of a file, or of standard input for {@code -}, that refuses bytes that are not UTF-8.
   *
   * @throws java.io.IOException when the file cannot be opened
   */
  static java.io.BufferedReader reader(Path p) throws java.io.IOException {
    if (isDash(p)) {
      return new java.io.BufferedReader(new java.io.InputStreamReader(takeIn(),
          java.nio.charset.StandardCharsets.UTF_8.newDecoder()));
    }
    return java.nio.file.Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** What errors call a file: its path, or "standard input" for {@code -}. */
  static String name(Path p) {
    return isDash(p) ? "standard input" : p.toString();
  }

  /** Where a command's summary line goes: standard error when its output file is standard output. */
  static PrintWriter summary(Path output) {
    Stdio s = current();
    return isDash(output) ? s.err : s.out;
  }

  private static Stdio current() {
    Stdio s = CURRENT.get();
    if (s == null) {
      throw new IllegalStateException("no command is running on this thread");
    }
    return s;
  }
}
