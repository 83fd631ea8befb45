package dev.ecomops.cli;

import dev.ecomops.kpi.KpiValue;
import dev.ecomops.kpi.Window;
import dev.ecomops.kpi.ab.AbComparison;
import dev.ecomops.kpi.ab.AbResult;
import dev.ecomops.kpi.io.TargetsJson;
import dev.ecomops.kpi.targets.Target;
import dev.ecomops.simulator.SimulationConfig;
import dev.ecomops.simulator.SimulationResult;
import dev.ecomops.simulator.SimulationStores;
import dev.ecomops.simulator.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops simulate}: runs the operations simulator and writes the KPI dashboard and CSVs;
 * with {@code --compare a.json b.json} runs both configurations on the same seed and writes each
 * one's report and the KPI differences with significance. Same seed and configuration, same bytes.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate a store's operations and write the KPI report; --compare runs two configurations on one seed.")
final class SimulateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--days", description = "Days to simulate (default: the configuration's, 365).")
  Integer days;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--config", description = "Configuration JSON; any setting left out keeps its default (README).")
  Path config;

  @Option(names = "--compare", arity = "2", paramLabel = "CONFIG",
      description = "Two configuration JSON files to compare on the same seed.")
  List<Path> compare;

  @Option(names = "--targets", description = "Targets JSON, as for ecomops kpi (default: the README's example targets).")
  Path targetsFile;

  @Option(names = "--window", defaultValue = "week", description = "day, week or month (default: ${DEFAULT-VALUE}).")
  String window = "week";

  @Option(names = "--jdbc", paramLabel = "URL", description = "Keep the simulation's stores in PostgreSQL at this JDBC URL"
      + " (jdbc:postgresql://host/db?user=..&password=..), each run in a new schema; same results as in memory.")
  String jdbc;

  @Option(names = "--out", required = true, description = "Directory for report.html, kpis.csv, kpis.json, returns.csv (with --compare: a/, b/ and compare.csv).")
  Path out;

  @Override
  public Integer call() throws IOException {
    try {
      return simulate();
    } finally {
      pools.forEach(com.zaxxer.hikari.HikariDataSource::close);
    }
  }

  private Integer simulate() throws IOException {
    Window w = KpiCommand.window(window);
    List<Target> targets = targets();
    PrintWriter stdout = spec.commandLine().getOut();
    if (compare != null) {
      if (config != null) {
        throw new UsageException("--config and --compare: give one or the other");
      }
      SimulationConfig a = config(compare.get(0));
      SimulationConfig b = config(compare.get(1));
      SimulationResult ra = run(a, "A");
      SimulationResult rb = run(b, "B");
      // both runs see the same customers on the same days: KPIs without a test of their own get an
      // interval from paired weeks
      List<AbResult> diff = AbComparison.comparePaired(ra.kpis(), rb.kpis(), dev.ecomops.kpi.Window.WEEK, 0.95);
      try (OutputSet files = new OutputSet(out, OWN_FILES)) {
        KpiCommand.Report.of(ra.kpis(), w, targets).write(files, "a/", "ecomops simulate: " + a.name());
        KpiCommand.Report.of(rb.kpis(), w, targets).write(files, "b/", "ecomops simulate: " + b.name());
        writeComparison(files.file("compare.csv"), diff);
        files.commit();
      }
      stdout.printf(Locale.ROOT, "A = %s, B = %s, seed %d, %d days%n", a.name(), b.name(), seed, a.days());
      stdout.printf(Locale.ROOT, "%-24s %12s %12s %12s %25s %9s%n", "kpi", "A", "B", "B - A", "95% interval", "p");
      for (AbResult r : diff) {
        stdout.printf(Locale.ROOT, "%-24s %12s %12s %12s %25s %9s %s%n", r.kpi().id(), num(r.a().value()),
            num(r.b().value()), num(r.difference()), Double.isNaN(r.low()) ? "" : "[" + num(r.low()) + ", "
                + num(r.high()) + "]", Double.isNaN(r.pValue()) ? "" : String.format(Locale.ROOT, "%.4f", r.pValue()),
            r.significant() ? "*" : "");
      }
      stdout.printf(Locale.ROOT, "* significant at 5%%; wrote a/, b/ and compare.csv to %s%n", out);
      return EcomopsCommand.OK;
    }
    SimulationConfig c = config == null ? SimulationConfig.defaults() : config(config);
    if (days != null) {
      c = c.withDays(days);
    }
    SimulationResult r = run(c, "");
    KpiCommand.Report report = KpiCommand.Report.of(r.kpis(), w, targets);
    try (OutputSet files = new OutputSet(out, OWN_FILES)) {
      report.write(files, "", "ecomops simulate: " + c.name());
      writeReturns(files.file("returns.csv"), r);
      files.commit();
    }
    stdout.printf(Locale.ROOT, "%s: %d days from %s, seed %d: %,d orders (%,d units), %,d shipments, %,d purchase orders, "
        + "%,d backordered lines, %,d returns, %,d tickets; %,d facts, %d breaches%n", c.name(), c.days(), c.start(), seed,
        r.orders(), r.units(), r.shipments(), r.purchaseOrders(), r.backorderedLines(), r.returns(), r.tickets(),
        r.kpis().factCount(), report.breaches().size());
    KpiValue accuracy = dev.ecomops.kpi.Kpi.ORDER_ACCURACY.of(r.kpis().total(), r.kpis().settings());
    stdout.printf(Locale.ROOT, "order accuracy %.2f%%; wrote report.html, kpis.csv, kpis.json, returns.csv to %s%n",
        accuracy.value() * 100, out);
    return EcomopsCommand.OK;
  }

  /** Files a run of this command writes at the top of its output directory; a run removes those it does not write again. */
  static final Set<String> OWN_FILES = Set.of("report.html", "kpis.csv", "kpis.json", "returns.csv", "compare.csv");

  private SimulationResult run(SimulationConfig c, String label) {
    SimulationConfig run = days != null ? c.withDays(days) : c;
    return Simulator.run(run, seed, progress(run.days(), label), stores(jdbc != null ? jdbc : run.database(), label));
  }

  /** Pools opened for --jdbc runs, closed when the command ends. */
  private final List<com.zaxxer.hikari.HikariDataSource> pools = new java.util.ArrayList<>();

  /**
   * The in-memory stores, or for a JDBC URL (--jdbc, else the configuration's {@code database}) a
   * new schema's PostgreSQL stores (its name on standard error).
   */
  private SimulationStores stores(String url, String label) {
    if (url.isEmpty()) {
      return SimulationStores.inMemory();
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new UsageException("--jdbc (or the configuration's database): must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db), was '" + url + "'");
    }
    // a pool: without one every store call would open a connection of its own
    com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
    pool.setJdbcUrl(url);
    pool.setMaximumPoolSize(2);
    pool.setInitializationFailTimeout(-1); // an unreachable server is reported by the migration below, as bad input
    pool.setConnectionTimeout(5_000);
    com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource(pool);
    pools.add(ds);
    String schema = "ecomops_sim_" + Long.toHexString(new java.security.SecureRandom().nextLong() >>> 1);
    try {
      dev.ecomops.jdbc.EcomopsSchema.migrate(ds, schema);
    } catch (IllegalStateException e) {
      throw new UsageException("--jdbc (or the configuration's database): cannot prepare schema " + schema + " at " + url + ": " + e.getMessage());
    }
    spec.commandLine().getErr().println("ecomops: run " + (label.isEmpty() ? "" : label + " ") + "keeps its stores in"
        + " schema " + schema);
    return new SimulationStores(() -> dev.ecomops.jdbc.JdbcInventoryStore.create(ds, schema),
        () -> dev.ecomops.jdbc.JdbcPurchaseOrderRepository.create(ds, schema),
        () -> dev.ecomops.jdbc.JdbcOrderRepository.create(ds, schema),
        () -> dev.ecomops.jdbc.JdbcReturnRepository.create(ds, schema),
        () -> dev.ecomops.jdbc.JdbcRefundLedger.create(ds, schema),
        () -> dev.ecomops.jdbc.JdbcTicketRepository.create(ds, schema),
        () -> dev.ecomops.jdbc.JdbcTrackingRepository.create(ds, schema),
        () -> dev.ecomops.jdbc.JdbcCountRepository.create(ds, schema));
  }

  /** A progress bar on standard error when it is a terminal; nothing otherwise. */
  private IntConsumer progress(int total, String label) {
    if (System.console() == null) {
      return d -> { };
    }
    PrintWriter err = spec.commandLine().getErr();
    return d -> {
      if (d % 5 == 0 || d == total - 1) {
        int width = 40;
        int done = (d + 1) * width / total;
        err.printf(Locale.ROOT, "\r%s[%s%s] day %d/%d", label.isEmpty() ? "" : label + " ", "#".repeat(done),
            " ".repeat(width - done), d + 1, total);
        if (d == total - 1) {
          err.println();
        }
        err.flush();
      }
    };
  }

  private List<Target> targets() {
    if (targetsFile == null) {
      return List.of(Target.atLeast(dev.ecomops.kpi.Kpi.ORDER_ACCURACY, 0.99),
          Target.atLeast(dev.ecomops.kpi.Kpi.ON_TIME_SHIPPING, 0.95),
          Target.atMost(dev.ecomops.kpi.Kpi.SHIP_TIME_P90, 48),
          Target.atMost(dev.ecomops.kpi.Kpi.CYCLE_TIME_P90, 120),
          Target.atLeast(dev.ecomops.kpi.Kpi.ON_TIME_DELIVERY, 0.90),
          Target.atLeast(dev.ecomops.kpi.Kpi.FILL_RATE, 0.95),
          Target.atMost(dev.ecomops.kpi.Kpi.FIRST_RESPONSE_P90, 8),
          Target.atLeast(dev.ecomops.kpi.Kpi.CSAT, 0.6));
    }
    return JsonFile.readWith(targetsFile, TargetsJson::read);
  }

  private static SimulationConfig config(Path file) {
    return JsonFile.readWith(file, SimulationConfig::read);
  }

  private static void writeReturns(Path file, SimulationResult r) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      csv.printRecord("reason", "units", "restocked", "damaged");
      for (var e : r.returnsByReason().entrySet()) {
        csv.printRecord(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1]);
      }
    }
  }

  private static void writeComparison(Path file, List<AbResult> diff) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      csv.printRecord("kpi", "a", "b", "difference", "low", "high", "p_value", "test", "significant");
      for (AbResult r : diff) {
        csv.printRecord(r.kpi().id(), num(r.a().value()), num(r.b().value()), num(r.difference()), num(r.low()),
            num(r.high()), num(r.pValue()), r.test(), r.significant());
      }
    }
  }

  private static String num(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}
