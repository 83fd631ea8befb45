package dev.ecomops.fulfillment.provider;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.FulfillmentEvent.ProviderCancelled;
import dev.ecomops.core.event.FulfillmentEvent.ProviderShipped;
import dev.ecomops.core.event.FulfillmentEvent.SubmittedToProvider;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.fulfillment.memory.InMemoryHandoverRepository;
import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import dev.ecomops.fulfillment.spi.FulfillmentRequest;
import dev.ecomops.fulfillment.spi.Handover;
import dev.ecomops.fulfillment.spi.HandoverRepository;
import dev.ecomops.fulfillment.spi.ShipmentConfirmation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Fulfils orders through a {@link FulfillmentProvider} and turns what happens there into domain
 * events: {@link SubmittedToProvider} on hand-over (once per order, however often submitted),
 * {@link ProviderCancelled} when a cancel succeeds (once), {@link ProviderShipped} for each
 * shipment confirmation {@link #sync()} collects (once per tracking number, even if the provider
 * hands a confirmation out twice).
 *
 * <p>Hand-overs live in a {@link HandoverRepository} (in memory by default), saved against their
 * version with the events they cause, so a restarted node still knows an order's reference and
 * never records a confirmation twice; a lost race is retried under the retry policy. The provider
 * hands each confirmation out once: one polled but not yet saved when the process dies is the
 * provider's to hand out again. Thread safe when the provider is.
 */
public final class ProviderFulfillment {
  private final FulfillmentProvider provider;
  private final HandoverRepository handovers;
  private final RetryPolicy retry;
  private final @Nullable OutboxRelay relay;
  private final Clock clock;

  /**
   * Works with {@code provider}, keeping hand-overs in memory (lost with the process), relaying
   * events to {@code events} with times from {@code clock}: each event is written to the
   * repository's outbox with the change it reports (a confirmation polled once is never lost to a
   * publisher that throws, nor thrown to the caller).
   */
  public ProviderFulfillment(FulfillmentProvider provider, EventPublisher events, Clock clock) {
    this(provider, new InMemoryHandoverRepository(), RetryPolicy.defaults(), events, clock);
  }

  /**
   * Works with {@code provider}, keeping hand-overs in {@code handovers}.
   *
   * @param retry how often to retry a save that lost a race
   * @param events where the repository's outbox is relayed after each command; {@link
   *     EventPublisher#noop()} to leave delivery to the host's own relay
   */
  public ProviderFulfillment(FulfillmentProvider provider, HandoverRepository handovers, RetryPolicy retry,
      EventPublisher events, Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.handovers = Objects.requireNonNull(handovers, "handovers");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.relay = OutboxRelay.inline(handovers.outbox(), Objects.requireNonNull(events, "events"), clock);
  }

  /** The outbox of this service's events (its repository's), for a host that relays it itself. */
  public Outbox outbox() {
    return handovers.outbox();
  }

  /** Hands the order over; returns the provider's reference. A repeat returns it again and publishes nothing. */
  public String submit(FulfillmentRequest request) {
    OrderId orderId = request.orderId();
    Optional<Handover> known = handovers.find(orderId).filter(h -> !h.reference().isEmpty());
    if (known.isPresent()) {
      return relayed(known.get().reference());
    }
    String reference = provider.submit(request);
    Handover saved = update(orderId, h -> h.reference().isEmpty() ? new Change(
        new Handover(orderId, h.version() + 1, provider.name(), reference, h.cancelled(), h.shipped()),
        new SubmittedToProvider(orderId, provider.name(), reference, clock.instant())) : null);
    return relayed(saved.reference());
  }

  /** The provider's reference for an order handed over through this service. */
  public Optional<String> reference(OrderId orderId) {
    return handovers.find(orderId).map(Handover::reference).filter(r -> !r.isEmpty());
  }

  /**
   * Asks the provider to cancel; a cancel already confirmed answers true without asking again.
   *
   * @return whether it was cancelled
   * @throws ValidationException naming {@code orderId} for an order never handed over
   */
  public boolean cancel(OrderId orderId) {
    Handover h = handovers.find(orderId).filter(x -> !x.reference().isEmpty())
        .orElseThrow(() -> ValidationException.of("orderId", "was not handed to " + provider.name(), orderId.value()));
    if (h.cancelled()) {
      return relayed(true);
    }
    boolean cancelled = provider.cancel(h.reference());
    if (cancelled) {
      update(orderId, now -> now.cancelled() ? null : new Change(
          new Handover(orderId, now.version() + 1, now.provider(), now.reference(), true, now.shipped()),
          new ProviderCancelled(orderId, provider.name(), now.reference(), clock.instant())));
    }
    return relayed(cancelled);
  }

  /** Collects new shipment confirmations and records one event for each not recorded before. */
  public List<ShipmentConfirmation> sync() {
    List<ShipmentConfirmation> confirmed = provider.poll();
    // every confirmation saved before any is published: the provider hands each out once
    for (ShipmentConfirmation c : confirmed) {
      update(c.orderId(), h -> {
        if (h.shipped().contains(c.trackingNumber())) {
          return null;
        }
        List<String> shipped = new ArrayList<>(h.shipped());
        shipped.add(c.trackingNumber());
        return new Change(new Handover(c.orderId(), h.version() + 1, provider.name(), h.reference(), h.cancelled(),
            shipped), new ProviderShipped(c.orderId(), provider.name(), c.carrier(), c.trackingNumber(), c.units(),
            c.shippedAt()));
      });
    }
    return relayed(confirmed);
  }

  /** A new state and the event it causes. */
  private record Change(Handover next, DomainEvent event) {}

  /**
   * Applies a change to the order's hand-over (version 0, no reference, when none is stored) with
   * compare-and-set, retrying lost races; null from the change means none.
   */
  private Handover update(OrderId orderId, Function<Handover, @Nullable Change> change) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      Handover now = handovers.find(orderId).orElse(new Handover(orderId, 0, provider.name(), "", false, List.of()));
      Change c = change.apply(now);
      if (c == null) {
        return now;
      }
      if (handovers.save(c.next(), now.version(), List.of(EventEnvelope.ofVersion("provider", orderId,
          c.next().version(), 0, c.event())))) {
        return c.next();
      }
      attempts = attempts != null ? attempts : retry.start("3PL hand-over", orderId.value());
      attempts.backOff();
    }
  }

  private <T> T relayed(T result) {
    if (relay != null) {
      relay.relayAfterCommand();
    }
    return result;
  }
}
