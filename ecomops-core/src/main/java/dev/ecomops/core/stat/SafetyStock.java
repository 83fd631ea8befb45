package dev.ecomops.core.stat;

import dev.ecomops.core.ValidationException;

/**
 * Safety stock, reorder points and economic order quantities for normally distributed demand
 * over the lead time (Silver, Pyke and Thomas 2017, Inventory and Production Management in Supply
 * Chains, 4th ed., chapters 4 and 6). Units: demand and its standard deviation per period, lead
 * times in periods, costs in one currency per unit or per order.
 */
public final class SafetyStock {
  private SafetyStock() {}

  /**
   * The standard deviation of demand over a lead time that may itself vary: √(L·σ_d² + d²·σ_L²).
   *
   * @param meanDemand mean demand per period, at least 0
   * @param sdDemand standard deviation of demand per period (the forecast error's), at least 0
   * @param leadTime mean lead time in periods, positive
   * @param sdLeadTime standard deviation of the lead time in periods, at least 0 (0 for a fixed lead time)
   * @throws ValidationException naming the field that breaks its range
   */
  public static double sdOverLeadTime(double meanDemand, double sdDemand, double leadTime, double sdLeadTime) {
    nonNegative("meanDemand", meanDemand);
    nonNegative("sdDemand", sdDemand);
    nonNegative("sdLeadTime", sdLeadTime);
    if (!(leadTime > 0) || Double.isInfinite(leadTime)) {
      throw ValidationException.of("leadTime", "must be a positive number of periods", leadTime);
    }
    return Math.sqrt(leadTime * sdDemand * sdDemand + meanDemand * meanDemand * sdLeadTime * sdLeadTime);
  }

  /**
   * Safety stock for a cycle service level (the probability of no stockout in a replenishment
   * cycle): z_α · σ_L with z_α the normal quantile of the level.
   *
   * @param sdOverLeadTime σ_L, from {@link #sdOverLeadTime}
   * @param cycleServiceLevel between 0.5 and 1, exclusive of 1
   * @throws ValidationException naming {@code cycleServiceLevel} outside [0.5, 1)
   */
  public static double forCycleServiceLevel(double sdOverLeadTime, double cycleServiceLevel) {
    nonNegative("sdOverLeadTime", sdOverLeadTime);
    if (!(cycleServiceLevel >= 0.5 && cycleServiceLevel < 1)) {
      throw ValidationException.of("cycleServiceLevel", "must be in [0.5, 1)", cycleServiceLevel);
    }
    return Normal.quantile(cycleServiceLevel) * sdOverLeadTime;
  }

  /**
   * Safety stock for a fill rate (the share of demand met from stock), ordering {@code
   * orderQuantity} at a time: k · σ_L where the expected units short per cycle, σ_L · G(k), equal
   * (1 − fill rate) · Q, G the standard normal loss function, solved by bisection. Never negative.
   *
   * @param fillRate between 0 and 1, exclusive of 1
   * @param orderQuantity Q, positive
   * @throws ValidationException naming the field that breaks its range
   */
  public static double forFillRate(double sdOverLeadTime, double fillRate, double orderQuantity) {
    nonNegative("sdOverLeadTime", sdOverLeadTime);
    if (!(fillRate > 0 && fillRate < 1)) {
      throw ValidationException.of("fillRate", "must be in (0, 1)", fillRate);
    }
    if (!(orderQuantity > 0)) {
      throw ValidationException.of("orderQuantity", "must be positive", orderQuantity);
    }
    if (sdOverLeadTime == 0) {
      return 0;
    }
    double target = (1 - fillRate) * orderQuantity / sdOverLeadTime;
    if (Normal.loss(0) <= target) {
      return 0;
    }
    double lo = 0;
    double hi = 10;
    for (int i = 0; i < 100; i++) {
      double mid = (lo + hi) / 2;
      if (Normal.loss(mid) > target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2 * sdOverLeadTime;
  }

  /** The reorder point: expected demand over the lead time plus safety stock. */
  public static double reorderPoint(double meanDemand, double leadTime, double safetyStock) {
    nonNegative("meanDemand", meanDemand);
    nonNegative("leadTime", leadTime);
    nonNegative("safetyStock", safetyStock);
    return meanDemand * leadTime + safetyStock;
  }

  /**
   * The economic order quantity of Harris (1913, "How many parts to make at once", Factory, The
   * Magazine of Management 10(2)): √(2DS / H).
   *
   * @param demandPerYear D, at least 0
   * @param costPerOrder S, positive
   * @param holdingCostPerUnitYear H, positive
   * @throws ValidationException naming the field that breaks its range
   */
  public static double economicOrderQuantity(double demandPerYear, double costPerOrder, double holdingCostPerUnitYear) {
    nonNegative("demandPerYear", demandPerYear);
    if (!(costPerOrder > 0)) {
      throw ValidationException.of("costPerOrder", "must be positive", costPerOrder);
    }
    if (!(holdingCostPerUnitYear > 0)) {
      throw ValidationException.of("holdingCostPerUnitYear", "must be positive", holdingCostPerUnitYear);
    }
    return Math.sqrt(2 * demandPerYear * costPerOrder / holdingCostPerUnitYear);
  }

  private static void nonNegative(String field, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw ValidationException.of(field, "must be a finite number at least 0", v);
    }
  }
}
