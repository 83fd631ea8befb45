package dev.ecomops.core.order;

import dev.ecomops.core.Address;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.AllocationPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The command that places an order. The order id is its idempotency key: placing the same id
 * again returns the order already placed.
 *
 * <p>Rules checked on build and by {@link Order}: at least one line, line ids unique, one
 * currency.
 */
@Value.Immutable
public abstract class PlaceOrder {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlaceOrder}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutablePlaceOrder.Builder {}

  /** The order's id. */
  public abstract OrderId orderId();

  /** Where it was placed; web by default. */
  @Value.Default
  public Channel channel() {
    return Channel.WEB;
  }

  /** The host's customer reference. */
  public abstract String customerId();

  /** Where it ships. */
  public abstract Address shipTo();

  /** The ship-to position, if geocoded. */
  public abstract Optional<GeoPoint> shipToPosition();

  /** The billing country, if known. */
  public abstract Optional<String> billingCountry();

  /** A fingerprint of the payment instrument, if known. */
  public abstract Optional<String> paymentFingerprint();

  /** The shipping service; {@code standard} by default. */
  @Value.Default
  public String service() {
    return "standard";
  }

  /** When it must ship by. */
  public abstract Optional<Instant> shipBy();

  /** When it must arrive by. */
  public abstract Optional<Instant> deliverBy();

  /** The lines. */
  public abstract List<OrderLine> lines();

  /** Split and shortfall policy; splits allowed and shortfalls backordered by default. */
  @Value.Default
  public AllocationPolicy policy() {
    return AllocationPolicy.defaults();
  }

  @Value.Check
  protected void check() {
    if (lines().isEmpty()) {
      throw ValidationException.of("lines", "must not be empty", "[]");
    }
  }
}
