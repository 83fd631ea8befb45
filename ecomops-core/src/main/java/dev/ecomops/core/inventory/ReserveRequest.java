package dev.ecomops.core.inventory;

import dev.ecomops.core.Check;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.internal.Digest;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to hold units of a SKU (or kit) for an order line.
 *
 * <p>Rules checked on build: quantity at least 1; reference 1 to 200 characters; time-to-live
 * positive when given.
 */
@Value.Immutable
public abstract class ReserveRequest {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReserveRequest}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutableReserveRequest.Builder {}

  /** The SKU to hold, possibly a kit. */
  public abstract Sku sku();

  /** Where to hold it; empty means any location, chosen by priority. */
  public abstract Optional<LocationId> location();

  /**
   * The ISO 3166-1 alpha-2 country the units ship to, if known: any-location requests then only
   * consider locations that may ship there ({@link dev.ecomops.core.catalog.Location#canShipTo}).
   */
  public abstract Optional<String> destinationCountry();

  /** Units wanted, at least 1. */
  public abstract long quantity();

  /** What the units are for, typically an order line id. */
  public abstract String reference();

  /**
   * The id the reservation gets; empty to have one issued by the {@code IdGenerator}. Hosts that
   * key reservations by order line set it; reserving under an id already in use is refused.
   */
  public abstract Optional<ReservationId> reservationId();

  /** The command's idempotency key. */
  public abstract IdempotencyKey idempotencyKey();

  /** How long the hold lasts unless confirmed; empty means until released. */
  public abstract Optional<Duration> timeToLive();

  /** When true, hold what is available (at least one unit) instead of failing when short. */
  @Value.Default
  public boolean allowPartial() {
    return false;
  }

  /** A digest of the request, to tell a replay from a reused key. */
  @Value.Lazy
  public String fingerprint() {
    return "reserve|" + sku() + "|" + location().map(LocationId::value).orElse("*") + "|" + quantity() + "|"
        + reference() + "|" + destinationCountry().orElse("-") + "|" + reservationId().map(ReservationId::value).orElse("-") + "|" + timeToLive().map(Duration::toString).orElse("-") + "|" + allowPartial();
  }

  /**
   * The hex digest of {@link #fingerprint()}, computed without building that text (reserve is
   * the hottest keyed command). Must feed exactly the same characters; a property test holds
   * the two together.
   */
  public String fingerprintDigest() {
    // each optional read once: the generated accessors wrap a new Optional on every call
    Optional<LocationId> location = location();
    Optional<ReservationId> id = reservationId();
    Optional<Duration> ttl = timeToLive();
    Digest d = new Digest().add("reserve|").add(sku().value()).add('|');
    d.add(location.isPresent() ? location.get().value() : "*").add('|').add(quantity()).add('|');
    d.add(reference()).add('|').add(destinationCountry().orElse("-")).add('|');
    d.add(id.isPresent() ? id.get().value() : "-").add('|');
    d.add(ttl.isPresent() ? ttl.get().toString() : "-").add('|');
    return d.add(allowPartial() ? "true" : "false").hex();
  }

  @Value.Check
  protected void check() {
    Check.quantity("quantity", quantity());
    Check.text("reference", reference(), 200);
    if (timeToLive().isPresent() && (timeToLive().get().isNegative() || timeToLive().get().isZero())) {
      throw ValidationException.of("timeToLive", "must be positive", timeToLive().get());
    }
  }
}
