package dev.ecomops.fulfillment.layout;

import dev.ecomops.core.ValidationException;

/**
 * A place on an aisle's centre line: the aisle (from 0, left to right) and the distance along it
 * from the front cross aisle, in the layout's length unit. Picks sit on the centre line; the bins
 * on either side of the aisle share its positions.
 *
 * @param aisle the aisle, at least 0
 * @param offset distance from the front end, at least 0
 */
public record Position(int aisle, double offset) implements Comparable<Position> {
  /** @throws ValidationException naming the field that breaks its range */
  public Position {
    if (aisle < 0) {
      throw ValidationException.of("aisle", "must be at least 0", aisle);
    }
    if (!(offset >= 0) || Double.isInfinite(offset)) {
      throw ValidationException.of("offset", "must be a finite number at least 0", offset);
    }
  }

  /** A position. */
  public static Position of(int aisle, double offset) {
    return new Position(aisle, offset);
  }

  /** By aisle, then by offset. */
  @Override
  public int compareTo(Position o) {
    int c = Integer.compare(aisle, o.aisle);
    return c != 0 ? c : Double.compare(offset, o.offset);
  }
}
