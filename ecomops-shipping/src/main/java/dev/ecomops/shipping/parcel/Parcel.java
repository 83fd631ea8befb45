package dev.ecomops.shipping.parcel;

import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Weight;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A box to ship: outer dimensions and actual weight, in any units (held exactly).
 *
 * @param dimensions outer length, width and height
 * @param weight actual weight, packaging included
 */
public record Parcel(Dimensions dimensions, Weight weight) {
  /** Checks for nulls. */
  public Parcel {
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(weight, "weight");
  }

  /** The longest side, in the unit given. */
  public BigDecimal longestSide(LengthUnit unit) {
    return dimensions.length(unit).max(dimensions.width(unit)).max(dimensions.height(unit));
  }

  /** Length plus girth: the longest side plus twice the sum of the other two, in the unit given. */
  public BigDecimal lengthPlusGirth(LengthUnit unit) {
    BigDecimal l = dimensions.length(unit);
    BigDecimal w = dimensions.width(unit);
    BigDecimal h = dimensions.height(unit);
    BigDecimal longest = longestSide(unit);
    return longest.add(l.add(w).add(h).subtract(longest).multiply(BigDecimal.valueOf(2)));
  }
}
