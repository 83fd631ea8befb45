package dev.ecomops.kpi.ab;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.stat.Normal;
import dev.ecomops.kpi.Dimension;
import dev.ecomops.kpi.Durations;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.KpiValue;
import dev.ecomops.kpi.Tally;
import dev.ecomops.kpi.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Compares two variants' tallies (two carriers, two packaging types, two simulated policies),
 * KPI by KPI, with the test {@link Kpi#test()} names:
 *
 * <ul>
 *   <li>proportions: the pooled two-proportion z-test for significance; the interval for the
 *       difference by Agresti and Caffo ("Simple and effective confidence intervals for
 *       proportions and differences of proportions result from adding two successes and two
 *       failures", The American Statistician 54(4), 2000), which keeps its coverage for small
 *       samples and rates near 0 or 1;
 *   <li>mean durations and mean costs per order: Welch's interval for the difference of means
 *       (normal quantile, so for fewer than about 30 per side it is a little narrow); for
 *       durations significance by Mann-Whitney, for costs by Welch's z;
 *   <li>duration percentiles: the Mann-Whitney rank test (Mann and Whitney, "On a test of whether
 *       one of two random variables is stochastically larger than the other", Annals of
 *       Mathematical Statistics 18(1), 1947) on the two histograms, with the tie correction for
 *       values sharing a bucket, normal approximation; no interval;
 *   <li>ratios of sums (turnover, fill rate, return rate, holding cost, travel per order): side by
 *       side, no test, unless the variants ran on common random numbers ({@link #comparePaired}).
 * </ul>
 */
public final class AbComparison {
  private AbComparison() {}

  /**
   * Every KPI of A against B.
   *
   * @param confidence the interval's confidence level, in (0, 1), e.g. 0.95
   * @throws ValidationException naming {@code confidence} outside (0, 1)
   */
  public static List<AbResult> compare(Tally a, Tally b, KpiSettings settings, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw ValidationException.of("confidence", "must be in (0, 1)", confidence);
    }
    double z = Normal.quantile(0.5 + confidence / 2);
    double alpha = 1 - confidence;
    double minor = Math.pow(10, settings.currency().getDefaultFractionDigits());
    List<AbResult> out = new ArrayList<>();
    for (Kpi k : Kpi.values()) {
      KpiValue va = k.of(a, settings);
      KpiValue vb = k.of(b, settings);
      double diff = va.defined() && vb.defined() ? vb.value() - va.value() : Double.NaN;
      double[] r = switch (k.test()) {
        case PROPORTION -> proportions(va, vb, z);
        case DURATION_MEAN -> {
          Durations da = durations(k, a);
          Durations db = durations(k, b);
          double[] w = welch(da.meanHours(), da.sdHours(), da.count(), db.meanHours(), db.sdHours(), db.count(), z);
          yield new double[] {w[0], w[1], mannWhitney(da.counts(), db.counts())};
        }
        case DURATION_RANK -> new double[] {Double.NaN, Double.NaN,
            mannWhitney(durations(k, a).counts(), durations(k, b).counts())};
        case COST_MEAN -> money(a.costMinor(), a.costSquares(), a.ordersShipped(), b.costMinor(), b.costSquares(),
            b.ordersShipped(), minor, z);
        case SHIPPING_MEAN -> money(a.shippingMinor(), a.shippingSquares(), a.ordersShipped(), b.shippingMinor(),
            b.shippingSquares(), b.ordersShipped(), minor, z);
        case NONE -> new double[] {Double.NaN, Double.NaN, Double.NaN};
      };
      String test = switch (k.test()) {
        case PROPORTION -> "two-proportion z";
        case DURATION_MEAN -> "Welch + Mann-Whitney";
        case DURATION_RANK -> "Mann-Whitney";
        case COST_MEAN, SHIPPING_MEAN -> "Welch";
        case NONE -> "none";
      };
      out.add(new AbResult(k, va, vb, diff, r[0], r[1], r[2], test, r[2] < alpha));
    }
    return out;
  }

  /**
   * Every KPI of two runs on common random numbers (two policies simulated over the same
   * customers and days), as {@link #compare} on their totals, and for the KPIs that test gives no
   * interval, one from paired windows by the method of batch means (Law and Kelton, "Simulation
   * Modeling and Analysis", ch. 9): the difference B − A of each whole window (every week, say)
   * both runs observed, and the interval centred on the totals' difference with half-width z ×
   * the windows' standard error (their standard deviation over √n); significance by the same z on
   * the windows' mean difference. Windows pair because both runs see the same customers on the same
   * days; partial windows are left out. Needs at least 10 windows where the KPI is defined in both;
   * with fewer it gives no interval. Normal quantile, so for fewer than about 30 windows it is a
   * little narrow.
   *
   * @param window the batches, typically {@link Window#WEEK}
   * @throws ValidationException naming {@code confidence} outside (0, 1)
   */
  public static List<AbResult> comparePaired(KpiEngine a, KpiEngine b, Window window, double confidence) {
    List<AbResult> totals = compare(a.total(), b.total(), a.settings(), confidence);
    double z = Normal.quantile(0.5 + confidence / 2);
    TreeMap<LocalDate, TreeMap<String, Tally>> wa = a.rollup(window, Dimension.ALL);
    TreeMap<LocalDate, TreeMap<String, Tally>> wb = b.rollup(window, Dimension.ALL);
    List<AbResult> out = new ArrayList<>();
    for (AbResult r : totals) {
      if (r.kpi().test() != Kpi.Test.NONE || r.kpi() == Kpi.INVENTORY_TURNOVER || Double.isNaN(r.difference())) {
        out.add(r);
        continue;
      }
      List<Double> diffs = new ArrayList<>();
      for (Map.Entry<LocalDate, TreeMap<String, Tally>> e : wa.entrySet()) {
        TreeMap<String, Tally> other = wb.get(e.getKey());
        if (other == null || a.partial(window, e.getKey()) || b.partial(window, e.getKey())) {
          continue;
        }
        KpiValue va = r.kpi().of(e.getValue().get("all"), a.settings());
        KpiValue vb = r.kpi().of(other.get("all"), b.settings());
        if (va.defined() && vb.defined()) {
          diffs.add(vb.value() - va.value());
        }
      }
      int n = diffs.size();
      if (n < 10) {
        out.add(r);
        continue;
      }
      double mean = diffs.stream().mapToDouble(Double::doubleValue).sum() / n;
      double ss = diffs.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum();
      double se = Math.sqrt(ss / (n - 1) / n);
      double p = se == 0 ? (mean == 0 ? 1 : 0) : 2 * (1 - Normal.cdf(Math.abs(mean / se)));
      // a sum over the run: the windows' differences add up, and so do their variances
      double half = z * (r.kpi() == Kpi.HOLDING_COST ? se * n : se);
      out.add(new AbResult(r.kpi(), r.a(), r.b(), r.difference(), r.difference() - half, r.difference() + half, p,
          "paired " + window.name().toLowerCase(java.util.Locale.ROOT) + "s", p < 1 - confidence));
    }
    return out;
  }

  /** [low, high, p] for B's proportion minus A's. */
  static double[] proportions(KpiValue a, KpiValue b, double z) {
    double x1 = a.numerator();
    double n1 = a.denominator();
    double x2 = b.numerator();
    double n2 = b.denominator();
    if (n1 == 0 || n2 == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double p1 = (x1 + 1) / (n1 + 2);
    double p2 = (x2 + 1) / (n2 + 2);
    double half = z * Math.sqrt(p1 * (1 - p1) / (n1 + 2) + p2 * (1 - p2) / (n2 + 2));
    double centre = p2 - p1;
    double pooled = (x1 + x2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    double p = se == 0 ? (x1 / n1 == x2 / n2 ? 1 : 0) : 2 * (1 - Normal.cdf(Math.abs((x2 / n2 - x1 / n1) / se)));
    return new double[] {Math.max(-1, centre - half), Math.min(1, centre + half), p};
  }

  /** [low, high, p] for B's mean minus A's by Welch, normal quantile. */
  static double[] welch(double m1, double s1, long n1, double m2, double s2, long n2, double z) {
    if (n1 < 2 || n2 < 2) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double se = Math.sqrt(s1 * s1 / n1 + s2 * s2 / n2);
    double d = m2 - m1;
    double p = se == 0 ? (d == 0 ? 1 : 0) : 2 * (1 - Normal.cdf(Math.abs(d / se)));
    return new double[] {d - z * se, d + z * se, p};
  }

  private static double[] money(long sum1, long squares1, long n1, long sum2, long squares2, long n2, double minor,
      double z) {
    if (n1 < 2 || n2 < 2) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double m1 = (double) sum1 / n1;
    double m2 = (double) sum2 / n2;
    double v1 = Math.max(0, (squares1 - n1 * m1 * m1) / (n1 - 1));
    double v2 = Math.max(0, (squares2 - n2 * m2 * m2) / (n2 - 1));
    return welch(m1 / minor, Math.sqrt(v1) / minor, n1, m2 / minor, Math.sqrt(v2) / minor, n2, z);
  }

  private static Durations durations(Kpi k, Tally t) {
    return switch (k) {
      case SHIP_TIME_MEAN, SHIP_TIME_P90 -> t.shipTimes();
      case CYCLE_TIME_MEAN, CYCLE_TIME_P50, CYCLE_TIME_P90, CYCLE_TIME_P99 -> t.cycleTimes();
      case RETURN_RESOLUTION_MEAN, RETURN_RESOLUTION_P90 -> t.returnResolutionTimes();
      case FIRST_RESPONSE_MEAN, FIRST_RESPONSE_P90 -> t.firstResponseTimes();
      case TICKET_RESOLUTION_MEAN, TICKET_RESOLUTION_P90 -> t.ticketResolutionTimes();
      default -> throw new IllegalArgumentException(k + " is not a duration");
    };
  }

  /**
   * The two-sided p-value of the Mann-Whitney test on two binned distributions (value → count),
   * normal approximation with the tie correction; NaN when a side is empty or everything ties.
   */
  static double mannWhitney(NavigableMap<Long, Long> a, NavigableMap<Long, Long> b) {
    TreeMap<Long, long[]> both = new TreeMap<>();
    a.forEach((v, c) -> both.computeIfAbsent(v, k -> new long[2])[0] += c);
    b.forEach((v, c) -> both.computeIfAbsent(v, k -> new long[2])[1] += c);
    double n1 = a.values().stream().mapToLong(Long::longValue).sum();
    double n2 = b.values().stream().mapToLong(Long::longValue).sum();
    if (n1 == 0 || n2 == 0) {
      return Double.NaN;
    }
    double u = 0; // pairs where A's value is below B's, ties counting half
    double belowA = 0;
    double ties = 0;
    for (Map.Entry<Long, long[]> e : both.entrySet()) {
      long ca = e.getValue()[0];
      long cb = e.getValue()[1];
      u += cb * belowA + 0.5 * ca * cb;
      belowA += ca;
      double t = ca + cb;
      ties += t * t * t - t;
    }
    double n = n1 + n2;
    double mean = n1 * n2 / 2;
    double var = n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1)));
    if (!(var > 0)) {
      return Double.NaN;
    }
    return 2 * (1 - Normal.cdf(Math.abs(u - mean) / Math.sqrt(var)));
  }
}
