package dev.ecomops.core;


/**
 * A stock-keeping unit code, e.g. {@code TSHIRT-RED-M}. Case-sensitive, 1 to 100 characters, not blank.
 *
 * @param value the code itself
 */
public record Sku(String value) implements Comparable<Sku> {

  /**
   * @throws ValidationException naming {@code sku} if the value is blank or longer than 100 characters
   */
  public Sku {
    Check.text("sku", value, 100);
  }

  /**
   * The Sku with this value.
   *
   * @throws ValidationException naming {@code sku} if the value is blank or longer than 100 characters
   */
  public static Sku of(String value) {
    return new Sku(value);
  }

  @Override
  public int compareTo(Sku other) {
    return value.compareTo(other.value);
  }

  /** The value's hash, which String caches; cheaper than the generated record hash on hot paths. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sku other && value.equals(other.value);
  }

  /** The value itself. */
  @Override
  public String toString() {
    return value;
  }
}
