package dev.ecomops.forecasting.supply;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sourcing risk flags: SKUs with a single supplier, and suppliers carrying a large share of spend. */
public final class SourcingRisk {
  private SourcingRisk() {}

  /** The SKUs only one supplier offers, sorted. */
  public static List<Sku> singleSourced(List<SupplierOffer> offers) {
    Map<Sku, Set<String>> suppliers = new HashMap<>();
    for (SupplierOffer o : offers) {
      suppliers.computeIfAbsent(o.sku(), k -> new HashSet<>()).add(o.supplier());
    }
    return suppliers.entrySet().stream().filter(e -> e.getValue().size() == 1).map(Map.Entry::getKey).sorted().toList();
  }

  /**
   * The suppliers whose share of total spend exceeds {@code maxShare}, sorted.
   *
   * @param spend per supplier, one currency
   * @param maxShare in (0, 1]
   * @throws ValidationException naming {@code maxShare} outside (0, 1]
   */
  public static List<String> concentrated(Map<String, Money> spend, double maxShare) {
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw ValidationException.of("maxShare", "must be in (0, 1]", maxShare);
    }
    BigDecimal total = spend.values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      return List.of();
    }
    return spend.entrySet().stream()
        .filter(e -> e.getValue().amount().divide(total, 10, RoundingMode.HALF_UP).doubleValue() > maxShare)
        .map(Map.Entry::getKey).sorted().toList();
  }
}
