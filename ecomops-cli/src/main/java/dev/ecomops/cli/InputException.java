package dev.ecomops.cli;

/**
 * Bad input to a command: names the file, the line (1 is the header) and the field, and the
 * rule broken. The command exits with 2 and writes nothing.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String file, long line, String field, String rule) {
    super(file + ":" + line + ": " + field + ": " + rule);
  }

  InputException(String message) {
    super(message);
  }
}
