package dev.ecomops.shipping.rates;

import dev.ecomops.core.EcomopsException;

/** A rate table that cannot be loaded: names the file, the line (1 is the header) and the field. */
public final class RateTableException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  RateTableException(String file, long line, String field, String rule) {
    super(file + ":" + line + ": " + field + ": " + rule);
  }

  RateTableException(String message) {
    super(message);
  }
}
