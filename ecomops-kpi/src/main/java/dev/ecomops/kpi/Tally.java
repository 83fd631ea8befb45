package dev.ecomops.kpi;

import java.util.Arrays;

/**
 * The running sums every KPI is computed from, for one cell (a day and a segment) or for any
 * merge of cells. Everything is a count, a sum of whole minor currency units, or a {@link
 * Durations}, so merging is exact and order-free: the KPIs of merged tallies equal those of one
 * tally over the union of their facts. Money is in minor units of the engine's currency. Not thread
 * safe; the engine confines each tally to one thread.
 */
public final class Tally {
  long placed;
  long placedUnits;
  long filledUnits;
  long backorderedOrders;
  long stockoutOrders;

  long shipped;
  long shippedUnits;
  long accurateShipped;
  long onTimeShipped;
  long labourMinor;
  long packagingMinor;
  long shippingMinor;
  long cogsMinor;
  /** Σ (shipping cost per order)², minor units squared, for the variance of per-order cost in A/B tests. */
  long shippingSquares;
  /** Σ (labour + packaging + shipping per order)², minor units squared. */
  long costSquares;
  /** Placed to shipped, per shipment. */
  final Durations shipTime = new Durations();
  /** Placed to delivered, per delivery that knows its placement. */
  final Durations cycleTime = new Durations();

  long delivered;
  /** Deliveries that had a promise: on-time delivery's denominator. */
  long promisedDelivered;
  long onTimeDelivered;
  long damagedDelivered;
  long perfectDelivered;

  long countLines;
  long accurateCountLines;

  long snapshotLines;
  long outOfStockLines;
  long inventoryValueMinor;
  /** The epoch days with a snapshot, sorted, distinct (average inventory is per day). */
  int[] snapshotDays = new int[0];

  long returnedUnits;
  long pickedOrders;
  long pickMetres;
  final Durations returnResolution = new Durations();

  final Durations firstResponse = new Durations();
  final Durations ticketResolution = new Durations();

  long surveys;
  long satisfiedSurveys;
  long surveyScoreSum;

  /** Adds another tally into this one. */
  public void merge(Tally o) {
    placed += o.placed;
    placedUnits += o.placedUnits;
    filledUnits += o.filledUnits;
    backorderedOrders += o.backorderedOrders;
    stockoutOrders += o.stockoutOrders;
    shipped += o.shipped;
    shippedUnits += o.shippedUnits;
    accurateShipped += o.accurateShipped;
    onTimeShipped += o.onTimeShipped;
    labourMinor += o.labourMinor;
    packagingMinor += o.packagingMinor;
    shippingMinor += o.shippingMinor;
    cogsMinor += o.cogsMinor;
    shippingSquares += o.shippingSquares;
    costSquares += o.costSquares;
    shipTime.merge(o.shipTime);
    cycleTime.merge(o.cycleTime);
    delivered += o.delivered;
    promisedDelivered += o.promisedDelivered;
    onTimeDelivered += o.onTimeDelivered;
    damagedDelivered += o.damagedDelivered;
    perfectDelivered += o.perfectDelivered;
    countLines += o.countLines;
    accurateCountLines += o.accurateCountLines;
    snapshotLines += o.snapshotLines;
    outOfStockLines += o.outOfStockLines;
    inventoryValueMinor += o.inventoryValueMinor;
    snapshotDays = union(snapshotDays, o.snapshotDays);
    returnedUnits += o.returnedUnits;
    pickedOrders += o.pickedOrders;
    pickMetres += o.pickMetres;
    returnResolution.merge(o.returnResolution);
    firstResponse.merge(o.firstResponse);
    ticketResolution.merge(o.ticketResolution);
    surveys += o.surveys;
    satisfiedSurveys += o.satisfiedSurveys;
    surveyScoreSum += o.surveyScoreSum;
  }

  /** Records a snapshot's day. */
  void snapshotDay(int epochDay) {
    if (Arrays.binarySearch(snapshotDays, epochDay) < 0) {
      snapshotDays = union(snapshotDays, new int[] {epochDay});
    }
  }

  private static int[] union(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b.clone();
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
      if (n == 0 || out[n - 1] != v) {
        out[n++] = v;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Orders placed. */
  public long ordersPlaced() {
    return placed;
  }

  /** Orders shipped. */
  public long ordersShipped() {
    return shipped;
  }

  /** Orders delivered. */
  public long ordersDelivered() {
    return delivered;
  }

  /** Units shipped. */
  public long unitsShipped() {
    return shippedUnits;
  }

  /** Labour, packaging and shipping cost of the orders shipped, in minor units. */
  public long costMinor() {
    return labourMinor + packagingMinor + shippingMinor;
  }

  /** Σ over orders shipped of (labour + packaging + shipping)², minor units squared. */
  public long costSquares() {
    return costSquares;
  }

  /** Carrier charges of the orders shipped, in minor units. */
  public long shippingMinor() {
    return shippingMinor;
  }

  /** Σ over orders shipped of (shipping cost)², minor units squared. */
  public long shippingSquares() {
    return shippingSquares;
  }

  /** Days with an inventory snapshot. */
  public int snapshotDayCount() {
    return snapshotDays.length;
  }

  /** Order cycle times (placed to delivered). */
  public Durations cycleTimes() {
    return cycleTime;
  }

  /** Times from placed to shipped. */
  public Durations shipTimes() {
    return shipTime;
  }

  /** Return resolution times (opened to resolved). */
  public Durations returnResolutionTimes() {
    return returnResolution;
  }

  /** Ticket first-response times. */
  public Durations firstResponseTimes() {
    return firstResponse;
  }

  /** Ticket resolution times. */
  public Durations ticketResolutionTimes() {
    return ticketResolution;
  }

  /** Whether it holds no fact at all. */
  public boolean isEmpty() {
    return placed == 0 && shipped == 0 && delivered == 0 && countLines == 0 && snapshotLines == 0 && returnedUnits == 0
        && pickedOrders == 0
        && returnResolution.count() == 0 && firstResponse.count() == 0 && ticketResolution.count() == 0 && surveys == 0;
  }
}
