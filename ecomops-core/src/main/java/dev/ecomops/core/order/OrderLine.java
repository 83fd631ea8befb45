package dev.ecomops.core.order;

import dev.ecomops.core.Check;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import org.immutables.value.Value;

/**
 * What a customer ordered on one line: a SKU, a quantity and what they pay for it. Money is per
 * line: {@code unitPrice × quantity − discount + tax}.
 *
 * <p>Rules checked on build: line id 1 to 100 characters; quantity at least 1; prices in one
 * currency, none negative; the discount at most the line's price.
 */
@Value.Immutable
public abstract class OrderLine {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderLine}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutableOrderLine.Builder {}

  /** The line's id within its order. */
  public abstract String lineId();

  /** The SKU ordered (possibly a kit). */
  public abstract Sku sku();

  /** Units ordered. */
  public abstract long quantity();

  /** Price of one unit before discount and tax. */
  public abstract Money unitPrice();

  /** Discount on the whole line; zero by default. */
  @Value.Default
  public Money discount() {
    return Money.zero(unitPrice().currency());
  }

  /** Tax on the whole line; zero by default. */
  @Value.Default
  public Money tax() {
    return Money.zero(unitPrice().currency());
  }

  /** What the customer pays for the line: price × quantity − discount + tax. */
  public Money total() {
    return unitPrice().times(quantity()).minus(discount()).plus(tax());
  }

  /** The same line with another quantity (an edit). */
  public OrderLine withQuantityOf(long quantity) {
    return ((ImmutableOrderLine) ImmutableOrderLine.copyOf(this)).withQuantity(quantity);
  }

  @Value.Check
  protected void check() {
    Check.text("lineId", lineId(), 100);
    Check.quantity("quantity", quantity());
    if (unitPrice().isNegative() || discount().isNegative() || tax().isNegative()) {
      throw ValidationException.of("unitPrice", "prices, discounts and taxes must not be negative", this);
    }
    // plus() refuses another currency with CurrencyMismatchException
    unitPrice().plus(discount()).plus(tax());
    if (discount().compareTo(unitPrice().times(quantity())) > 0) {
      throw ValidationException.of("discount", "must not exceed unit price × quantity", discount());
    }
    // a total is money like any other: bounded, so sums and minor units of it stay exact in a long
    if (total().amount().precision() - total().amount().scale() > Money.MAX_INTEGER_DIGITS) {
      throw ValidationException.of("quantity", "unit price × quantity + tax must be less than 10^"
          + Money.MAX_INTEGER_DIGITS, unitPrice().amount().toPlainString() + " × " + quantity());
    }
  }
}
