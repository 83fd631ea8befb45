package dev.ecomops.fulfillment.provider;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.FulfillmentEvent.ProviderCancelled;
import dev.ecomops.core.event.FulfillmentEvent.ProviderShipped;
import dev.ecomops.core.event.FulfillmentEvent.SubmittedToProvider;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import dev.ecomops.fulfillment.spi.FulfillmentRequest;
import dev.ecomops.fulfillment.spi.ShipmentConfirmation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fulfils orders through a {@link FulfillmentProvider} and turns what happens there into domain
 * events: {@link SubmittedToProvider} on hand-over (once per order, however often submitted),
 * {@link ProviderCancelled} when a cancel succeeds, {@link ProviderShipped} for each shipment
 * confirmation {@link #sync()} collects. Thread safe when the provider is.
 */
public final class ProviderFulfillment {
  private final FulfillmentProvider provider;
  private final EventPublisher events;
  private final Clock clock;
  private final Map<OrderId, String> references = new ConcurrentHashMap<>();

  /** Works with {@code provider}, publishing to {@code events} with times from {@code clock}. */
  public ProviderFulfillment(FulfillmentProvider provider, EventPublisher events, Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Hands the order over; returns the provider's reference. A repeat returns it again and publishes nothing. */
  public String submit(FulfillmentRequest request) {
    String known = references.get(request.orderId());
    if (known != null) {
      return known;
    }
    String reference = provider.submit(request);
    if (references.putIfAbsent(request.orderId(), reference) == null) {
      events.publish(new SubmittedToProvider(request.orderId(), provider.name(), reference, clock.instant()));
    }
    return reference;
  }

  /** The provider's reference for an order handed over through this service. */
  public Optional<String> reference(OrderId orderId) {
    return Optional.ofNullable(references.get(orderId));
  }

  /**
   * Asks the provider to cancel.
   *
   * @return whether it was cancelled
   * @throws ValidationException naming {@code orderId} for an order never handed over
   */
  public boolean cancel(OrderId orderId) {
    String reference = references.get(orderId);
    if (reference == null) {
      throw ValidationException.of("orderId", "was not handed to " + provider.name(), orderId.value());
    }
    boolean cancelled = provider.cancel(reference);
    if (cancelled) {
      events.publish(new ProviderCancelled(orderId, provider.name(), reference, clock.instant()));
    }
    return cancelled;
  }

  /** Collects new shipment confirmations and publishes one event for each. */
  public List<ShipmentConfirmation> sync() {
    List<ShipmentConfirmation> confirmed = provider.poll();
    for (ShipmentConfirmation c : confirmed) {
      events.publish(new ProviderShipped(c.orderId(), provider.name(), c.carrier(), c.trackingNumber(), c.units(),
          c.shippedAt()));
    }
    return confirmed;
  }
}
