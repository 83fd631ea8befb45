package dev.ecomops.kpi.report;

import com.google.common.html.HtmlEscapers;
import dev.ecomops.kpi.Dimension;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiRow;
import dev.ecomops.kpi.KpiValue;
import dev.ecomops.kpi.Window;
import dev.ecomops.kpi.targets.Breach;
import dev.ecomops.kpi.targets.Target;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The KPI dashboard: one self-contained HTML page (no script, no network: charts are PNG images
 * inlined as data URIs) with a summary table (each KPI over the whole period, its target and whether any window missed
 * it), a chart per KPI over time against its target (JFreeChart, rendered to PNG), and
 * the breaches with window and segment. Deterministic: the same engine and targets give the same
 * bytes.
 */
public final class Dashboard {
  private static final int WIDTH = 420;
  private static final int HEIGHT = 230;
  private static final int MAX_BREACHES = 200;
  private static final Color LINE = new Color(0x1f, 0x5f, 0xa8);
  private static final Color TARGET = new Color(0xc0, 0x39, 0x2b);

  private Dashboard() {}

  /**
   * The page.
   *
   * @param title the page's heading
   * @param window the window each chart's points are
   * @param breaches breaches to list (usually over every dimension)
   */
  public static String html(String title, KpiEngine engine, Window window, List<Target> targets, List<Breach> breaches) {
    Map<Kpi, List<Target>> byKpi = new EnumMap<>(Kpi.class);
    targets.forEach(t -> byKpi.computeIfAbsent(t.kpi(), k -> new ArrayList<>()).add(t));
    Map<Kpi, Long> missed = new EnumMap<>(Kpi.class);
    breaches.forEach(b -> missed.merge(b.row().kpi(), 1L, Long::sum));
    List<KpiRow> rows = engine.rows(window, Dimension.ALL);
    var total = engine.total();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;margin:24px;color:#222}\n")
        .append("h1{font-size:22px;margin:0 0 4px}p.sub{color:#555;margin:0 0 16px}\n")
        .append("table{border-collapse:collapse;font-size:13px;margin-bottom:20px}\n")
        .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}td.n{text-align:right}\n")
        .append(".ok{color:#1e7b34;font-weight:bold}.bad{color:#c0392b;font-weight:bold}\n")
        .append(".grid{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ddd;padding:4px}\n")
        .append("</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"sub\">").append(engine.factCount())
        .append(" facts; ").append(window.name().toLowerCase(Locale.ROOT)).append(" windows; ")
        .append(esc(engine.settings().currency().getCurrencyCode())).append(", zone ")
        .append(esc(engine.settings().zone().getId()))
        .append(rows.stream().anyMatch(KpiRow::partial) ? "; windows reaching outside the period observed are partial,"
            + " left out of the charts and of the breaches" : "").append("</p>\n");
    h.append("<table><tr><th>KPI</th><th>whole period</th><th>target</th><th>breaches (any segment)</th></tr>\n");
    for (Kpi k : Kpi.values()) {
      KpiValue v = k.of(total, engine.settings());
      List<Target> ts = byKpi.getOrDefault(k, List.of());
      long miss = missed.getOrDefault(k, 0L);
      h.append("<tr><td>").append(k.id()).append("</td><td class=\"n\">").append(format(k, v.value()))
          .append("</td><td>").append(esc(String.join("; ", ts.stream().map(t -> bounds(k, t)).toList())))
          .append("</td><td class=\"").append(ts.isEmpty() ? "" : miss == 0 ? "ok" : "bad").append("\">")
          .append(ts.isEmpty() ? "" : miss == 0 ? "none" : Long.toString(miss)).append("</td></tr>\n");
    }
    h.append("</table>\n<div class=\"grid\">\n");
    for (Kpi k : Kpi.values()) {
      List<KpiRow> series = rows.stream().filter(r -> r.kpi() == k && !r.partial()).toList();
      h.append("<div class=\"card\">").append(chart(k, series, byKpi.getOrDefault(k, List.of()))).append("</div>\n");
    }
    h.append("</div>\n<h2>Breaches</h2>\n");
    if (breaches.isEmpty()) {
      h.append("<p>None.</p>\n");
    } else {
      h.append("<table><tr><th>KPI</th><th>window</th><th>segment</th><th>value</th><th>target</th></tr>\n");
      for (Breach b : breaches.subList(0, Math.min(MAX_BREACHES, breaches.size()))) {
        KpiRow r = b.row();
        h.append("<tr><td>").append(r.kpi().id()).append("</td><td>").append(r.window().name().toLowerCase(Locale.ROOT))
            .append(' ').append(r.start()).append("</td><td>").append(esc(r.dimension().id() + "=" + r.segment()))
            .append("</td><td class=\"n bad\">").append(format(r.kpi(), r.value().value())).append("</td><td>")
            .append(esc(bounds(r.kpi(), b.target()))).append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (breaches.size() > MAX_BREACHES) {
        h.append("<p>and ").append(breaches.size() - MAX_BREACHES).append(" more in kpis.csv.</p>\n");
      }
    }
    return h.append("</body></html>\n").toString();
  }

