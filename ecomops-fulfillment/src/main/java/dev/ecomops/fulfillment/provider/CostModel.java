package dev.ecomops.fulfillment.provider;

import dev.ecomops.core.ValidationException;
import java.util.OptionalDouble;

/**
 * What fulfilment costs per month under one arrangement (in-house or a 3PL), in one currency:
 * fixed costs, a charge per order, per unit picked and per unit stored. Compare two with {@link
 * #breakEvenOrders}: in-house usually has the higher fixed and the lower variable cost, so it wins
 * above the break-even volume.
 *
 * @param fixedPerMonth rent, staff, systems, account fees; at least 0
 * @param perOrder per order shipped (pick fee, packaging); at least 0
 * @param perUnit per unit picked; at least 0
 * @param storagePerUnitMonth per unit in stock for a month; at least 0
 */
public record CostModel(double fixedPerMonth, double perOrder, double perUnit, double storagePerUnitMonth) {
  /** @throws ValidationException naming the field that is negative or not finite */
  public CostModel {
    check("fixedPerMonth", fixedPerMonth);
    check("perOrder", perOrder);
    check("perUnit", perUnit);
    check("storagePerUnitMonth", storagePerUnitMonth);
  }

  private static void check(String field, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw ValidationException.of(field, "must be a finite number at least 0", v);
    }
  }

  /** The month's cost at a volume: fixed + orders × (per order + units per order × per unit) + stored × storage. */
  public double monthlyCost(double ordersPerMonth, double unitsPerOrder, double unitsStored) {
    return fixedPerMonth + ordersPerMonth * (perOrder + unitsPerOrder * perUnit) + unitsStored * storagePerUnitMonth;
  }

  /**
   * The orders per month at which two arrangements cost the same, for a given order size and
   * stock: empty when one is cheaper at every volume (their variable costs are equal, or the
   * crossing lies below zero).
   */
  public static OptionalDouble breakEvenOrders(CostModel a, CostModel b, double unitsPerOrder, double unitsStored) {
    double fixedA = a.monthlyCost(0, unitsPerOrder, unitsStored);
    double fixedB = b.monthlyCost(0, unitsPerOrder, unitsStored);
    double variableA = a.perOrder + unitsPerOrder * a.perUnit;
    double variableB = b.perOrder + unitsPerOrder * b.perUnit;
    if (variableA == variableB) {
      return OptionalDouble.empty();
    }
    double v = (fixedB - fixedA) / (variableA - variableB);
    return v >= 0 ? OptionalDouble.of(v) : OptionalDouble.empty();
  }
}
