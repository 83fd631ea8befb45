package dev.ecomops.cli;

import dev.ecomops.core.DataFileException;
import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.ValidationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ecomops} command and its subcommands. */
@Command(name = "ecomops", mixinStandardHelpOptions = true, versionProvider = EcomopsCommand.Version.class,
    description = "Operations after the customer clicks buy: inventory, allocation, fulfilment, shipping, returns, forecasting, KPIs.",
    subcommands = {DemoCommand.class, AllocateCommand.class, ForecastCommand.class, ReplenishCommand.class, RouteCommand.class,
        PackCommand.class, VrpCommand.class, RateCommand.class, ReturnsCommand.class, PurchaseCommand.class, KpiCommand.class, SimulateCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error", "2:bad input (the message names file, line and field)",
        "3:pack: some items fit no carton (listed on standard error)"})
public final class EcomopsCommand implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 1;
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code of {@code pack} when some items fit no carton. */
  public static final int UNPACKED = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** With no command: the usage on standard error, and exit 2 (a script that forgot its command fails). */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "give a command");
  }

  /**
   * Runs the command line and returns its exit code, writing to the given streams; a file named
   * {@code -} is read from this process's standard input.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return 0 on success, 1 on internal error, 2 on bad input
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(System.in, out, err, args);
  }

  /**
   * Runs the command line with these standard streams and returns its exit code. A failure to
   * write standard output (a full disk, a closed pipe) is exit 2 with one line on standard error.
   *
   * @param in standard input, for files named {@code -}
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return 0 on success, 1 on internal error, 2 on bad input, 3 when pack left items unpacked
   */
  public static int execute(java.io.InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return Stdio.with(in, out, err, () -> run(out, err, args));
  }

  private static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new EcomopsCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(EcomopsCommand::exitCode);
    cl.setExecutionExceptionHandler((ex, line, parse) -> {
      int code = exitCode(ex);
      String message = ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException
          ? "cannot read or write " + ioMessage(ex) : ex.getMessage();
      line.getErr().println("ecomops: " + (code == BAD_INPUT ? "bad input: " : "internal error: ") + message);
      if (code == INTERNAL_ERROR) {
        ex.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return code;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // one line, not "Exception in thread main": the input was larger than this JVM's heap
      err.println("ecomops: internal error: out of memory (" + e.getMessage() + "); give the JVM more heap with -Xmx");
      code = INTERNAL_ERROR;
    }
    if (out.checkError()) { // flushes; PrintWriter keeps write errors to itself until asked
      err.println("ecomops: bad input: cannot write standard output (disk full or pipe closed?)");
      code = code == OK || code == UNPACKED ? BAD_INPUT : code;
    }
    err.flush();
    return code;
  }

  /** What an I/O failure says: the file and the reason, as the JDK names them. */
  private static String ioMessage(Throwable ex) {
    Throwable io = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
    String reason = io instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
        : io.getClass().getSimpleName().replace("Exception", "");
    String file = io instanceof java.nio.file.FileSystemException f ? f.getFile() : io.getMessage();
    return file + ": " + reason;
  }

  private static int exitCode(Throwable ex) {
    if (ex instanceof ValidationException || ex instanceof DataFileException || ex instanceof UsageException
        || ex instanceof CommandLine.ParameterException) {
      return BAD_INPUT;
    }
    // a file named on the command line that cannot be read or written (a directory, a missing
    // folder, no permission, a full disk) is the user's to fix: bad input, one line
    if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
      return BAD_INPUT;
    }
    return ex instanceof EcomopsException ? BAD_INPUT : INTERNAL_ERROR;
  }

  /**
   * Entry point.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // route Hibernate Validator's JBoss Logging through SLF4J, which the CLI binds to nothing
    System.setProperty("org.jboss.logging.provider", "slf4j");
    // charts are drawn off screen; no display is needed or wanted
    System.setProperty("java.awt.headless", "true");
    // checkError() of a PrintWriter over System.out asks the PrintStream, which keeps its write errors
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }

  /**
   * {@code ecomops --version}: the version the jar's manifest was built with
   * ({@code Implementation-Version}), or {@code development build} when run from classes.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ecomops " + of()};
    }

    /** The built version, or {@code development build}. */
    static String of() {
      String v = EcomopsCommand.class.getPackage().getImplementationVersion();
      return v == null || v.isBlank() ? "development build" : v;
    }
  }
}
