package dev.ecomops.kpi;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.fact.Fact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The KPI engine: ingests facts one at a time and answers every {@link Kpi} over day, week and
 * month windows and any {@link Dimension}.
 *
 * <p>Ingestion is amortised constant time: each fact updates one tally, that of its cell (its day
 * in the zone and its full segment: channel, location, carrier, category, variant). Windows and
 * dimensions are merges of cells at query time, so nothing is counted twice and a query costs the
 * number of cells, not facts. Engines merge ({@link #merge}): shards, days or runs computed apart
 * combine into exactly what one engine over all their facts holds (the property tests check it).
 *
 * <p>Not thread safe: give each thread its own engine and merge them.
 */
public final class KpiEngine {
  /** A day and a full segment: the unit facts are tallied in. */
  record Cell(int day, String channel, String location, String carrier, String category, String variant) {}

  private final KpiSettings settings;
  private final ZoneId zone;
  private final Map<Cell, Tally> cells = new HashMap<>();
  private long facts;
  // the day last converted, as [start, end) epoch seconds, so most facts skip the zone rules
  private long dayStart = Long.MAX_VALUE;
  private long dayEnd = Long.MIN_VALUE;
  private int day;
  // the period observed, [from, to) in epoch days, when the host declared it; else the fact days
  private @Nullable LocalDate periodFrom;
  private @Nullable LocalDate periodTo;

  private KpiEngine(KpiSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.zone = settings.zone();
  }

  /** An empty engine. */
  public static KpiEngine create(KpiSettings settings) {
    return new KpiEngine(settings);
  }

  /** Its settings. */
  public KpiSettings settings() {
    return settings;
  }

  /**
   * Declares the period the facts observe, {@code [from, to)} in days of the engine's zone: a
   * simulation's run, a month's export. A window not wholly inside it is partial ({@link
   * KpiRow#partial()}): its figures cover part of it (a week the run ends in, the week after,
   * where only late deliveries fall), so targets do not judge it and the dashboard leaves it out
   * of its charts. Without a declaration the period is the first to the last day with a fact.
   *
   * @throws ValidationException naming {@code to} unless it is after {@code from}
   */
  public KpiEngine observing(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      throw ValidationException.of("to", "must be after from (" + from + ")", to);
    }
    periodFrom = from;
    periodTo = to;
    return this;
  }

  /** The period observed, {from, to}: as declared, else the first to the day after the last day with a fact; null when there is none. */
  private LocalDate @Nullable [] period() {
    if (periodFrom != null) {
      return new LocalDate[] {periodFrom, periodTo};
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (Cell c : cells.keySet()) {
      min = Math.min(min, c.day());
      max = Math.max(max, c.day());
    }
    return cells.isEmpty() ? null : new LocalDate[] {LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max + 1L)};
  }

  /** Facts ingested (merges included). */
  public long factCount() {
    return facts;
  }

  /**
   * Ingests one fact.
   *
   * @throws ValidationException naming {@code currency} when an amount is in another currency than
   *     the engine's, or the amount whose sum would overflow a tally; nothing changes then
   */
  public void accept(Fact f) {
    if (f instanceof Fact.OrderPlaced o) {
      Tally t = cell(o);
      t.placed++;
      t.placedUnits += o.units();
      t.filledUnits += o.unitsFilled();
      t.backorderedOrders += o.backordered() ? 1 : 0;
      t.stockoutOrders += o.stockout() ? 1 : 0;
    } else if (f instanceof Fact.OrderShipped s) {
      long labour = minor(s.labourCost());
      long packaging = minor(s.packagingCost());
      long shipping = minor(s.shippingCost());
      long cogs = minor(s.costOfGoods());
      Tally t = cell(s);
      // every sum computed exactly before any is stored: a fact whose amounts would overflow a
      // tally is refused and changes nothing, rather than turning a cost per order negative
      long labourSum;
      long packagingSum;
      long shippingSum;
      long cogsSum;
      long shippingSquares;
      long costSquares;
      try {
        labourSum = Math.addExact(t.labourMinor, labour);
        packagingSum = Math.addExact(t.packagingMinor, packaging);
        shippingSum = Math.addExact(t.shippingMinor, shipping);
        cogsSum = Math.addExact(t.cogsMinor, cogs);
        shippingSquares = Math.addExact(t.shippingSquares, Math.multiplyExact(shipping, shipping));
        long cost = Math.addExact(Math.addExact(labour, packaging), shipping);
        costSquares = Math.addExact(t.costSquares, Math.multiplyExact(cost, cost));
      } catch (ArithmeticException e) {
        throw ValidationException.of("shippingCost", "with the labour and packaging costs, must keep the KPI sums"
            + " within a long of minor units (costs per order below about 30,000,000)", s.shippingCost());
      }
      t.shipped++;
      t.shippedUnits += s.units();
      t.accurateShipped += s.accurate() ? 1 : 0;
      t.onTimeShipped += s.at().isAfter(s.shipBy()) ? 0 : 1;
      t.labourMinor = labourSum;
      t.packagingMinor = packagingSum;
      t.shippingMinor = shippingSum;
      t.cogsMinor = cogsSum;
      t.shippingSquares = shippingSquares;
      t.costSquares = costSquares;
      t.shipTime.record(s.at().getEpochSecond() - s.placedAt().getEpochSecond());
    } else if (f instanceof Fact.OrderDelivered d) {
      Tally t = cell(d);
      t.delivered++;
      t.promisedDelivered += d.promisedBy() != null ? 1 : 0;
      t.onTimeDelivered += d.promisedBy() != null && !d.at().isAfter(d.promisedBy()) ? 1 : 0;
      t.damagedDelivered += d.damaged() ? 1 : 0;
      t.perfectDelivered += d.perfect() ? 1 : 0;
      if (d.placedAt() != null) {
        t.cycleTime.record(d.at().getEpochSecond() - d.placedAt().getEpochSecond());
      }
    } else if (f instanceof Fact.InventoryCounted c) {
      Tally t = cell(c);
      t.countLines++;
      t.accurateCountLines += c.bookQuantity() == c.countedQuantity() ? 1 : 0;
    } else if (f instanceof Fact.InventorySnapshot s) {
      Tally t = cell(s);
      long valueSum;
      try {
        valueSum = Math.addExact(t.inventoryValueMinor, Math.multiplyExact(minor(s.unitCost()), s.onHand()));
      } catch (ArithmeticException e) {
        throw ValidationException.of("unitCost", "times on hand must keep the inventory value within a long of minor"
            + " units", s.unitCost());
      }
      t.snapshotLines++;
      t.outOfStockLines += s.available() == 0 ? 1 : 0;
      t.inventoryValueMinor = valueSum;
      t.snapshotDay(day);
    } else if (f instanceof Fact.ReturnReceived r) {
      cell(r).returnedUnits += r.units();
    } else if (f instanceof Fact.BatchPicked b) {
      Tally t = cell(b);
      long metres;
      long orders;
      try {
        metres = Math.addExact(t.pickMetres, b.metres());
        orders = Math.addExact(t.pickedOrders, b.orders());
      } catch (ArithmeticException e) {
        throw ValidationException.of("metres", "and orders must keep the location's daily totals within a long",
            b.metres());
      }
      t.pickedOrders = orders;
      t.pickMetres = metres;
    } else if (f instanceof Fact.ReturnResolved r) {
      cell(r).returnResolution.record(seconds(r.openedAt(), r.at()));
    } else if (f instanceof Fact.TicketFirstResponse r) {
      cell(r).firstResponse.record(seconds(r.openedAt(), r.at()));
    } else if (f instanceof Fact.TicketResolved r) {
      cell(r).ticketResolution.record(seconds(r.openedAt(), r.at()));
    } else if (f instanceof Fact.SurveyAnswered s) {
      Tally t = cell(s);
      t.surveys++;
      t.satisfiedSurveys += s.score() >= 4 ? 1 : 0;
      t.surveyScoreSum += s.score();
    } else {
      throw new IllegalStateException("a fact type the engine does not know: " + f.getClass().getName());
    }
    facts++;
  }

  /** Ingests facts in order; stops at the first refused, keeping those before it. */
  public void acceptAll(Iterable<? extends Fact> all) {
    for (Fact f : all) {
      accept(f);
    }
  }

  /** Adds every fact another engine (same settings) has ingested; the other is unchanged. */
  public void merge(KpiEngine other) {
    if (!other.settings.equals(settings)) {
      throw ValidationException.of("settings", "must equal this engine's " + settings, other.settings);
    }
    other.cells.forEach((c, t) -> cells.computeIfAbsent(c, k -> new Tally()).merge(t));
    facts += other.facts;
    if (other.periodFrom != null) {
      // the union of what the two observed
      periodFrom = periodFrom == null || other.periodFrom.isBefore(periodFrom) ? other.periodFrom : periodFrom;
      periodTo = periodTo == null || other.periodTo.isAfter(periodTo) ? other.periodTo : periodTo;
    }
  }

  /** Everything merged into one tally. */
  public Tally total() {
    return tally(c -> true);
  }

  /** The merged tally of one segment over all time (for A/B comparison of two segments). */
  public Tally tally(Dimension dimension, String segment) {
    return tally(c -> dimension.of(c).equals(segment));
  }

  /** The merged tally of one segment within {@code [from, to)} days. */
  public Tally tally(Dimension dimension, String segment, LocalDate from, LocalDate to) {
    int a = (int) from.toEpochDay();
    int b = (int) to.toEpochDay();
    return tally(c -> c.day() >= a && c.day() < b && dimension.of(c).equals(segment));
  }

  private Tally tally(Predicate<Cell> which) {
    Tally out = new Tally();
    cells.forEach((c, t) -> {
      if (which.test(c)) {
        out.merge(t);
      }
    });
    return out;
  }

  /**
   * Tallies per window and segment: window start → segment → tally, both sorted. Cells without the
   * dimension (a ticket has no carrier) are left out of its segments.
   */
  public TreeMap<LocalDate, TreeMap<String, Tally>> rollup(Window window, Dimension dimension) {
    TreeMap<LocalDate, TreeMap<String, Tally>> out = new TreeMap<>();
    cells.forEach((c, t) -> {
      String segment = dimension.of(c);
      if (!segment.isEmpty()) {
        LocalDate start = window.start(LocalDate.ofEpochDay(c.day()));
        out.computeIfAbsent(start, k -> new TreeMap<>()).computeIfAbsent(segment, k -> new Tally()).merge(t);
      }
    });
    return out;
  }

  /**
   * Whether the window starting at {@code start} is not wholly inside the period observed ({@link
   * #observing}): its figures cover part of it.
   */
  public boolean partial(Window window, LocalDate start) {
    LocalDate[] period = period();
    return period != null && (start.isBefore(period[0]) || window.end(start).isAfter(period[1]));
  }

  /**
   * Every KPI for every window and segment, in window, segment and KPI order; windows not wholly
   * inside the period observed ({@link #observing}) are marked partial.
   */
  public List<KpiRow> rows(Window window, Dimension dimension) {
    List<KpiRow> out = new ArrayList<>();
    LocalDate[] period = period();
    rollup(window, dimension).forEach((start, segments) -> {
      boolean partial = period != null && (start.isBefore(period[0]) || window.end(start).isAfter(period[1]));
      segments.forEach((segment, t) -> {
        for (Kpi k : Kpi.values()) {
          out.add(new KpiRow(window, start, dimension, segment, k, k.of(t, settings), partial));
        }
      });
    });
    return out;
  }

  private Tally cell(Fact f) {
    long s = f.at().getEpochSecond();
    if (s < dayStart || s >= dayEnd) {
      LocalDate d = LocalDate.ofInstant(f.at(), zone);
      day = (int) d.toEpochDay();
      dayStart = d.atStartOfDay(zone).toEpochSecond();
      dayEnd = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
    }
    Cell key = new Cell(day, f.channel(), f.location(), f.carrier(), f.category(), f.variant());
    Tally t = cells.get(key);
    if (t == null) {
      t = new Tally();
      cells.put(key, t);
    }
    return t;
  }

  private long minor(Money m) {
    if (!m.currency().equals(settings.currency())) {
      throw ValidationException.of("currency", "must be the engine's " + settings.currency(), m.currency());
    }
    return m.minorUnits();
  }

  private static long seconds(Instant from, Instant to) {
    return to.getEpochSecond() - from.getEpochSecond();
  }
}
