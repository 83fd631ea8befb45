package dev.ecomops.core;

/**
 * The id of a return merchandise authorization (RMA), chosen by the host or the returns portal,
 * e.g. {@code RMA-1001}. Typed, as every entity's id is, so that an RMA id cannot be passed where
 * an order id is meant.
 *
 * @param value 1 to 100 characters, not blank
 */
public record RmaId(String value) implements Comparable<RmaId> {

  /** @throws ValidationException naming {@code rmaId} if blank or longer than 100 characters */
  public RmaId {
    Check.text("rmaId", value, 100);
  }

  /**
   * The id with this value.
   *
   * @throws ValidationException naming {@code rmaId} if blank or longer than 100 characters
   */
  public static RmaId of(String value) {
    return new RmaId(value);
  }

  @Override
  public int compareTo(RmaId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
