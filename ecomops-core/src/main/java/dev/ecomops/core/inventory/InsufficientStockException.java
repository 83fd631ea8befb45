package dev.ecomops.core.inventory;

import dev.ecomops.core.EcomopsException;

/**
 * Thrown when a command needs more units than a balance holds: reserving more than is available
 * to promise, picking more than is reserved, or any movement that would make a balance negative.
 * The command changed nothing.
 */
public final class InsufficientStockException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final long requested;
  private final long available;

  /**
   * @param key the (SKU, location), or a SKU for any-location requests
   * @param what the balance that is short, e.g. {@code available to promise}
   * @param requested units asked for
   * @param available units there are
   */
  public InsufficientStockException(String key, String what, long requested, long available) {
    super("insufficient stock at " + key + ": requested " + requested + " but " + what + " is " + available);
    this.key = key;
    this.requested = requested;
    this.available = available;
  }

  /** The (SKU, location) or SKU that is short, as text. */
  public String key() {
    return key;
  }

  /** Units asked for. */
  public long requested() {
    return requested;
  }

  /** Units there were. */
  public long available() {
    return available;
  }
}
