package dev.ecomops.core;

/**
 * The root of every exception ecomops throws on purpose. Unchecked; subclasses name the cause
 * ({@link ValidationException}, {@code InsufficientStockException}, ...).
 */
public abstract class EcomopsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what went wrong, naming the field or entity and the rule */
  protected EcomopsException(String message) {
    super(message);
  }
}
