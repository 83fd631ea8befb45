package dev.ecomops.cli;

/**
 * Bad input to a command: the message names the file, the line (1-based, 0 when not applicable)
 * and the field. Exits with code 2.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String file, long line, String field, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + field + ": " + problem);
  }
}
