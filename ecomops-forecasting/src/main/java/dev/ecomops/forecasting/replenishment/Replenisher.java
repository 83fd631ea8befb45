package dev.ecomops.forecasting.replenishment;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.stat.SafetyStock;
import dev.ecomops.forecasting.method.Forecast;
import dev.ecomops.forecasting.method.ForecastMethod;
import java.util.Objects;

/**
 * The replenishment recipe for one SKU at one location, the one {@code ecomops replenish} and the
 * simulator both use: forecast the baseline demand per period from the history (promoted periods
 * divided by their lift), lift the periods ahead a promotion covers, take the demand's spread from
 * the forecast's 95% interval (scaled by the average lift), size safety stock for a cycle service
 * level or a fill rate over the cover period (lead time, plus the review period of a periodic
 * policy) with the supplier's lead-time variability, and set the policy's parameters:
 *
 * <ul>
 *   <li>(s, Q): s = demand over the lead time + safety stock; Q given, or the EOQ (Harris 1913)
 *       from the order and holding costs;
 *   <li>(s, S): s as above, S = s + demand over {@code orderUpToPeriods};
 *   <li>(R, S): S = demand over lead time and review period + safety stock, ordered up to at each
 *       review (Silver, Pyke and Thomas 2017, "Inventory and Production Management in Supply
 *       Chains", ch. 6 and 7).
 * </ul>
 *
 * What to order is then {@link PurchaseSuggestion#of}: the policy's quantity for the inventory
 * position, rounded to the supplier's minimum and case pack. Thread safe when the forecaster is.
 */
public final class Replenisher {
  private final ForecastMethod forecaster;

  private Replenisher(ForecastMethod forecaster) {
    this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
  }

  /**
   * A replenisher forecasting with {@code forecaster} ({@code Auto.byClass()} for the best
   * forecasts; a cheaper one where thousands of reviews a day must be fast, as in the simulator).
   */
  public static Replenisher with(ForecastMethod forecaster) {
    return new Replenisher(forecaster);
  }

  /** The policy families. */
  public enum Kind {
    /** (s, Q): order Q when the position falls to s or below. */
    REORDER_POINT_QUANTITY,
    /** (s, S): order up to S when the position falls to s or below. */
    REORDER_POINT_ORDER_UP_TO,
    /** (R, S): every review period, order up to S. */
    PERIODIC_ORDER_UP_TO
  }

  /**
   * The service a policy is sized for.
   *
   * @param fillRate true for a fill rate (share of demand met from stock), false for a cycle service
   *     level (share of cycles without a stockout)
   * @param level the target, in [0.5, 1) for a cycle service level, in (0, 1) for a fill rate
   */
  public record ServiceTarget(boolean fillRate, double level) {
    /** @throws ValidationException naming {@code level} out of range */
    public ServiceTarget {
      if (fillRate ? !(level > 0 && level < 1) : !(level >= 0.5 && level < 1)) {
        throw ValidationException.of("level", fillRate ? "must be in (0, 1)" : "must be in [0.5, 1)", level);
      }
    }

    /** A cycle service level. */
    public static ServiceTarget cycleServiceLevel(double level) {
      return new ServiceTarget(false, level);
    }

    /** A fill rate. */
    public static ServiceTarget fillRate(double level) {
      return new ServiceTarget(true, level);
    }
  }

