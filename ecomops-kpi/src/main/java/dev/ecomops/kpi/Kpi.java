package dev.ecomops.kpi;

import java.util.Locale;

/**
 * Every KPI, each defined once here (the README's table repeats these definitions). A window's
 * value is computed from the facts whose instant falls in it; a KPI with nothing to measure (its
 * denominator 0) is NaN, never 0. Rates are proportions, in [0, 1]. Durations are in hours: means are exact,
 * percentiles exact to two significant digits (see {@link Durations}). Money is in the engine's
 * currency, major units.
 */
public enum Kpi {
  /** Shipped orders picked and packed without error, over orders shipped ({@code OrderShipped.accurate}). */
  ORDER_ACCURACY(Unit.RATE, true, Test.PROPORTION),
  /** Orders shipped at or before their ship-by promise, over orders shipped. */
  ON_TIME_SHIPPING(Unit.RATE, true, Test.PROPORTION),
  /** Mean hours from placed to shipped, over orders shipped: the warehouse's part of the cycle. */
  SHIP_TIME_MEAN(Unit.HOURS, false, Test.DURATION_MEAN),
  /** 90th percentile hours from placed to shipped. */
  SHIP_TIME_P90(Unit.HOURS, false, Test.DURATION_RANK),
  /**
   * Order cycle time: mean hours from placed to delivered, over orders delivered whose
   * {@code OrderDelivered.placedAt} is known.
   */
  CYCLE_TIME_MEAN(Unit.HOURS, false, Test.DURATION_MEAN),
  /** Median hours from placed to delivered. */
  CYCLE_TIME_P50(Unit.HOURS, false, Test.DURATION_RANK),
  /** 90th percentile hours from placed to delivered. */
  CYCLE_TIME_P90(Unit.HOURS, false, Test.DURATION_RANK),
  /** 99th percentile hours from placed to delivered. */
  CYCLE_TIME_P99(Unit.HOURS, false, Test.DURATION_RANK),
  /** Labour, packaging and shipping cost of the orders shipped, over orders shipped. */
  COST_PER_ORDER(Unit.MONEY, false, Test.COST_MEAN),
  /** Picking and packing labour of the orders shipped, over orders shipped. */
  LABOUR_COST_PER_ORDER(Unit.MONEY, false, Test.NONE),
  /** Packaging cost of the orders shipped, over orders shipped. */
  PACKAGING_COST_PER_ORDER(Unit.MONEY, false, Test.NONE),
  /** Carrier charges of the orders shipped, over orders shipped. */
  SHIPPING_COST_PER_ORDER(Unit.MONEY, false, Test.SHIPPING_MEAN),
  /** Count lines whose counted quantity equals the book quantity, over count lines. */
  INVENTORY_ACCURACY(Unit.RATE, true, Test.PROPORTION),
  /**
   * Cost of goods shipped over average inventory value, for the period the window's snapshots
   * cover (not annualised). Average inventory value: the sum of snapshot values (on hand × unit
   * cost) over the number of days with a snapshot.
   */
  INVENTORY_TURNOVER(Unit.TIMES, true, Test.NONE),
  /** Average inventory value over cost of goods shipped per snapshot day: days the stock would last. */
  DAYS_OF_INVENTORY(Unit.DAYS, false, Test.NONE),
  /** Orders placed with a stockout on some line ({@code OrderPlaced.stockout}), over orders placed. */
  STOCKOUT_ORDER_RATE(Unit.RATE, false, Test.PROPORTION),
  /** Snapshot lines (a SKU at a location on a day) with nothing available, over snapshot lines. */
  STOCKOUT_SKU_DAY_RATE(Unit.RATE, false, Test.PROPORTION),
  /**
   * The cost of holding the stock: each snapshot's value × the engine's annual holding rate ÷ 365
   * (one snapshot is one day of holding), summed.
   */
  HOLDING_COST(Unit.MONEY, false, Test.NONE),
  /** Orders delivered at or before their delivery promise, over orders delivered with a promise. */
  ON_TIME_DELIVERY(Unit.RATE, true, Test.PROPORTION),
  /** Orders delivered with something damaged, over orders delivered. */
  DAMAGE_RATE(Unit.RATE, false, Test.PROPORTION),
  /**
   * Units returned (received back) in the window, over units shipped in the window. Not a
   * proportion: returns lag their shipments, so a window's returns can come from earlier windows'
   * shipments and the ratio can pass 1 in a quiet window after a peak; compare like windows, or
   * months rather than days.
   */
  RETURN_RATE(Unit.RATIO, false, Test.NONE),
  /** Mean hours from a return's opening to its resolution, over returns resolved. */
  RETURN_RESOLUTION_MEAN(Unit.HOURS, false, Test.DURATION_MEAN),
  /** 90th percentile hours from a return's opening to its resolution. */
  RETURN_RESOLUTION_P90(Unit.HOURS, false, Test.DURATION_RANK),
  /** Mean hours from a ticket's opening to its first answer, over tickets answered. */
  FIRST_RESPONSE_MEAN(Unit.HOURS, false, Test.DURATION_MEAN),
  /** 90th percentile hours to first answer. */
  FIRST_RESPONSE_P90(Unit.HOURS, false, Test.DURATION_RANK),
  /** Mean hours from a ticket's opening to its resolution, over tickets resolved. */
  TICKET_RESOLUTION_MEAN(Unit.HOURS, false, Test.DURATION_MEAN),
  /** 90th percentile hours to resolution. */
  TICKET_RESOLUTION_P90(Unit.HOURS, false, Test.DURATION_RANK),
  /** Surveys scoring 4 or 5 (satisfied), over surveys answered. */
  CSAT(Unit.RATE, true, Test.PROPORTION),
  /** Units that could be filled from stock at placement, over units ordered. */
  FILL_RATE(Unit.RATE, true, Test.NONE),
  /** Orders placed with a backordered unit, over orders placed. */
  BACKORDER_RATE(Unit.RATE, false, Test.PROPORTION),
  /**
   * Metres pickers walked per order picked ({@code BatchPicked}): batching and routing cut it, and it
   * is most of picking labour (Petersen 1997, "An evaluation of order picking routeing policies").
   */
  PICK_TRAVEL_PER_ORDER(Unit.METRES, false, Test.NONE),
  /** Orders delivered on time, complete, undamaged and accurate, over orders delivered. */
  PERFECT_ORDER_RATE(Unit.RATE, true, Test.PROPORTION);

