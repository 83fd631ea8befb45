package dev.ecomops.fulfillment.planning;

import dev.ecomops.core.ValidationException;

/**
 * Staff per shift from forecast orders: the day's pick and pack workload in hours (units over the
 * pick rate, orders over the pack rate), scaled by a peak factor for the busiest part of the day,
 * over the productive hours one person gives in a shift (shift length times utilisation), rounded
 * up. The standard workload-over-capacity method of labour planning (Bartholdi and Hackman,
 * Warehouse and Distribution Science, chapter on labour).
 *
 * @param unitsPerOrder average units per order, positive
 * @param pickUnitsPerHour units one picker picks an hour, positive
 * @param packOrdersPerHour orders one packer packs an hour, positive
 * @param shiftHours hours in a shift, positive
 * @param shiftsPerDay shifts the day is spread over, at least 1
 * @param utilisation share of a shift spent working, in (0, 1]
 * @param peakFactor how much busier than average the peak runs, at least 1
 */
public record LabourPlanner(double unitsPerOrder, double pickUnitsPerHour, double packOrdersPerHour, double shiftHours,
    int shiftsPerDay, double utilisation, double peakFactor) {

  /** @throws ValidationException naming the field that breaks its rule */
  public LabourPlanner {
    positive("unitsPerOrder", unitsPerOrder);
    positive("pickUnitsPerHour", pickUnitsPerHour);
    positive("packOrdersPerHour", packOrdersPerHour);
    positive("shiftHours", shiftHours);
    if (shiftsPerDay < 1) {
      throw ValidationException.of("shiftsPerDay", "must be at least 1", shiftsPerDay);
    }
    if (!(utilisation > 0 && utilisation <= 1)) {
      throw ValidationException.of("utilisation", "must be in (0, 1]", utilisation);
    }
    if (!(peakFactor >= 1) || Double.isInfinite(peakFactor)) {
      throw ValidationException.of("peakFactor", "must be at least 1", peakFactor);
    }
  }

  private static void positive(String field, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw ValidationException.of(field, "must be positive and finite", v);
    }
  }

  /**
   * Staff for one shift of a day.
   *
   * @param pickers people picking
   * @param packers people packing
   */
  public record Shift(int pickers, int packers) {
    /** Everyone. */
    public int total() {
      return pickers + packers;
    }
  }

  /**
   * The staff each shift needs on a day with the given orders.
   *
   * @param ordersPerDay forecast orders, at least 0
   * @throws ValidationException naming {@code ordersPerDay} when negative
   */
  public Shift perShift(double ordersPerDay) {
    if (!(ordersPerDay >= 0) || Double.isInfinite(ordersPerDay)) {
      throw ValidationException.of("ordersPerDay", "must be a finite number at least 0", ordersPerDay);
    }
    double orders = ordersPerDay / shiftsPerDay * peakFactor;
    double productive = shiftHours * utilisation;
    int pickers = (int) Math.ceil(orders * unitsPerOrder / pickUnitsPerHour / productive - 1e-9);
    int packers = (int) Math.ceil(orders / packOrdersPerHour / productive - 1e-9);
    return new Shift(pickers, packers);
  }
}
