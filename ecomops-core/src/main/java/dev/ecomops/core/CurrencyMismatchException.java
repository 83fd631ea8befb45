package dev.ecomops.core;

import java.util.Currency;

/** Thrown when an operation combines money of two different currencies. */
public final class CurrencyMismatchException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  /**
   * @param expected the currency of the receiver
   * @param actual the currency of the argument
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super("currency was " + actual.getCurrencyCode() + " but must be "
        + expected.getCurrencyCode() + ": amounts in different currencies are never combined");
  }
}
