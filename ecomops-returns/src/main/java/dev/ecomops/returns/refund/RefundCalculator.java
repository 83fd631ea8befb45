package dev.ecomops.returns.refund;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.returns.policy.LineDecision;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes refunds exactly from what was paid. A line's total (price × quantity − discount + tax)
 * is split across its units by largest remainder ({@link Money#allocate}), and the order's
 * shipping across its lines by their totals the same way, so that refunding an order in any number
 * of returns gives back exactly what was paid and never more. The units of a return are the next
 * ones after those already returned. Stateless.
 */
public final class RefundCalculator {
  private RefundCalculator() {}

  /**
   * The refund for the lines a policy accepted.
   *
   * @param decisions the policy's decisions; rejected lines are skipped
   * @param alreadyReturned units per line refunded by earlier returns
   * @param shippingPaid what the customer paid for shipping the order
   * @param labelCost the return label, deducted once when a refunded line has the customer paying it
   * @param storeCredit whether the customer takes store credit
   * @param bonusPercent the store-credit bonus, percent
   * @throws ValidationException naming {@code alreadyReturned} when a line would be refunded beyond its
   *     quantity (counting a line named twice in {@code decisions} twice), a field that is negative
   *     ({@code shippingPaid}, {@code labelCost}, a {@code restockingFee}, {@code alreadyReturned}),
   *     or {@code bonusPercent} outside 0 to 100; nothing is computed then
   */
  public static Refund refund(Order order, List<LineDecision> decisions, Map<String, Long> alreadyReturned,
      Money shippingPaid, Money labelCost, boolean storeCredit, BigDecimal bonusPercent) {
    nonNegative("shippingPaid", shippingPaid);
    nonNegative("labelCost", labelCost);
    if (bonusPercent.signum() < 0 || bonusPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw ValidationException.of("bonusPercent", "must be from 0 to 100", bonusPercent);
    }
    alreadyReturned.forEach((lineId, units) -> {
      if (units < 0) {
        throw ValidationException.of("alreadyReturned[" + lineId + "]", "must be at least 0", units);
      }
    });
    Money zero = Money.zero(shippingPaid.currency());
    List<OrderLineState> all = order.lines();
    // units of each line refunded so far, earlier returns and lines named earlier in this request
    Map<String, Long> counted = new HashMap<>(alreadyReturned);
    long[] weights = new long[all.size()];
    for (int i = 0; i < all.size(); i++) {
      weights[i] = all.get(i).line().total().minorUnits();
    }
    List<Money> shippingByLine = shippingPaid.isZero() || java.util.Arrays.stream(weights).sum() == 0
        ? java.util.Collections.nCopies(all.size(), zero) : shippingPaid.allocate(weights);
    List<Refund.Line> lines = new ArrayList<>();
    Money items = zero;
    Money shipping = zero;
    boolean customerLabel = false;
    for (LineDecision d : decisions) {
      if (!d.refunded()) {
        continue;
      }
      int index = indexOf(all, d.lineId());
      OrderLine line = all.get(index).line();
      long from = counted.getOrDefault(d.lineId(), 0L);
      if (d.quantity() < 0 || d.quantity() > line.quantity() - from) {
        throw ValidationException.of("alreadyReturned", "line " + d.lineId() + " would be refunded beyond its "
            + line.quantity() + " units", from + " + " + d.quantity());
      }
      nonNegative("restockingFee", d.restockingFee());
      counted.put(d.lineId(), from + d.quantity());
      Money paid = units(line.total(), line.quantity(), from, d.quantity());
      Money fee = d.restockingFee().compareTo(paid) > 0 ? paid : d.restockingFee();
      Money back = paid.minus(fee);
      lines.add(new Refund.Line(d.lineId(), d.quantity(), paid, fee, back));
      items = items.plus(back);
      if (d.sellerFault()) {
        shipping = shipping.plus(units(shippingByLine.get(index), line.quantity(), from, d.quantity()));
      }
      customerLabel |= d.customerPaysShipping();
    }
    Money beforeLabel = items.plus(shipping);
    Money label = customerLabel ? (labelCost.compareTo(beforeLabel) > 0 ? beforeLabel : labelCost) : zero;
    Money net = beforeLabel.minus(label);
    Money bonus = storeCredit ? net.times(bonusPercent.movePointLeft(2), RoundingMode.HALF_UP) : zero;
    return new Refund(lines, shipping, label, bonus, net.plus(bonus));
  }

  /**
   * Units [from, from + count) of an amount split over {@code of} units by largest remainder, in
   * closed form: every unit gets {@code amount ÷ of} minor units, and the first {@code amount mod
   * of} units one more (equal weights tie, and ties go to the lower index, as {@link
   * Money#allocate} does). Constant time and memory, whatever the quantity.
   */
  static Money units(Money amount, long of, long from, long count) {
    if (amount.isZero() || count == 0) {
      return Money.zero(amount.currency());
    }
    BigInteger minor = amount.amount().unscaledValue();
    int sign = minor.signum();
    BigInteger[] qr = minor.abs().divideAndRemainder(BigInteger.valueOf(of));
    long extra = Math.max(0, Math.min(from + count, qr[1].longValueExact()) - from);
    BigInteger sum = qr[0].multiply(BigInteger.valueOf(count)).add(BigInteger.valueOf(extra));
    return Money.of(new BigDecimal(sign < 0 ? sum.negate() : sum, amount.amount().scale()), amount.currency());
  }

  private static void nonNegative(String field, Money m) {
    if (m.isNegative()) {
      throw ValidationException.of(field, "must not be negative", m);
    }
  }

  private static int indexOf(List<OrderLineState> lines, String lineId) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).lineId().equals(lineId)) {
        return i;
      }
    }
    throw ValidationException.of("lineId", "must be a line of the order", lineId);
  }
}
