package dev.ecomops.fulfillment.provider;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.FulfillmentEvent.ProviderCancelled;
import dev.ecomops.core.event.FulfillmentEvent.ProviderShipped;
import dev.ecomops.core.event.FulfillmentEvent.SubmittedToProvider;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.outbox.ProcessOutbox;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.Outbox;
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
  private final ProcessOutbox events;
  private final Clock clock;
  private final Map<OrderId, String> references = new ConcurrentHashMap<>();

  /**
   * Works with {@code provider}, relaying events to {@code events} with times from {@code clock}:
   * each event is written to an in-process outbox with the change it reports (a confirmation
   * polled once is never lost to a publisher that throws, nor thrown to the caller).
   */
  public ProviderFulfillment(FulfillmentProvider provider, EventPublisher events, Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = ProcessOutbox.of(events, clock);
  }

  /** The outbox of this service's events, for a host that relays it itself. */
  public Outbox outbox() {
    return events.outbox();
  }

  /** Hands the order over; returns the provider's reference. A repeat returns it again and publishes nothing. */
  public String submit(FulfillmentRequest request) {
    String known = references.get(request.orderId());
    if (known != null) {
      return known;
    }
    String reference = provider.submit(request);
    if (references.putIfAbsent(request.orderId(), reference) == null) {
      events.append("provider", request.orderId(), new SubmittedToProvider(request.orderId(), provider.name(), reference,
          clock.instant()));
    }
    events.relay();
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
      events.append("provider", orderId, new ProviderCancelled(orderId, provider.name(), reference, clock.instant()));
    }
    events.relay();
    return cancelled;
  }

  /** Collects new shipment confirmations and publishes one event for each. */
  public List<ShipmentConfirmation> sync() {
    List<ShipmentConfirmation> confirmed = provider.poll();
    // every confirmation into the outbox before any is published: the provider hands each out once
    for (ShipmentConfirmation c : confirmed) {
      events.append("provider", c.orderId(), new ProviderShipped(c.orderId(), provider.name(), c.carrier(),
          c.trackingNumber(), c.units(), c.shippedAt()));
    }
    events.relay();
    return confirmed;
  }
}
