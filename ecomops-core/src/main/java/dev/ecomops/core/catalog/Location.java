package dev.ecomops.core.catalog;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place that holds stock: a warehouse, store or 3PL node.
 *
 * <p>{@link #priority()} orders locations for "any location" requests, lower first. {@link
 * #shipsTo()} restricts destination countries (empty means no restriction); {@link
 * #excludedCountries()} are never served.
 */
@Value.Immutable
public abstract class Location {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static class Builder extends ImmutableLocation.Builder {}

  /** The id. */
  public abstract LocationId id();

  /** Display name. */
  @NotBlank(message = "must not be blank")
  public abstract String name();

  /** What kind of place it is. */
  @Value.Default
  public LocationType type() {
    return LocationType.WAREHOUSE;
  }

  /** Where it is. */
  public abstract GeoPoint position();

  /** ISO 3166-1 alpha-2 country the location is in. */
  public abstract String country();

  /** Preference for any-location requests, lower first; ties by id. */
  @Value.Default
  public int priority() {
    return 100;
  }

  /** What it can do. */
  public abstract Set<LocationCapability> capabilities();

  /** Countries it may ship to; empty means any (subject to {@link #excludedCountries()}). */
  public abstract Set<String> shipsTo();

  /** Countries it never ships to. */
  public abstract Set<String> excludedCountries();

  /** Whether it may ship to {@code country} (ISO alpha-2). */
  public boolean canShipTo(String country) {
    if (excludedCountries().contains(country)) {
      return false;
    }
    if (!shipsTo().isEmpty()) {
      return shipsTo().contains(country);
    }
    return country.equals(country()) || capabilities().contains(LocationCapability.SHIPS_INTERNATIONAL);
  }

  @Value.Check
  protected void check() {
    if (country().length() != 2 || !country().equals(country().toUpperCase(java.util.Locale.ROOT))) {
      throw ValidationException.of("country", "must be an ISO 3166-1 alpha-2 code in upper case", country());
    }
  }
}
