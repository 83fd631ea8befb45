package dev.ecomops.shipping.customs;

import dev.ecomops.core.Money;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What an international order costs delivered: goods, shipping, duty and import tax, and who pays
 * the last two. Duty is each line's value times its HS code's rate (none when the goods' total is
 * within the duty de minimis); tax is charged on goods, shipping and duty together, as EU and UK
 * VAT is (none within the tax de minimis). Amounts round half up to the currency's minor unit.
 *
 * @param goods the goods' value
 * @param shipping the shipping charge
 * @param duty duties
 * @param tax import tax
 * @param incoterm who pays duty and tax: the seller under DDP, the customer at the door under DAP
 */
public record LandedCost(Money goods, Money shipping, Money duty, Money tax, Incoterm incoterm) {

  /** Goods + shipping + duty + tax. */
  public Money total() {
    return goods.plus(shipping).plus(duty).plus(tax);
  }

  /** What the customer pays at checkout: everything under DDP, goods and shipping under DAP. */
  public Money atCheckout() {
    return incoterm == Incoterm.DDP ? total() : goods.plus(shipping);
  }

  /** What the customer pays on delivery: nothing under DDP, duty and tax under DAP. */
  public Money onDelivery() {
    return incoterm == Incoterm.DDP ? Money.zero(goods.currency()) : duty.plus(tax);
  }

  /**
   * The landed cost of a declaration.
   *
   * @param shipping in the declaration's currency
   * @throws dev.ecomops.core.CurrencyMismatchException when shipping or a de minimis is in another currency
   */
  public static LandedCost quote(CustomsDeclaration d, Money shipping, TariffTable tariff) {
    Objects.requireNonNull(shipping, "shipping");
    String country = d.destinationCountry();
    Money goods = d.value();
    Money duty = Money.zero(goods.currency());
    boolean dutyFree = tariff.dutyDeMinimis(country).map(m -> goods.compareTo(m) <= 0).orElse(false);
    if (!dutyFree) {
      for (CustomsLine l : d.lines()) {
        duty = duty.plus(l.value().times(tariff.dutyRate(country, l.hsCode()), RoundingMode.HALF_UP));
      }
    }
    boolean taxFree = tariff.taxDeMinimis(country).map(m -> goods.compareTo(m) <= 0).orElse(false);
    Money tax = taxFree ? Money.zero(goods.currency())
        : goods.plus(shipping).plus(duty).times(tariff.taxRate(country), RoundingMode.HALF_UP);
    return new LandedCost(goods, shipping, duty, tax, d.incoterm());
  }
}
