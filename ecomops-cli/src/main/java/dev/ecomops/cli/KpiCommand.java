package dev.ecomops.cli;

import dev.ecomops.core.DataFileException;
import dev.ecomops.kpi.Dimension;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiRow;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.Window;
import dev.ecomops.kpi.io.FactJson;
import dev.ecomops.kpi.io.KpiReport;
import dev.ecomops.kpi.io.TargetsJson;
import dev.ecomops.kpi.report.Dashboard;
import dev.ecomops.kpi.targets.Breach;
import dev.ecomops.kpi.targets.Target;
import dev.ecomops.kpi.targets.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops kpi}: computes every KPI from a JSON Lines fact file, checks targets, and writes
 * {@code report.html}, {@code kpis.csv} and {@code kpis.json}. Bad lines: every one with its
 * number and reason on standard error, exit 2, nothing written. Formats are in the README.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true,
    description = "Compute KPIs from a JSON Lines fact file; write report.html, kpis.csv and kpis.json.")
final class KpiCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--events", required = true, description = "Facts, one JSON object per line (format in the README); - for standard input.")
  Path events;

  @Option(names = "--targets", description = "Targets JSON: {\"order_accuracy\": {\"min\": 0.99}, ...}.")
  Path targetsFile;

  @Option(names = "--out", required = true, description = "Directory to write report.html, kpis.csv and kpis.json to.")
  Path out;

  @Option(names = "--window", defaultValue = "week", description = "day, week or month (default: ${DEFAULT-VALUE}).")
  String window = "week";

  @Option(names = "--zone", defaultValue = "UTC", description = "Zone whose days make the windows (default: ${DEFAULT-VALUE}).")
  String zone = "UTC";

  @Option(names = "--currency", defaultValue = "USD", description = "Currency of every amount (default: ${DEFAULT-VALUE}).")
  String currency = "USD";

  @Option(names = "--holding-rate", defaultValue = "0.25", description = "Annual holding cost as a share of stock value (default: ${DEFAULT-VALUE}).")
  double holdingRate = 0.25;

  @Option(names = "--period", description = "The days the facts cover, FROM/TO (ISO dates, TO excluded), like"
      + " 2026-11-01/2026-12-01; windows reaching outside it are partial, never breaches (default: the first to the"
      + " last day with a fact).")
  String period;

  @Option(names = "--title", defaultValue = "ecomops KPIs", description = "The dashboard's heading (default: ${DEFAULT-VALUE}).")
  String title = "ecomops KPIs";

  @Override
  public Integer call() throws IOException {
    KpiSettings settings = settings(zone, currency, holdingRate);
    Window w = window(window);
    List<Target> targets = targetsFile == null ? List.of() : JsonFile.readWith(targetsFile, TargetsJson::read);
    KpiEngine engine = KpiEngine.create(settings);
    if (period != null) {
      LocalDate[] fromTo = period(period);
      engine.observing(fromTo[0], fromTo[1]);
    }
    long repeats;
    try {
      repeats = Stdio.isDash(events) ? FactJson.read(Stdio.takeIn(), Stdio.name(events), engine::accept)
          : FactJson.read(existing(events), engine::accept);
    } catch (DataFileException e) {
      if (e.problems().get(0).line() == 0) {
        throw e; // the file as a whole (missing, unreadable): its own message says it
      }
      for (DataFileException.Problem p : e.problems()) {
        spec.commandLine().getErr().println(e.file() + ":" + p.line() + ": " + p.field() + ": " + p.rule());
      }
      throw DataFileException.of(e.file(), e.problems().size() + " bad line(s), first at line "
          + e.problems().get(0).line() + " (" + e.problems().get(0).field() + ": " + e.problems().get(0).rule()
          + "); nothing written");
    }
    Report r = Report.of(engine, w, targets);
    r.write(out, title);
    Stdio.out().printf(Locale.ROOT, "%d facts (%d repeated lines skipped), %d KPI rows, %d breaches; wrote report.html,"
        + " kpis.csv, kpis.json to %s%n", engine.factCount(), repeats, r.rows().size(), r.breaches().size(), out);
    return EcomopsCommand.OK;
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw DataFileException.of(String.valueOf(file), "no such file");
    }
    return file;
  }

  /** The settings from the command's options. */
  static KpiSettings settings(String zone, String currency, double holdingRate) {
    try {
      return new KpiSettings(ZoneId.of(zone), Currency.getInstance(currency), holdingRate);
    } catch (DateTimeException e) {
      throw new UsageException("--zone: must be a zone id like UTC or Europe/Berlin, was '" + zone + "'");
    } catch (IllegalArgumentException e) {
      throw new UsageException("--currency: must be an ISO 4217 code like USD, was '" + currency + "'");
    }
  }

  /** The {@code FROM/TO} of {@code --period}. */
  static LocalDate[] period(String text) {
    String[] parts = text.split("/", -1);
    try {
      if (parts.length == 2) {
        LocalDate from = LocalDate.parse(parts[0]);
        LocalDate to = LocalDate.parse(parts[1]);
        if (to.isAfter(from)) {
          return new LocalDate[] {from, to};
        }
      }
    } catch (java.time.format.DateTimeParseException e) {
      // reported below
    }
    throw new UsageException("--period: must be FROM/TO, two ISO dates with TO after FROM, like 2026-11-01/2026-12-01,"
        + " was '" + text + "'");
  }

  /** The window named by an option. */
  static Window window(String name) {
    try {
      return Window.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--window: must be day, week or month, was '" + name + "'");
    }
  }

  /**
   * What a KPI report holds: rows for every dimension over the window, and their breaches.
   *
   * @param engine the engine
   * @param window the window
   * @param targets the targets
   * @param rows every KPI row, all dimensions
   * @param breaches the rows that missed a target
   */
  record Report(KpiEngine engine, Window window, List<Target> targets, List<KpiRow> rows, List<Breach> breaches) {
    static Report of(KpiEngine engine, Window window, List<Target> targets) {
      List<KpiRow> rows = new ArrayList<>();
      for (Dimension d : Dimension.values()) {
        rows.addAll(engine.rows(window, d));
      }
      return new Report(engine, window, targets, rows, Targets.check(rows, targets));
    }

    /** The files a report writes. */
    static final Set<String> FILES = Set.of("report.html", "kpis.csv", "kpis.json");

    /** Writes report.html, kpis.csv and kpis.json into a directory (created if missing), all or none. */
    void write(Path dir, String title) throws IOException {
      try (OutputSet out = new OutputSet(dir, FILES)) {
        write(out, "", title);
        out.commit();
      }
    }

    /** Writes report.html, kpis.csv and kpis.json under {@code prefix} of an output set. */
    void write(OutputSet out, String prefix, String title) throws IOException {
      String html = Dashboard.html(title, engine, window, targets, breaches);
      KpiReport.csv(out.file(prefix + "kpis.csv"), rows, targets, breaches);
      KpiReport.json(out.file(prefix + "kpis.json"), engine.settings(), rows, breaches);
      Files.writeString(out.file(prefix + "report.html"), html, StandardCharsets.UTF_8);
    }
  }
}
