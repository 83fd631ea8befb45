package dev.ecomops.forecasting.replenishment;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ABC classification by value share (the Pareto analysis of H. F. Dickie, "ABC Inventory
 * Analysis Shoots for Dollars, not Pennies", Factory Management and Maintenance, 1951). SKUs are
 * sorted by value, highest first (ties by SKU); a SKU whose cumulative share before it is below
 * the A share is A, below A plus B share is B, otherwise C. The default split is 80/15/5.
 */
public final class AbcClassifier {
  private final BigDecimal aShare;
  private final BigDecimal abShare;

  private AbcClassifier(BigDecimal aShare, BigDecimal abShare) {
    this.aShare = aShare;
    this.abShare = abShare;
  }

  /** The 80/15/5 split. */
  public static AbcClassifier ofDefaults() {
    return of(0.80, 0.15);
  }

  /**
   * A classifier with the given shares of value for A and B (C takes the rest).
   *
   * @throws ValidationException unless both are positive and their sum is below 1
   */
  public static AbcClassifier of(double aShare, double bShare) {
    if (!(aShare > 0 && bShare > 0 && aShare + bShare < 1)) {
      throw ValidationException.of("aShare", "A and B shares must be positive with a sum below 1", aShare + "+" + bShare);
    }
    return new AbcClassifier(BigDecimal.valueOf(aShare), BigDecimal.valueOf(aShare).add(BigDecimal.valueOf(bShare)));
  }

  /**
   * Classifies SKUs by value (for example annual units sold times unit cost).
   *
   * @param value per SKU, zero or more
   * @return the class of every SKU, highest value first
   * @throws ValidationException if a value is negative
   */
  public Map<Sku, AbcClass> classify(Map<Sku, BigDecimal> value) {
    List<Map.Entry<Sku, BigDecimal>> sorted = new ArrayList<>(value.entrySet());
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Sku, BigDecimal> e : sorted) {
      if (e.getValue().signum() < 0) {
        throw ValidationException.of("value[" + e.getKey() + "]", "must be at least 0", e.getValue());
      }
      total = total.add(e.getValue());
    }
    sorted.sort(Map.Entry.<Sku, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<Sku, AbcClass> out = new LinkedHashMap<>();
    BigDecimal before = BigDecimal.ZERO;
    for (Map.Entry<Sku, BigDecimal> e : sorted) {
      BigDecimal share = total.signum() == 0 ? BigDecimal.ONE : before.divide(total, MathContext.DECIMAL64);
      out.put(e.getKey(), share.compareTo(aShare) < 0 ? AbcClass.A : share.compareTo(abShare) < 0 ? AbcClass.B : AbcClass.C);
      before = before.add(e.getValue());
    }
    return out;
  }
}
