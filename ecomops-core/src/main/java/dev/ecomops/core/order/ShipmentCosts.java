package dev.ecomops.core.order;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import java.util.Currency;
import java.util.Objects;

/**
 * What one shipment cost to send: the carrier's charge, packaging, labour (picking and packing, or
 * a provider's fees) and the goods at cost. All four in one currency, none negative; the KPIs'
 * cost per order and margin are made of them.
 *
 * @param shipping the label (carrier charge, surcharges included)
 * @param packaging cartons and fill
 * @param labour picking and packing, or a fulfilment provider's fees
 * @param goods the units shipped at cost
 */
public record ShipmentCosts(Money shipping, Money packaging, Money labour, Money goods) {
  /**
   * @throws ValidationException naming the field that is negative or in another currency than
   *     {@code shipping}
   */
  public ShipmentCosts {
    Objects.requireNonNull(shipping, "shipping");
    Objects.requireNonNull(packaging, "packaging");
    Objects.requireNonNull(labour, "labour");
    Objects.requireNonNull(goods, "goods");
    check("shipping", shipping, shipping.currency());
    check("packaging", packaging, shipping.currency());
    check("labour", labour, shipping.currency());
    check("goods", goods, shipping.currency());
  }

  /** No cost recorded, in {@code currency}: for hosts that do not track costs. */
  public static ShipmentCosts none(Currency currency) {
    Money zero = Money.zero(currency);
    return new ShipmentCosts(zero, zero, zero, zero);
  }

  private static void check(String field, Money m, Currency currency) {
    if (m.isNegative()) {
      throw ValidationException.of(field, "must not be negative", m);
    }
    if (!m.currency().equals(currency)) {
      throw ValidationException.of(field, "must be in " + currency.getCurrencyCode() + " like shipping", m);
    }
  }
}
