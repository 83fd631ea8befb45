package dev.ecomops.core.allocation;

import dev.ecomops.core.Check;
import dev.ecomops.core.Sku;
import java.util.Objects;

/**
 * Units of one order line: in a request, what is wanted; in a shipment, what one location sends.
 *
 * @param lineId the order line's id, 1 to 100 characters
 * @param sku the SKU (possibly a kit)
 * @param quantity units, at least 1
 */
public record AllocationLine(String lineId, Sku sku, long quantity) {

  /**
   * @throws dev.ecomops.core.ValidationException naming {@code lineId} or {@code quantity} when broken
   * @throws NullPointerException if {@code sku} is null
   */
  public AllocationLine {
    Check.text("lineId", lineId, 100);
    Objects.requireNonNull(sku, "sku");
    Check.quantity("quantity", quantity);
  }

  /** The line with this id, SKU and quantity. */
  public static AllocationLine of(String lineId, Sku sku, long quantity) {
    return new AllocationLine(lineId, sku, quantity);
  }

  /** The same line with another quantity. */
  public AllocationLine withQuantity(long quantity) {
    return new AllocationLine(lineId, sku, quantity);
  }
}
