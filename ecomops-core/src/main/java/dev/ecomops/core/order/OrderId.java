package dev.ecomops.core.order;

import dev.ecomops.core.Check;

/**
 * An order's id, chosen by the host (the storefront's order number).
 *
 * @param value 1 to 100 characters, not blank
 */
public record OrderId(String value) implements Comparable<OrderId> {

  /** @throws dev.ecomops.core.ValidationException naming {@code orderId} if blank or too long */
  public OrderId {
    Check.text("orderId", value, 100);
  }

  /** The id with this value. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public int compareTo(OrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
