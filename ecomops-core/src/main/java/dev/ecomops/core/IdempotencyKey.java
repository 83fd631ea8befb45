package dev.ecomops.core;


/**
 * The key a command carries so that a replay returns the first result and changes nothing. Chosen by the caller (an order line id, a message id); 1 to 200 characters, not blank.
 *
 * @param value the code itself
 */
public record IdempotencyKey(String value) implements Comparable<IdempotencyKey> {

  /**
   * @throws ValidationException naming {@code idempotencyKey} if the value is blank or longer than 200 characters
   */
  public IdempotencyKey {
    Check.text("idempotencyKey", value, 200);
  }

  /**
   * The IdempotencyKey with this value.
   *
   * @throws ValidationException naming {@code idempotencyKey} if the value is blank or longer than 200 characters
   */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public int compareTo(IdempotencyKey other) {
    return value.compareTo(other.value);
  }

  /** The value itself. */
  @Override
  public String toString() {
    return value;
  }
}
