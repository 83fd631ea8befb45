package dev.ecomops.shipping.spi;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.shipping.spi.Notifier.Kind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@code ShipmentTracker} knows of one parcel: kept in a {@link TrackingRepository}.
 *
 * @param trackingNumber the parcel
 * @param version 1 when registered, one more after each change
 * @param orderId the order it belongs to
 * @param promised the promised delivery date, for delay detection
 * @param events every distinct carrier event applied, in arrival order (duplicates are kept out)
 * @param sent the notifications already sent, each at most once
 * @param current the event that sets the status (the latest; see the tracker), null before any
 */
public record TrackedParcel(String trackingNumber, long version, OrderId orderId, LocalDate promised,
    List<TrackingEvent> events, Set<Kind> sent, @Nullable TrackingEvent current) {

  /** Copies the collections. */
  public TrackedParcel {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(promised, "promised");
    events = List.copyOf(events);
    sent = sent.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sent));
  }

  /** Whether the parcel is delivered. */
  public boolean delivered() {
    return current != null && current.status() == TrackingStatus.DELIVERED;
  }

  /** Whether a delay check must still look at it: not delivered and not yet reported late. */
  public boolean awaitingDelayCheck() {
    return !delivered() && !sent.contains(Kind.DELAYED);
  }
}
