package dev.ecomops.core.inventory;

import dev.ecomops.core.Check;

/**
 * The id of a reservation, issued by the {@code IdGenerator} when it is made.
 *
 * @param value the id itself
 */
public record ReservationId(String value) {

  /** @throws dev.ecomops.core.ValidationException naming {@code reservationId} if blank or over 100 characters */
  public ReservationId {
    Check.text("reservationId", value, 100);
  }

  /** The id with this value. */
  public static ReservationId of(String value) {
    return new ReservationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
