package dev.ecomops.cli;

import dev.ecomops.core.EcomopsException;

/**
 * Bad options on the command line (a value out of range, two options that exclude each other): the
 * message names the option and the rule. A bad input file is a {@code DataFileException} instead,
 * a bad value a {@code ValidationException}; all three exit with 2 and write nothing.
 */
final class UsageException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
