package dev.ecomops.shipping;

import dev.ecomops.core.EcomopsException;

/** A data file (rate table, Solomon instance) that cannot be read: names the file, the line and the field. */
public final class DataFileException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  /** A bad value: {@code file:line: field: rule}. */
  public DataFileException(String file, long line, String field, String rule) {
    super(file + ":" + line + ": " + field + ": " + rule);
  }

  /** A problem with the file as a whole. */
  public DataFileException(String message) {
    super(message);
  }
}
