package dev.ecomops.kpi;

import dev.ecomops.core.ValidationException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * How the engine reads facts.
 *
 * @param zone the zone whose calendar days, ISO weeks (Monday first) and months make the windows
 * @param currency the currency every amount must be in
 * @param holdingRatePerYear the annual cost of holding stock as a share of its value (0.25 = 25%), at least 0
 */
public record KpiSettings(ZoneId zone, Currency currency, double holdingRatePerYear) {

  /** @throws ValidationException naming the field that breaks its rule */
  public KpiSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(currency, "currency");
    if (!(holdingRatePerYear >= 0) || Double.isInfinite(holdingRatePerYear)) {
      throw ValidationException.of("holdingRatePerYear", "must be at least 0 and finite", holdingRatePerYear);
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw ValidationException.of("currency", "must have minor units", currency);
    }
  }

  /** UTC, US dollars, 25% a year. */
  public static KpiSettings defaults() {
    return new KpiSettings(ZoneId.of("UTC"), Currency.getInstance("USD"), 0.25);
  }

  /** Minor units in one major unit (100 for dollars). */
  double minorPerMajor() {
    return Math.pow(10, currency.getDefaultFractionDigits());
  }
}