  /** What a KPI's value measures. */
  public enum Unit {
    /** A share in [0, 1]. */
    RATE,
    /** Hours. */
    HOURS,
    /** Money in the engine's currency. */
    MONEY,
    /** A ratio of amounts (turns). */
    TIMES,
    /** A ratio of two counts that is not a proportion (it can exceed 1). */
    RATIO,
    /** Days. */
    DAYS,
    /** Metres. */
    METRES
  }

  /** Which significance test an A/B comparison ({@code kpi.ab.AbComparison}) applies. */
  public enum Test {
    /** Two-proportion z-test; difference interval by Agresti and Caffo. */
    PROPORTION,
    /** Welch interval on the means, Mann-Whitney for significance. */
    DURATION_MEAN,
    /** Mann-Whitney rank test on the two distributions; no interval. */
    DURATION_RANK,
    /** Welch on mean cost per order. */
    COST_MEAN,
    /** Welch on mean shipping cost per order. */
    SHIPPING_MEAN,
    /** Reported side by side without a test (a ratio of sums with no per-event variance). */
    NONE
  }

  private final Unit unit;
  private final boolean higherIsBetter;
  private final Test test;

  Kpi(Unit unit, boolean higherIsBetter, Test test) {
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
    this.test = test;
  }

  /** What the value measures. */
  public Unit unit() {
    return unit;
  }

  /** Whether a higher value is better (for alerts' wording and the dashboard's arrows). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The A/B test that applies. */
  public Test test() {
    return test;
  }

  /** Its name in files: lower snake case, e.g. {@code order_accuracy}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The KPI named in files.
   *
   * @throws IllegalArgumentException listing the names when unknown
   */
  public static Kpi byId(String id) {
    for (Kpi k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown KPI '" + id + "'; known: " + java.util.Arrays.stream(values())
        .map(Kpi::id).toList());
  }

