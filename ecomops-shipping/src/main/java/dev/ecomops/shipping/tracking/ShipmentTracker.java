package dev.ecomops.shipping.tracking;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.shipping.spi.Notifier;
import dev.ecomops.shipping.spi.Notifier.Kind;
import dev.ecomops.shipping.spi.Notifier.Notification;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.shipping.spi.TrackingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds carrier tracking events into one status per parcel and notifies the customer. A
 * parcel's status is that of its latest event by time (for events at the same instant, the one
 * further along: pre-transit, in transit, out for delivery, available for pickup, delivery failed,
 * exception, returned to sender, delivered), so the result depends only on the set of events
 * received: duplicates change nothing and events arriving out of order settle where they belong.
 * Notifications (shipped, out for delivery, delivered) go out when the status moves to that state,
 * at most once each per parcel; {@link #checkDelays} reports parcels whose promised date has
 * passed undelivered, once. Thread safe.
 */
public final class ShipmentTracker {
  private final Notifier notifier;
  private final Map<String, Parcel> parcels = new ConcurrentHashMap<>();

  private static final class Parcel {
    final OrderId orderId;
    final LocalDate promised;
    final Set<TrackingEvent> events = new LinkedHashSet<>();
    final Set<Kind> sent = EnumSet.noneOf(Kind.class);
    TrackingEvent current;

    Parcel(OrderId orderId, LocalDate promised) {
      this.orderId = orderId;
      this.promised = promised;
    }
  }

  /** Tracks parcels, notifying through {@code notifier}. */
  public ShipmentTracker(Notifier notifier) {
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  /**
   * Starts tracking a parcel and sends the confirmation; a second registration changes nothing.
   *
   * @param promised the promised delivery date, for delay detection
   */
  public void register(String trackingNumber, OrderId orderId, LocalDate promised, Instant at) {
    Parcel p = parcels.computeIfAbsent(trackingNumber, k -> new Parcel(orderId, promised));
    synchronized (p) {
      notifyOnce(p, trackingNumber, Kind.CONFIRMED, at);
    }
  }

  /**
   * Applies a carrier event.
   *
   * @return the parcel's status after it
   * @throws ValidationException naming {@code trackingNumber} for a parcel never registered
   */
  public TrackingStatus apply(TrackingEvent event) {
    Parcel p = parcels.get(event.trackingNumber());
    if (p == null) {
      throw ValidationException.of("trackingNumber", "must be registered first", event.trackingNumber());
    }
    synchronized (p) {
      if (!p.events.add(event)) {
        return p.current.status();
      }
      if (p.current == null || later(event, p.current)) {
        p.current = event;
        Kind kind = switch (event.status()) {
          case IN_TRANSIT -> Kind.SHIPPED;
          case OUT_FOR_DELIVERY -> Kind.OUT_FOR_DELIVERY;
          case DELIVERED -> Kind.DELIVERED;
          default -> null;
        };
        if (kind != null) {
          if (kind != Kind.SHIPPED) {
            notifyOnce(p, event.trackingNumber(), Kind.SHIPPED, event.at());
          }
          notifyOnce(p, event.trackingNumber(), kind, event.at());
        }
      }
      return p.current.status();
    }
  }

  /** The parcel's status, if it is tracked and has had an event. */
  public Optional<TrackingStatus> status(String trackingNumber) {
    Parcel p = parcels.get(trackingNumber);
    if (p == null) {
      return Optional.empty();
    }
    synchronized (p) {
      return Optional.ofNullable(p.current).map(TrackingEvent::status);
    }
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
    parcels.forEach((tracking, p) -> {
      synchronized (p) {
        boolean delivered = p.current != null && p.current.status() == TrackingStatus.DELIVERED;
        if (!delivered && p.promised.isBefore(today) && notifyOnce(p, tracking, Kind.DELAYED, now)) {
          late.add(tracking);
        }
      }
    });
    return late;
  }

  private boolean notifyOnce(Parcel p, String tracking, Kind kind, Instant at) {
    if (!p.sent.add(kind)) {
      return false;
    }
    notifier.send(new Notification(p.orderId, tracking, kind, at));
    return true;
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
