package dev.ecomops.fulfillment.packing;

import dev.ecomops.core.ValidationException;

final class Checks {
  private Checks() {}

  static void positive(String field, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw ValidationException.of(field, "must be positive and finite", v);
    }
  }
}