  /**
   * Its value over a tally.
   *
   * @param settings the currency's minor units and the holding rate
   */
  public KpiValue of(Tally t, KpiSettings settings) {
    double m = settings.minorPerMajor();
    return switch (this) {
      case ORDER_ACCURACY -> KpiValue.ratio(t.accurateShipped, t.shipped);
      case ON_TIME_SHIPPING -> KpiValue.ratio(t.onTimeShipped, t.shipped);
      case SHIP_TIME_MEAN -> mean(t.shipTime);
      case SHIP_TIME_P90 -> pct(t.shipTime, 90);
      case CYCLE_TIME_MEAN -> mean(t.cycleTime);
      case CYCLE_TIME_P50 -> pct(t.cycleTime, 50);
      case CYCLE_TIME_P90 -> pct(t.cycleTime, 90);
      case CYCLE_TIME_P99 -> pct(t.cycleTime, 99);
      case COST_PER_ORDER -> KpiValue.ratio((t.labourMinor + t.packagingMinor + t.shippingMinor) / m, t.shipped);
      case LABOUR_COST_PER_ORDER -> KpiValue.ratio(t.labourMinor / m, t.shipped);
      case PACKAGING_COST_PER_ORDER -> KpiValue.ratio(t.packagingMinor / m, t.shipped);
      case SHIPPING_COST_PER_ORDER -> KpiValue.ratio(t.shippingMinor / m, t.shipped);
      case INVENTORY_ACCURACY -> KpiValue.ratio(t.accurateCountLines, t.countLines);
      case INVENTORY_TURNOVER -> {
        double avg = t.snapshotDays.length == 0 ? 0 : t.inventoryValueMinor / m / t.snapshotDays.length;
        yield KpiValue.ratio(t.cogsMinor / m, avg);
      }
      case DAYS_OF_INVENTORY -> {
        double days = t.snapshotDays.length;
        double avg = days == 0 ? 0 : t.inventoryValueMinor / m / days;
        double cogsPerDay = days == 0 ? 0 : t.cogsMinor / m / days;
        yield KpiValue.ratio(avg, cogsPerDay);
      }
      case STOCKOUT_ORDER_RATE -> KpiValue.ratio(t.stockoutOrders, t.placed);
      case STOCKOUT_SKU_DAY_RATE -> KpiValue.ratio(t.outOfStockLines, t.snapshotLines);
      case HOLDING_COST -> {
        double cost = t.inventoryValueMinor / m * settings.holdingRatePerYear() / 365;
        yield new KpiValue(t.snapshotLines == 0 ? Double.NaN : cost, cost, t.snapshotLines);
      }
      case ON_TIME_DELIVERY -> KpiValue.ratio(t.onTimeDelivered, t.promisedDelivered);
      case DAMAGE_RATE -> KpiValue.ratio(t.damagedDelivered, t.delivered);
      case RETURN_RATE -> KpiValue.ratio(t.returnedUnits, t.shippedUnits);
      case RETURN_RESOLUTION_MEAN -> mean(t.returnResolution);
      case RETURN_RESOLUTION_P90 -> pct(t.returnResolution, 90);
      case FIRST_RESPONSE_MEAN -> mean(t.firstResponse);
      case FIRST_RESPONSE_P90 -> pct(t.firstResponse, 90);
      case TICKET_RESOLUTION_MEAN -> mean(t.ticketResolution);
      case TICKET_RESOLUTION_P90 -> pct(t.ticketResolution, 90);
      case CSAT -> KpiValue.ratio(t.satisfiedSurveys, t.surveys);
      case FILL_RATE -> KpiValue.ratio(t.filledUnits, t.placedUnits);
      case PICK_TRAVEL_PER_ORDER -> KpiValue.ratio(t.pickMetres, t.pickedOrders);
      case BACKORDER_RATE -> KpiValue.ratio(t.backorderedOrders, t.placed);
      case PERFECT_ORDER_RATE -> KpiValue.ratio(t.perfectDelivered, t.delivered);
    };
  }

  private static KpiValue mean(Durations d) {
    return KpiValue.ratio(d.sumSeconds() / 3600.0, d.count());
  }

  private static KpiValue pct(Durations d, double p) {
    double v = d.percentileHours(p);
    return new KpiValue(v, v, d.count());
  }
}
