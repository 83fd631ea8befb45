package dev.ecomops.core.allocation;

import dev.ecomops.core.Check;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.catalog.LocationCapability;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An order to allocate: its lines, where they go, and the rules the plan must keep.
 *
 * <p>Rules checked on build: order id 1 to 100 characters; at least one line; line ids unique;
 * ship-to country an upper-case ISO 3166-1 alpha-2 code.
 */
@Value.Immutable
public abstract class AllocationRequest {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AllocationRequest}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutableAllocationRequest.Builder {}

  /** The order's id; reservations are referenced {@code orderId/lineId}. */
  public abstract String orderId();

  /** The lines wanted, in order. */
  public abstract List<AllocationLine> lines();

  /** The ISO 3166-1 alpha-2 destination country; locations that may not ship there are skipped. */
  public abstract String shipToCountry();

  /** The destination's position, for distance-based rules; without it they fall back to priority. */
  public abstract Optional<GeoPoint> shipTo();

  /** Split and shortfall rules. */
  @Value.Default
  public AllocationPolicy policy() {
    return AllocationPolicy.defaults();
  }

  /** Capabilities every shipping location must have (same-day, for example). */
  public abstract Set<LocationCapability> requiredCapabilities();

  /** Locations not to use (one that just rejected the order, for example). */
  public abstract Set<LocationId> excludedLocations();

  /**
   * How long the reservations last unless kept or confirmed (a checkout hold on a cart); empty
   * means until released.
   */
  public abstract Optional<java.time.Duration> timeToLive();

  /** The key of the allocation command: replaying it returns the first allocation. */
  public abstract IdempotencyKey idempotencyKey();

  /** Total units wanted. */
  public long units() {
    long n = 0;
    for (AllocationLine l : lines()) {
      n = Math.addExact(n, l.quantity());
    }
    return n;
  }

  @Value.Check
  protected void check() {
    Check.text("orderId", orderId(), 100);
    if (lines().isEmpty()) {
      throw ValidationException.of("lines", "must not be empty", "[]");
    }
    Set<String> ids = new HashSet<>();
    long units = 0;
    for (AllocationLine l : lines()) {
      if (!ids.add(l.lineId())) {
        throw ValidationException.of("lines", "line ids must be unique", l.lineId());
      }
      units += l.quantity(); // each at most MAX_QUANTITY: the sum cannot wrap before this check
      if (units > Long.MAX_VALUE / 2) {
        throw ValidationException.of("lines", "must add up to at most " + Long.MAX_VALUE / 2 + " units", units);
      }
    }
    String c = shipToCountry();
    if (c.length() != 2 || !c.equals(c.toUpperCase(Locale.ROOT))) {
      throw ValidationException.of("shipToCountry", "must be an ISO 3166-1 alpha-2 code in upper case", c);
    }
  }
}
