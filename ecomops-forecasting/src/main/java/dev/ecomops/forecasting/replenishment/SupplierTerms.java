package dev.ecomops.forecasting.replenishment;

import dev.ecomops.core.ValidationException;
import java.util.Objects;

/**
 * What a supplier's terms mean for replenishment of one SKU: who supplies it, how long it takes,
 * and the order sizes it accepts. (Supplier records, purchase orders and their lifecycle belong to
 * the supply-chain module; this is only what a suggestion needs.)
 *
 * @param supplier the supplier's identifier, empty when not named
 * @param leadTime mean lead time in periods, positive
 * @param leadTimeSd standard deviation of the lead time in periods, at least 0
 * @param minimumOrder minimum order quantity in units, at least 0
 * @param casePack units per case, at least 1: orders are whole cases
 */
public record SupplierTerms(String supplier, double leadTime, double leadTimeSd, long minimumOrder, long casePack) {
  /** @throws ValidationException naming the field that breaks its rule */
  public SupplierTerms {
    Objects.requireNonNull(supplier, "supplier");
    if (!(leadTime > 0) || Double.isInfinite(leadTime)) {
      throw ValidationException.of("leadTime", "must be positive and finite", leadTime);
    }
    if (!(leadTimeSd >= 0) || Double.isInfinite(leadTimeSd)) {
      throw ValidationException.of("leadTimeSd", "must be at least 0 and finite", leadTimeSd);
    }
    if (minimumOrder < 0) {
      throw ValidationException.of("minimumOrder", "must be at least 0", minimumOrder);
    }
    if (casePack < 1) {
      throw ValidationException.of("casePack", "must be at least 1", casePack);
    }
  }
}
