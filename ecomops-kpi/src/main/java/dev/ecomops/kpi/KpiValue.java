package dev.ecomops.kpi;

/**
 * A KPI's value with what it was computed from.
 *
 * @param value the KPI in its {@link Kpi#unit()}; NaN when its denominator is 0 (nothing to measure)
 * @param numerator for a rate the events that count, for a mean or per-order figure the total, for
 *     a percentile the percentile itself
 * @param denominator the events it is over (for a percentile, how many durations)
 */
public record KpiValue(double value, double numerator, double denominator) {

  static KpiValue ratio(double numerator, double denominator) {
    return new KpiValue(denominator == 0 ? Double.NaN : numerator / denominator, numerator, denominator);
  }

  /** Whether there was anything to measure. */
  public boolean defined() {
    return !Double.isNaN(value);
  }
}
