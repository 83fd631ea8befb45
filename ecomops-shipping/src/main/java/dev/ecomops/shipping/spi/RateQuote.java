package dev.ecomops.shipping.spi;

import dev.ecomops.core.Money;
import java.util.List;
import java.util.Objects;

/**
 * One service's price for a shipment.
 *
 * @param carrier the carrier's name
 * @param service the service, e.g. {@code ground}
 * @param total what it costs, surcharges and fuel included
 * @param transitDays business days in transit after pickup
 * @param charges how the total is made up (base per parcel, each surcharge, fuel), summing to it
 */
public record RateQuote(String carrier, String service, Money total, int transitDays, List<Charge> charges) {
  /**
   * One line of a quote.
   *
   * @param name e.g. {@code base}, {@code residential}, {@code fuel}
   * @param amount its amount
   */
  public record Charge(String name, Money amount) {}

  /** Copies the charges. */
  public RateQuote {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(total, "total");
    charges = List.copyOf(charges);
  }
}
