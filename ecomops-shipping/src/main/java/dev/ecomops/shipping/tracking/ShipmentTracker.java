package dev.ecomops.shipping.tracking;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.shipping.memory.InMemoryTrackingRepository;
import dev.ecomops.shipping.spi.Notifier;
import dev.ecomops.shipping.spi.Notifier.Kind;
import dev.ecomops.shipping.spi.Notifier.Notification;
import dev.ecomops.shipping.spi.TrackedParcel;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.shipping.spi.TrackingRepository;
import dev.ecomops.shipping.spi.TrackingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Folds carrier tracking events into one status per parcel and notifies the customer. A
 * parcel's status is that of its latest event by time (for events at the same instant, the one
 * further along: pre-transit, in transit, out for delivery, available for pickup, delivery failed,
 * exception, returned to sender, delivered), so the result depends only on the set of events
 * received: duplicates change nothing and events arriving out of order settle where they belong.
 * Notifications (shipped, out for delivery, delivered) go out when the status moves to that state,
 * at most once each per parcel; {@link #checkDelays} reports parcels whose promised date has
 * passed undelivered, once.
 *
 * <p>State lives in a {@link TrackingRepository} (in memory by default), saved against the
 * parcel's version with the notifications it marks sent; a notification goes out after its save
 * succeeds, so of racing nodes only the winner sends it, and a lost race is retried under the
 * retry policy. A notifier that throws after the save loses that notification rather than
 * sending it twice (at most once). Thread safe.
 */
public final class ShipmentTracker {
  private final Notifier notifier;
  private final TrackingRepository parcels;
  private final RetryPolicy retry;

  /** Tracks parcels in memory (lost with the process), notifying through {@code notifier}. */
  public ShipmentTracker(Notifier notifier) {
    this(notifier, new InMemoryTrackingRepository(), RetryPolicy.defaults());
  }

  /**
   * Tracks parcels kept in {@code parcels}, notifying through {@code notifier}.
   *
   * @param retry how often to retry a save that lost a race
   */
  public ShipmentTracker(Notifier notifier, TrackingRepository parcels, RetryPolicy retry) {
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.parcels = Objects.requireNonNull(parcels, "parcels");
    this.retry = Objects.requireNonNull(retry, "retry");
  }

  /**
   * Starts tracking a parcel and sends the confirmation; a second registration changes nothing.
   *
   * @param promised the promised delivery date, for delay detection
   */
  public void register(String trackingNumber, OrderId orderId, LocalDate promised, Instant at) {
    if (parcels.find(trackingNumber).isPresent()) {
      return;
    }
    TrackedParcel p = new TrackedParcel(trackingNumber, 1, orderId, promised, List.of(), Set.of(Kind.CONFIRMED), null);
    if (parcels.save(p, 0)) {
      notifier.send(new Notification(orderId, trackingNumber, Kind.CONFIRMED, at));
    }
  }

  /**
   * Applies a carrier event.
   *
   * @return the parcel's status after it
   * @throws ValidationException naming {@code trackingNumber} for a parcel never registered
   * @throws dev.ecomops.core.retry.RetriesExhaustedException when other writers keep winning
   */
  public TrackingStatus apply(TrackingEvent event) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      TrackedParcel p = parcels.find(event.trackingNumber()).orElseThrow(() ->
          ValidationException.of("trackingNumber", "must be registered first", event.trackingNumber()));
      if (p.events().contains(event)) {
        return Objects.requireNonNull(p.current()).status();
      }
      List<TrackingEvent> events = new ArrayList<>(p.events());
      events.add(event);
      TrackingEvent current = p.current();
      EnumSet<Kind> sent = sent(p);
      List<Kind> send = new ArrayList<>(2);
      if (current == null || later(event, current)) {
        current = event;
        Kind kind = switch (event.status()) {
          case IN_TRANSIT -> Kind.SHIPPED;
          case OUT_FOR_DELIVERY -> Kind.OUT_FOR_DELIVERY;
          case DELIVERED -> Kind.DELIVERED;
          default -> null;
        };
        if (kind != null) {
          if (kind != Kind.SHIPPED && sent.add(Kind.SHIPPED)) {
            send.add(Kind.SHIPPED);
          }
          if (sent.add(kind)) {
            send.add(kind);
          }
        }
      }
      TrackedParcel next = new TrackedParcel(p.trackingNumber(), p.version() + 1, p.orderId(), p.promised(), events, sent,
          current);
      if (parcels.save(next, p.version())) {
        for (Kind k : send) {
          notifier.send(new Notification(p.orderId(), p.trackingNumber(), k, event.at()));
        }
        return current.status();
      }
      attempts = attempts != null ? attempts : retry.start("tracked parcel", event.trackingNumber());
      attempts.backOff();
    }
  }

  /** The parcel's status, if it is tracked and has had an event. */
  public Optional<TrackingStatus> status(String trackingNumber) {
    return parcels.find(trackingNumber).map(TrackedParcel::current).map(TrackingEvent::status);
  }

  /**
   * Notifies DELAYED for every parcel whose promised date is before {@code now}'s date (in
   * {@code zone}) and which is not delivered; once per parcel.
   *
   * @return the tracking numbers found late this time
   */
  public List<String> checkDelays(Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    List<String> late = new ArrayList<>();
    for (TrackedParcel candidate : parcels.awaitingDelayCheck(today)) {
      RetryPolicy.Attempts attempts = null;
      TrackedParcel p = candidate;
      while (p.awaitingDelayCheck()) {
        EnumSet<Kind> sent = sent(p);
        sent.add(Kind.DELAYED);
        if (parcels.save(new TrackedParcel(p.trackingNumber(), p.version() + 1, p.orderId(), p.promised(), p.events(),
            sent, p.current()), p.version())) {
          notifier.send(new Notification(p.orderId(), p.trackingNumber(), Kind.DELAYED, now));
          late.add(p.trackingNumber());
          break;
        }
        attempts = attempts != null ? attempts : retry.start("tracked parcel", p.trackingNumber());
        attempts.backOff();
        p = parcels.find(p.trackingNumber()).orElseThrow();
      }
    }
    return late;
  }

  /** A modifiable copy of the notifications a parcel has had. */
  private static EnumSet<Kind> sent(TrackedParcel p) {
    return p.sent().isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(p.sent());
  }

  private static final List<TrackingStatus> PROGRESS = List.of(TrackingStatus.PRE_TRANSIT, TrackingStatus.IN_TRANSIT,
      TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.AVAILABLE_FOR_PICKUP, TrackingStatus.DELIVERY_FAILED,
      TrackingStatus.EXCEPTION, TrackingStatus.RETURNED_TO_SENDER, TrackingStatus.DELIVERED);

  /** Later by time; at the same instant, further along; then by description, so the order is total. */
  private static boolean later(TrackingEvent a, TrackingEvent b) {
    int c = a.at().compareTo(b.at());
    if (c == 0) {
      c = Integer.compare(PROGRESS.indexOf(a.status()), PROGRESS.indexOf(b.status()));
    }
    if (c == 0) {
      c = a.description().compareTo(b.description());
    }
    return c > 0;
  }
}
