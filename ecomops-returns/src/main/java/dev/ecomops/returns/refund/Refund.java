package dev.ecomops.returns.refund;

import dev.ecomops.core.Money;
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

  /** Copies the lines. */
  public Refund {
    lines = List.copyOf(lines);
  }
}