  /**
   * How one SKU at one location is replenished. Build it with the factories.
   *
   * @param kind the policy family
   * @param supplier lead time (periods), its deviation, minimum order and case pack
   * @param reviewPeriod periods between reviews of a periodic policy, else 0
   * @param target the service the safety stock is sized for
   * @param orderQuantity Q of an (s, Q) policy, or NaN for the EOQ
   * @param orderCost cost per order, for the EOQ (NaN otherwise)
   * @param holdingCost holding cost per unit and period, for the EOQ (NaN otherwise)
   * @param orderUpToPeriods periods of demand between s and S of an (s, S) policy (S is at least s
   *     + 1 unit), else 0
   */
  public record Spec(Kind kind, SupplierTerms supplier, double reviewPeriod, ServiceTarget target, double orderQuantity,
      double orderCost, double holdingCost, double orderUpToPeriods) {
    /** @throws ValidationException naming the field that breaks its rule */
    public Spec {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(supplier, "supplier");
      Objects.requireNonNull(target, "target");
      if (kind == Kind.PERIODIC_ORDER_UP_TO && !(reviewPeriod > 0 && reviewPeriod < Double.POSITIVE_INFINITY)) {
        throw ValidationException.of("reviewPeriod", "must be positive for a periodic policy", reviewPeriod);
      }
      if (kind == Kind.REORDER_POINT_QUANTITY && Double.isNaN(orderQuantity)
          && !(orderCost > 0 && holdingCost > 0 && Double.isFinite(orderCost) && Double.isFinite(holdingCost))) {
        throw ValidationException.of("orderQuantity", "must be given, or orderCost and holdingCost for the EOQ",
            orderQuantity);
      }
      if (kind == Kind.REORDER_POINT_QUANTITY && !Double.isNaN(orderQuantity)
          && !(orderQuantity > 0 && Double.isFinite(orderQuantity))) {
        throw ValidationException.of("orderQuantity", "must be positive", orderQuantity);
      }
      if (kind == Kind.REORDER_POINT_ORDER_UP_TO && !(orderUpToPeriods >= 0 && Double.isFinite(orderUpToPeriods))) {
        throw ValidationException.of("orderUpToPeriods", "must be at least 0", orderUpToPeriods);
      }
    }

    /** (R, S) with a review every {@code reviewPeriod} periods. */
    public static Spec periodic(SupplierTerms supplier, double reviewPeriod, ServiceTarget target) {
      return new Spec(Kind.PERIODIC_ORDER_UP_TO, supplier, reviewPeriod, target, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** (s, Q) with a given Q. */
    public static Spec reorderPoint(SupplierTerms supplier, double orderQuantity, ServiceTarget target) {
      return new Spec(Kind.REORDER_POINT_QUANTITY, supplier, 0, target, orderQuantity, Double.NaN, Double.NaN, 0);
    }

    /** (s, Q) with Q the EOQ at the forecast demand. */
    public static Spec reorderPointEoq(SupplierTerms supplier, double orderCost, double holdingCost, ServiceTarget target) {
      return new Spec(Kind.REORDER_POINT_QUANTITY, supplier, 0, target, Double.NaN, orderCost, holdingCost, 0);
    }

    /** (s, S) with S − s = {@code orderUpToPeriods} periods of demand. */
    public static Spec minMax(SupplierTerms supplier, double orderUpToPeriods, ServiceTarget target) {
      return new Spec(Kind.REORDER_POINT_ORDER_UP_TO, supplier, 0, target, Double.NaN, Double.NaN, Double.NaN,
          orderUpToPeriods);
    }

    /** Periods the safety stock covers: the lead time, plus the review period of a periodic policy. */
    double cover() {
      return supplier.leadTime() + (kind == Kind.PERIODIC_ORDER_UP_TO ? reviewPeriod : 0);
    }
  }

  /**
   * A policy worked out.
   *
   * @param policy the policy with its parameters
   * @param meanPerPeriod forecast demand per period over the cover, promotions lifted
   * @param sdOverCover the deviation of demand over the cover
   * @param safetyStock units held against that deviation
   * @param reorderPoint s, or NaN for a periodic policy
   * @param orderUpTo S (for (s, Q): s + Q)
   */
  public record Plan(Policy policy, double meanPerPeriod, double sdOverCover, double safetyStock, double reorderPoint,
      double orderUpTo) {}

  /** Plans from a history without promotions. */
  public Plan plan(double[] history, Spec spec) {
    return plan(history, spec, PromotionCalendar.empty(), "", "");
  }

  /**
   * Plans one SKU at one location.
   *
   * @param history demand per period, oldest first (at least one value)
   * @param promotions the lifts of periods past and ahead (periods numbered from 1, the first of
   *     the history)
   * @throws ValidationException naming the field for a bad history or a value a policy refuses
   */
  public Plan plan(double[] history, Spec spec, PromotionCalendar promotions, String sku, String location) {
    double cover = spec.cover();
    double[] y = promotions.baseline(sku, location, history);
    int horizon = Math.max(1, (int) Math.ceil(cover));
    Forecast f = forecaster.forecast(y, 1, horizon);
    double[] lifted = promotions.lifted(sku, location, y.length + 1, f.mean());
    double meanPerPeriod = 0;
    for (double v : lifted) {
      meanPerPeriod += v / horizon;
    }
    double baseline = 0;
    for (double v : f.mean()) {
      baseline += v / horizon;
    }
    // demand's spread grows with its level: scale the baseline's by the average lift
    double lift = baseline > 0 ? meanPerPeriod / baseline : 1;
    double sdPerPeriod = (f.hi95()[0] - f.mean()[0]) / 1.959964 * lift;
    double sdCover = SafetyStock.sdOverLeadTime(meanPerPeriod, sdPerPeriod, cover, spec.supplier().leadTimeSd());
    double q = switch (spec.kind()) {
      case REORDER_POINT_QUANTITY -> Double.isNaN(spec.orderQuantity())
          ? Math.max(1, SafetyStock.economicOrderQuantity(meanPerPeriod, spec.orderCost(), spec.holdingCost()))
          : spec.orderQuantity();
      case REORDER_POINT_ORDER_UP_TO -> meanPerPeriod * spec.orderUpToPeriods();
      case PERIODIC_ORDER_UP_TO -> meanPerPeriod * spec.reviewPeriod();
    };
    double ss = spec.target().fillRate()
        ? SafetyStock.forFillRate(sdCover, spec.target().level(), Math.max(q, 1e-9))
        : SafetyStock.forCycleServiceLevel(sdCover, spec.target().level());
    double lead = spec.supplier().leadTime();
    return switch (spec.kind()) {
      case REORDER_POINT_QUANTITY -> {
        double s = SafetyStock.reorderPoint(meanPerPeriod, lead, ss);
        yield new Plan(new Policy.ReorderPointQuantity(s, q), meanPerPeriod, sdCover, ss, s, s + q);
      }
      case REORDER_POINT_ORDER_UP_TO -> {
        double s = SafetyStock.reorderPoint(meanPerPeriod, lead, ss);
        double upTo = s + q + 1e-9;
        yield new Plan(new Policy.ReorderPointOrderUpTo(s, Math.max(upTo, s + 1)), meanPerPeriod, sdCover, ss, s, upTo);
      }
      case PERIODIC_ORDER_UP_TO -> {
        double upTo = meanPerPeriod * cover + ss;
        yield new Plan(new Policy.PeriodicOrderUpTo(upTo), meanPerPeriod, sdCover, ss, Double.NaN, upTo);
      }
    };
  }

  /**
   * What to order now under a plan: the policy's quantity for the position, rounded to the
   * supplier's minimum and case pack.
   *
   * @param reviewDue whether this is a review of a periodic policy
   */
  public static PurchaseSuggestion suggest(Plan plan, Spec spec, String sku, String location, double onHand,
      double onOrder, double reserved, boolean reviewDue) {
    return PurchaseSuggestion.of(sku, location, plan.policy(), onHand, onOrder, reserved, reviewDue, spec.supplier());
  }
}
