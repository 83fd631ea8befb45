package dev.ecomops.forecasting.replenishment;

import dev.ecomops.core.ValidationException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Promotions and peak seasons as demand multipliers over ranges of periods, per SKU and location
 * or for all. Used in both directions, as in base-times-lift promotion planning (Cooper, Baron,
 * Levy, Swisher and Gogos 1999, "PromoCast: a new forecasting method for promotion planning",
 * Marketing Science 18(3)): past promoted periods are divided by their lift so that the forecast
 * learns the baseline, and the forecast is multiplied by the lift of the periods it covers.
 * Lifts of overlapping promotions multiply. Periods are the series' own indices (from 1).
 * Immutable and thread safe.
 */
public final class PromotionCalendar {
  /**
   * One promotion.
   *
   * @param sku the SKU it lifts, null for every SKU
   * @param location the location it lifts, null for every location
   * @param from first period, at least 1
   * @param to last period, at least {@code from}
   * @param lift demand multiplier, positive (1.4 is +40%; below 1 a dampening, e.g. a competitor's sale)
   */
  public record Promotion(@Nullable String sku, @Nullable String location, int from, int to, double lift) {
    /** @throws ValidationException naming the field that breaks its range */
    public Promotion {
      if (from < 1) {
        throw ValidationException.of("from", "must be at least 1", from);
      }
      if (to < from) {
        throw ValidationException.of("to", "must be at least from (" + from + ")", to);
      }
      if (!(lift > 0) || Double.isInfinite(lift)) {
        throw ValidationException.of("lift", "must be positive and finite", lift);
      }
    }

    boolean covers(String sku, String location, int period) {
      return (this.sku == null || this.sku.equals(sku)) && (this.location == null || this.location.equals(location))
          && period >= from && period <= to;
    }
  }

  private static final PromotionCalendar EMPTY = new PromotionCalendar(List.of());

  private final List<Promotion> promotions;

  private PromotionCalendar(List<Promotion> promotions) {
    this.promotions = List.copyOf(promotions);
  }

  /** No promotions: every lift is 1. */
  public static PromotionCalendar empty() {
    return EMPTY;
  }

  /** A calendar of the given promotions. */
  public static PromotionCalendar of(List<Promotion> promotions) {
    return new PromotionCalendar(Objects.requireNonNull(promotions, "promotions"));
  }

  /** The promotions. */
  public List<Promotion> promotions() {
    return promotions;
  }

  /** The combined lift of a SKU at a location in a period: the product of the lifts covering it, 1 for none. */
  public double lift(String sku, String location, int period) {
    double lift = 1;
    for (Promotion p : promotions) {
      if (p.covers(sku, location, period)) {
        lift *= p.lift();
      }
    }
    return lift;
  }

  /**
   * The baseline of a history: each period's demand divided by its lift.
   *
   * @param history demand for periods 1, 2, …
   * @return a new array
   */
  public double[] baseline(String sku, String location, double[] history) {
    double[] out = new double[history.length];
    for (int t = 0; t < history.length; t++) {
      out[t] = history[t] / lift(sku, location, t + 1);
    }
    return out;
  }

  /**
   * A baseline forecast with the lifts of the periods it covers.
   *
   * @param forecast demand for periods {@code firstPeriod}, {@code firstPeriod + 1}, …
   * @param firstPeriod the period of {@code forecast[0]}, at least 1
   * @return a new array
   * @throws ValidationException naming {@code firstPeriod} when below 1
   */
  public double[] lifted(String sku, String location, int firstPeriod, double[] forecast) {
    if (firstPeriod < 1) {
      throw ValidationException.of("firstPeriod", "must be at least 1", firstPeriod);
    }
    double[] out = new double[forecast.length];
    for (int h = 0; h < forecast.length; h++) {
      out[h] = forecast[h] * lift(sku, location, firstPeriod + h);
    }
    return out;
  }
}
