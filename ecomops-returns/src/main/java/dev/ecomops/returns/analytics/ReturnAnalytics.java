package dev.ecomops.returns.analytics;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.returns.policy.ReturnReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Return analytics over units sold and units returned.
 *
 * <ul>
 *   <li>Return rates (units returned over units sold) by SKU, category and customer, and each
 *       reason's share of returns.
 *   <li>SKUs returned significantly more than the rest of their category: a one-sided
 *       two-proportion z-test at the given level (pooled variance; Agresti 2013, Categorical Data
 *       Analysis, section 3.1), only where both groups have at least 5 expected returns and 5
 *       expected keeps, as the normal approximation needs.
 *   <li>A serial-returner score per customer: the return rate shrunk towards the overall rate
 *       with a Beta prior worth {@code priorUnits} units (an empirical-Bayes average), so a
 *       customer with two orders both returned does not outrank one with fifty orders and forty
 *       returns; customers scoring above a multiple of the overall rate are flagged.
 * </ul>
 */
public final class ReturnAnalytics {
  private final Map<Sku, long[]> bySku = new HashMap<>(); // sold, returned
  private final Map<String, long[]> byCategory = new HashMap<>();
  private final Map<String, long[]> byCustomer = new HashMap<>();
  private final Map<Sku, String> categoryOf = new HashMap<>();
  private final Map<ReturnReason, Long> byReason = new EnumMap<>(ReturnReason.class);
  private long sold;
  private long returned;

  /** Records units sold. */
  public ReturnAnalytics sold(Sku sku, String category, String customer, long units) {
    add(sku, category, customer, units, 0);
    sold += units;
    return this;
  }

  /** Records units returned. */
  public ReturnAnalytics returned(Sku sku, String category, String customer, ReturnReason reason, long units) {
    add(sku, category, customer, 0, units);
    byReason.merge(reason, units, Long::sum);
    returned += units;
    return this;
  }

  private void add(Sku sku, String category, String customer, long s, long r) {
    if (s < 0 || r < 0) {
      throw ValidationException.of("units", "must be at least 0", Math.min(s, r));
    }
    Objects.requireNonNull(category, "category");
    categoryOf.put(sku, category);
    add(bySku.computeIfAbsent(sku, k -> new long[2]), s, r);
    add(byCategory.computeIfAbsent(category, k -> new long[2]), s, r);
    add(byCustomer.computeIfAbsent(customer, k -> new long[2]), s, r);
  }

  private static void add(long[] a, long s, long r) {
    a[0] += s;
    a[1] += r;
  }

  /** Units returned over units sold overall; 0 with nothing sold. */
  public double rate() {
    return sold == 0 ? 0 : (double) returned / sold;
  }

  /** Return rate of a SKU. */
  public double rate(Sku sku) {
    return rate(bySku.get(sku));
  }

  /** Return rate of a category. */
  public double categoryRate(String category) {
    return rate(byCategory.get(category));
  }

  /** Return rate of a customer. */
  public double customerRate(String customer) {
    return rate(byCustomer.get(customer));
  }

  /** Each reason's share of units returned. */
  public Map<ReturnReason, Double> reasonShares() {
    Map<ReturnReason, Double> out = new EnumMap<>(ReturnReason.class);
    byReason.forEach((k, v) -> out.put(k, returned == 0 ? 0 : (double) v / returned));
    return out;
  }

  private static double rate(long[] a) {
    return a == null || a[0] == 0 ? 0 : (double) a[1] / a[0];
  }

  /**
   * A SKU returned more than the rest of its category.
   *
   * @param sku the SKU
   * @param rate its return rate
   * @param categoryRate the rest of the category's rate
   * @param z the test statistic
   */
  public record Outlier(Sku sku, double rate, double categoryRate, double z) {}

  /**
   * The SKUs whose return rate is significantly above the rest of their category's, largest z first.
   *
   * @param criticalZ the one-sided critical value, e.g. 1.645 for 5%, 2.326 for 1%
   */
  public List<Outlier> outliers(double criticalZ) {
    List<Outlier> out = new ArrayList<>();
    for (Map.Entry<Sku, long[]> e : bySku.entrySet()) {
      long[] cat = byCategory.get(categoryOf.get(e.getKey()));
      long n1 = e.getValue()[0];
      long x1 = Math.min(e.getValue()[1], n1);
      long n2 = cat[0] - n1;
      long x2 = Math.min(cat[1] - e.getValue()[1], n2);
      if (n1 == 0 || n2 == 0) {
        continue;
      }
      double p = (double) (x1 + x2) / (n1 + n2);
      if (Math.min(n1, n2) * Math.min(p, 1 - p) < 5) {
        continue; // too few for the normal approximation
      }
      double p1 = (double) x1 / n1;
      double p2 = (double) x2 / n2;
      double z = (p1 - p2) / Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
      if (z > criticalZ) {
        out.add(new Outlier(e.getKey(), p1, p2, z));
      }
    }
    out.sort(Comparator.comparingDouble(Outlier::z).reversed());
    return out;
  }

  /**
   * A customer's serial-returner score.
   *
   * @param customer the customer
   * @param score the shrunk return rate
   * @param units units bought
   * @param returned units returned
   */
  public record Returner(String customer, double score, long units, long returned) {}

  /**
   * Customers whose shrunk return rate exceeds {@code multiple} × the overall rate, highest first.
   *
   * @param priorUnits the prior's weight in units, at least 0 (e.g. 20)
   */
  public List<Returner> serialReturners(double priorUnits, double multiple) {
    double overall = rate();
    List<Returner> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : byCustomer.entrySet()) {
      long n = e.getValue()[0];
      long r = e.getValue()[1];
      double score = (r + priorUnits * overall) / (n + priorUnits);
      if (score > multiple * overall) {
        out.add(new Returner(e.getKey(), score, n, r));
      }
    }
    out.sort(Comparator.comparingDouble(Returner::score).reversed());
    return out;
  }
}
