package dev.ecomops.fulfillment.spi;

import dev.ecomops.core.Address;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import java.util.List;
import java.util.Objects;

/**
 * An order to fulfil, as handed to a provider.
 *
 * @param orderId our order
 * @param shipTo where it goes
 * @param service the shipping service asked for, e.g. {@code standard}
 * @param lines what to ship, at least one line
 */
public record FulfillmentRequest(OrderId orderId, Address shipTo, String service, List<Line> lines) {

  /**
   * One line.
   *
   * @param sku the SKU
   * @param quantity units, at least 1
   */
  public record Line(Sku sku, long quantity) {
    /** @throws ValidationException naming {@code quantity} when below 1 */
    public Line {
      Objects.requireNonNull(sku, "sku");
      if (quantity < 1) {
        throw ValidationException.of("quantity", "must be at least 1", quantity);
      }
    }
  }

  /** @throws ValidationException naming {@code lines} when empty */
  public FulfillmentRequest {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(shipTo, "shipTo");
    Objects.requireNonNull(service, "service");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw ValidationException.of("lines", "must have at least one line", orderId.value());
    }
  }

  /** Units in all lines. */
  public long units() {
    return lines.stream().mapToLong(Line::quantity).sum();
  }
}