  /**
   * One KPI's chart as an {@code img} element holding a PNG as a data URI (the page stays one
   * self-contained file, and rendering needs only JFreeChart, LGPL; JFreeSVG is GPL). Its alt text
   * names the KPI, the series' length and the targets drawn.
   */
  static String chart(Kpi k, List<KpiRow> series, List<Target> targets) {
    TimeSeries s = new TimeSeries(k.id());
    for (KpiRow r : series) {
      if (r.value().defined()) {
        LocalDate d = r.start();
        s.addOrUpdate(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), r.value().value());
      }
    }
    JFreeChart chart = ChartFactory.createTimeSeriesChart(k.id(), null, unit(k), new TimeSeriesCollection(s), false,
        false, false);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, series.size() <= 60);
    line.setSeriesPaint(0, LINE);
    line.setSeriesStroke(0, new BasicStroke(1.6f));
    plot.setRenderer(line);
    for (Target t : targets) {
      for (Double bound : new Double[] {t.min(), t.max()}) {
        if (bound != null) {
          ValueMarker m = new ValueMarker(bound, TARGET, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
              BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0));
          m.setLabel("target " + (bound.equals(t.min()) ? "≥ " : "≤ ") + bound);
          m.setLabelPaint(TARGET);
          m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
          m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
          m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
          m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
          plot.addRangeMarker(m);
          plot.getRangeAxis().setRange(Math.min(plot.getRangeAxis().getLowerBound(), bound * 0.98),
              Math.max(plot.getRangeAxis().getUpperBound(), bound * 1.02));
        }
      }
    }
    StringBuilder alt = new StringBuilder(k.id()).append(", ").append(series.size()).append(" points");
    Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
    if (markers != null) {
      for (Object marker : markers) {
        alt.append("; ").append(((ValueMarker) marker).getLabel());
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return "<img id=\"chart-" + k.id() + "\" class=\"chart\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
        + "\" alt=\"" + esc(alt.toString()) + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png.toByteArray()) + "\">";
  }

  /** A target's bounds in the KPI's display format: {@code ≥ 99.00%}, {@code ≤ 48.00}. */
  private static String bounds(Kpi k, Target t) {
    if (t.min() != null && t.max() != null) {
      return format(k, t.min()) + " to " + format(k, t.max());
    }
    return t.min() != null ? "≥ " + format(k, t.min()) : "≤ " + format(k, Objects.requireNonNull(t.max()));
  }

  private static String unit(Kpi k) {
    return switch (k.unit()) {
      case RATE -> "share";
      case HOURS -> "hours";
      case MONEY -> "money";
      case TIMES -> "turns";
      case DAYS -> "days";
      case RATIO -> "ratio";
      case METRES -> "metres";
    };
  }

  private static String format(Kpi k, double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return switch (k.unit()) {
      case RATE -> String.format(Locale.ROOT, "%.2f%%", v * 100);
      case MONEY -> String.format(Locale.ROOT, "%,.2f", v);
      default -> String.format(Locale.ROOT, "%.2f", v);
    };
  }

  private static String esc(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }
}
