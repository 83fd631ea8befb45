package dev.ecomops.core.inventory;

import dev.ecomops.core.ValidationException;

/**
 * How far a counted quantity may differ from the book quantity and still count as accurate: the
 * larger of an absolute number of units and a share of the book quantity.
 *
 * @param units absolute tolerance in units, zero or more
 * @param share relative tolerance as a fraction of the book quantity, from 0 to 1
 */
public record CountTolerance(long units, double share) {

  /** Exact match required. */
  public static final CountTolerance EXACT = new CountTolerance(0, 0);

  /** @throws ValidationException naming the field if out of range */
  public CountTolerance {
    if (units < 0) {
      throw ValidationException.of("units", "must be at least 0", units);
    }
    if (!(share >= 0 && share <= 1)) {
      throw ValidationException.of("share", "must be between 0 and 1", share);
    }
  }

  /** Whether {@code counted} is within tolerance of {@code book}. */
  public boolean accepts(long book, long counted) {
    long allowed = Math.max(units, (long) Math.floor(share * Math.abs(book)));
    return Math.abs(counted - book) <= allowed;
  }
}
