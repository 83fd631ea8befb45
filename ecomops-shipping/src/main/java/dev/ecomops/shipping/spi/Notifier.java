package dev.ecomops.shipping.spi;

import dev.ecomops.core.order.OrderId;
import java.time.Instant;

/**
 * Sends customer notifications (e-mail, SMS, push): the host's messaging, plugged in. Called at
 * most once per shipment and kind. Implementations must be thread safe.
 */
public interface Notifier {

  /** What a notification tells the customer. */
  enum Kind {
    /** The shipment is booked with the carrier. */
    CONFIRMED,
    /** The carrier has it. */
    SHIPPED,
    /** It is on the vehicle for delivery. */
    OUT_FOR_DELIVERY,
    /** It was delivered. */
    DELIVERED,
    /** The promised date passed without delivery. */
    DELAYED
  }

  /**
   * One notification.
   *
   * @param orderId the order
   * @param trackingNumber the parcel
   * @param kind what happened
   * @param at when it happened (or was detected)
   */
  record Notification(OrderId orderId, String trackingNumber, Kind kind, Instant at) {}

  /** Sends it. */
  void send(Notification notification);
}
