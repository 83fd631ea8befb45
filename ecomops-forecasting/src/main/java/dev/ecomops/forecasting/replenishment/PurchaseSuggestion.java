package dev.ecomops.forecasting.replenishment;

import dev.ecomops.core.ValidationException;

/**
 * What to order for one SKU at one location.
 *
 * @param sku the SKU
 * @param location the location
 * @param supplier the supplier to order from
 * @param position the inventory position it was computed from: on hand + on order − reserved
 * @param policyQuantity what the policy asked for, before supplier rounding
 * @param quantity what to order: at least the supplier's minimum and a whole number of case packs, 0 for nothing
 */
public record PurchaseSuggestion(String sku, String location, String supplier, double position, double policyQuantity,
    long quantity) {

  /**
   * Rounds a policy's quantity up to the supplier's constraints: nothing stays nothing; anything
   * else becomes at least {@code minimumOrder} and a multiple of {@code casePack}.
   *
   * @param minimumOrder at least 0
   * @param casePack at least 1
   * @throws ValidationException naming the field that breaks its range, or {@code policyQuantity}
   *     above {@link dev.ecomops.core.Check#MAX_QUANTITY} (an overflowed position, not a purchase)
   */
  public static long round(double policyQuantity, long minimumOrder, long casePack) {
    if (minimumOrder < 0) {
      throw ValidationException.of("minimumOrder", "must be at least 0", minimumOrder);
    }
    if (casePack < 1) {
      throw ValidationException.of("casePack", "must be at least 1", casePack);
    }
    if (!(policyQuantity <= dev.ecomops.core.Check.MAX_QUANTITY)) { // NaN too
      throw ValidationException.of("policyQuantity", "must be at most " + dev.ecomops.core.Check.MAX_QUANTITY
          + " units (check the position and the policy's figures)", policyQuantity);
    }
    if (policyQuantity <= 0) {
      return 0;
    }
    long q = Math.max((long) Math.ceil(policyQuantity - 1e-9), minimumOrder);
    try {
      return Math.multiplyExact(Math.addExact(q, casePack - 1) / casePack, casePack);
    } catch (ArithmeticException e) {
      throw ValidationException.of("casePack", "rounds " + q + " units past what a long holds", casePack);
    }
  }

  /**
   * The suggestion for one SKU at one location: the policy's quantity for the inventory position,
   * rounded up to the supplier's minimum and case pack.
   *
   * @param onHand units on hand
   * @param onOrder units ordered, not yet received
   * @param reserved units promised to customers (and held back)
   * @param reviewDue whether this is a review of a periodic policy
   */
  public static PurchaseSuggestion of(String sku, String location, Policy policy, double onHand, double onOrder,
      double reserved, boolean reviewDue, SupplierTerms supplier) {
    double position = onHand + onOrder - reserved;
    double q = policy.orderFor(position, reviewDue);
    return new PurchaseSuggestion(sku, location, supplier.supplier(), position, q,
        round(q, supplier.minimumOrder(), supplier.casePack()));
  }
}
