package dev.ecomops.returns.refund;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import java.util.List;

/**
 * A refund's breakdown. All amounts in the order's currency; the parts sum exactly to the total.
 *
 * @param lines per refunded line: what those units cost the customer, the fee kept, the refund
 * @param shippingRefund original shipping given back (seller-fault returns, its share of the lines returned)
 * @param labelDeduction the return label charged to the customer, kept once per request
 * @param storeCreditBonus the bonus on a refund taken as store credit
 * @param total what goes back
 */
public record Refund(List<Line> lines, Money shippingRefund, Money labelDeduction, Money storeCreditBonus, Money total) {

  /**
   * One line.
   *
   * @param lineId the order line
   * @param quantity units
   * @param paid what those units cost: their share of price − discount + tax
   * @param restockingFee the fee kept
   * @param refund paid − fee
   */
  public record Line(String lineId, long quantity, Money paid, Money restockingFee, Money refund) {}

  /**
   * Copies the lines and checks that the parts add up.
   *
   * @throws ValidationException naming the field when an amount is negative, a line's refund is
   *     not its paid amount less its fee, a quantity is below 1, or the total is not the lines'
   *     refunds plus the shipping refund, less the label, plus the bonus
   */
  public Refund {
    lines = List.copyOf(lines);
    Money sum = Money.zero(total.currency());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String at = "lines[" + i + "]";
      if (l.quantity() < 1) {
        throw ValidationException.of(at + ".quantity", "must be at least 1", l.quantity());
      }
      if (l.paid().isNegative() || l.restockingFee().isNegative() || !l.refund().equals(l.paid().minus(l.restockingFee()))
          || l.refund().isNegative()) {
        throw ValidationException.of(at + ".refund", "must be paid less restocking fee, none negative", l.refund());
      }
      sum = sum.plus(l.refund());
    }
    for (Money part : List.of(shippingRefund, labelDeduction, storeCreditBonus, total)) {
      if (part.isNegative()) {
        throw ValidationException.of("total", "no part of a refund may be negative", part);
      }
    }
    Money expected = sum.plus(shippingRefund).minus(labelDeduction).plus(storeCreditBonus);
    if (!expected.equals(total)) {
      throw ValidationException.of("total", "must be the lines' refunds + shipping − label + bonus (" + expected + ")",
          total);
    }
  }
}
