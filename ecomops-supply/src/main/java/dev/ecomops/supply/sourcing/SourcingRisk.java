package dev.ecomops.supply.sourcing;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.stat.SafetyStock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sourcing risk: SKUs with a single supplier, suppliers carrying a large share of spend, and the
 * extra safety stock an unreliable supplier's lead-time variability calls for.
 */
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

  /**
   * Buffer advice for one offer: the safety stock for a cycle service level with the offer's
   * lead-time variability, and how much of it that variability alone causes.
   *
   * @param safetyStock units, with demand and lead time both varying
   * @param dueToLeadTime units of that beyond what a supplier with the same mean lead time and no
   *     variability would need
   * @param reason the figures, in words
   */
  public record BufferAdvice(double safetyStock, double dueToLeadTime, String reason) {}

  /**
   * Buffer advice for an offer (see {@link SafetyStock#sdOverLeadTime} for the combined deviation,
   * Silver, Pyke and Thomas, <i>Inventory and Production Management in Supply Chains</i>, 4th ed.,
   * 2017, section 6.10).
   *
   * @param demandPerDay mean daily demand, at least 0
   * @param demandSdPerDay its standard deviation, at least 0
   * @param serviceLevel the cycle service level, in [0.5, 1)
   */
  public static BufferAdvice buffer(SupplierOffer offer, double demandPerDay, double demandSdPerDay, double serviceLevel) {
    double withVariability = SafetyStock.forCycleServiceLevel(SafetyStock.sdOverLeadTime(demandPerDay, demandSdPerDay,
        offer.leadTimeDays(), offer.leadTimeSdDays()), serviceLevel);
    double steady = SafetyStock.forCycleServiceLevel(SafetyStock.sdOverLeadTime(demandPerDay, demandSdPerDay,
        offer.leadTimeDays(), 0), serviceLevel);
    return new BufferAdvice(withVariability, withVariability - steady, String.format(java.util.Locale.ROOT,
        "%s lead time %.1f ± %.1f days: hold %.0f units of safety stock for %s at %.0f%% service, %.0f of them for "
            + "its lead-time variability", offer.supplier(), offer.leadTimeDays(), offer.leadTimeSdDays(), withVariability,
        offer.sku().value(), serviceLevel * 100, withVariability - steady));
  }
}
