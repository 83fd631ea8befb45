package dev.ecomops.fulfillment.layout;

import dev.ecomops.core.ValidationException;
import java.util.Objects;

/**
 * A storage bin on one side of an aisle; it is picked from the aisle's centre line at its position.
 *
 * @param id the bin's label, not blank
 * @param position where along which aisle
 * @param side which side of the aisle it is on
 * @param capacity units it holds, at least 1
 */
public record Bin(String id, Position position, Side side, long capacity) {
  /** The side of the aisle, looking from the front cross aisle towards the back. */
  public enum Side {
    /** On the left. */
    LEFT,
    /** On the right. */
    RIGHT
  }

  /** @throws ValidationException naming the field that breaks its rule */
  public Bin {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(side, "side");
    if (id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    if (capacity < 1) {
      throw ValidationException.of("capacity", "must be at least 1", capacity);
    }
  }
}
