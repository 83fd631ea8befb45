package dev.ecomops.supply.sourcing;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one supplier offers for one SKU.
 *
 * @param supplier the supplier
 * @param sku our SKU
 * @param supplierSku the supplier's own code for it
 * @param priceBreaks unit cost by minimum quantity, at least one, the first from 1 unit (or the MOQ)
 * @param minimumOrder units, at least 0
 * @param casePack units per case, at least 1
 * @param leadTimeDays mean lead time, positive
 * @param leadTimeSdDays lead time variability, at least 0
 * @param onTimeRate the share of its deliveries on time, in [0, 1]
 * @param primary whether it is the SKU's primary supplier
 */
public record SupplierOffer(String supplier, Sku sku, String supplierSku, List<PriceBreak> priceBreaks, long minimumOrder,
    long casePack, double leadTimeDays, double leadTimeSdDays, double onTimeRate, boolean primary) {

  /**
   * A unit cost from a quantity up.
   *
   * @param minQuantity the smallest order it applies to, at least 1
   * @param unitCost the cost per unit
   */
  public record PriceBreak(long minQuantity, Money unitCost) {
    /**
     * @throws ValidationException naming {@code minQuantity} when outside 1 to 10^12, or {@code
     *     unitCost} when negative
     */
    public PriceBreak {
      Objects.requireNonNull(unitCost, "unitCost");
      dev.ecomops.core.Check.quantity("minQuantity", minQuantity);
      if (unitCost.isNegative()) {
        throw ValidationException.of("unitCost", "must not be negative", unitCost);
      }
    }
  }

  /** @throws ValidationException naming the field that breaks its rule */
  public SupplierOffer {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(supplierSku, "supplierSku");
    priceBreaks = priceBreaks.stream().sorted(Comparator.comparingLong(PriceBreak::minQuantity)).toList();
    if (priceBreaks.isEmpty()) {
      throw ValidationException.of("priceBreaks", "must have at least one price", supplier);
    }
    if (minimumOrder < 0) {
      throw ValidationException.of("minimumOrder", "must be at least 0", minimumOrder);
    }
    if (casePack < 1) {
      throw ValidationException.of("casePack", "must be at least 1", casePack);
    }
    if (!(leadTimeDays > 0)) {
      throw ValidationException.of("leadTimeDays", "must be positive", leadTimeDays);
    }
    if (!(leadTimeSdDays >= 0)) {
      throw ValidationException.of("leadTimeSdDays", "must be at least 0", leadTimeSdDays);
    }
    if (!(onTimeRate >= 0 && onTimeRate <= 1)) {
      throw ValidationException.of("onTimeRate", "must be in [0, 1]", onTimeRate);
    }
  }

  /** What to order to cover {@code wanted} units: at least the minimum, whole cases; 0 for 0. */
  public long orderQuantity(long wanted) {
    if (wanted <= 0) {
      return 0;
    }
    long q = Math.max(wanted, minimumOrder);
    return (q + casePack - 1) / casePack * casePack;
  }

  /** The unit cost at a quantity: the price of the largest break it reaches (the first break below all). */
  public Money unitCost(long quantity) {
    Money cost = priceBreaks.get(0).unitCost();
    for (PriceBreak b : priceBreaks) {
      if (quantity >= b.minQuantity()) {
        cost = b.unitCost();
      }
    }
    return cost;
  }

  /** Its stated lead time, as a distribution. */
  public LeadTime leadTime() {
    return LeadTime.stated(leadTimeDays, leadTimeSdDays);
  }

  /** The same offer planned with another lead time (for example one {@link LeadTime#learn learned} from receipts). */
  public SupplierOffer withLeadTime(LeadTime planned) {
    return new SupplierOffer(supplier, sku, supplierSku, priceBreaks, minimumOrder, casePack, planned.meanDays(),
        planned.sdDays(), onTimeRate, primary);
  }
}
