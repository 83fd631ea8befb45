package dev.ecomops.core;


/**
 * The id of a stock location (warehouse, store or 3PL node), e.g. {@code DC-EAST}.
 *
 * @param value the code itself
 */
public record LocationId(String value) implements Comparable<LocationId> {

  /**
   * @throws ValidationException naming {@code location} if the value is blank or longer than 100 characters
   */
  public LocationId {
    Check.text("location", value, 100);
  }

  /**
   * The LocationId with this value.
   *
   * @throws ValidationException naming {@code location} if the value is blank or longer than 100 characters
   */
  public static LocationId of(String value) {
    return new LocationId(value);
  }

  @Override
  public int compareTo(LocationId other) {
    return value.compareTo(other.value);
  }

  /** The value's hash, which String caches; cheaper than the generated record hash on hot paths. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocationId other && value.equals(other.value);
  }

  /** The value itself. */
  @Override
  public String toString() {
    return value;
  }
}
