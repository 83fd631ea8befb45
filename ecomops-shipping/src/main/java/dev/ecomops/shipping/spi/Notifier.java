package dev.ecomops.shipping.spi;

import dev.ecomops.core.order.OrderId;
import java.time.Instant;

/**
 * Sends customer notifications (e-mail, SMS, push): the host's messaging, plugged in.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.shipping.NotifierContract}:
 *
 * <ol>
 *   <li><b>Sent as given.</b> Every notification handed to {@link #send} reaches the customer's
 *       channel once, unchanged.
 *   <li><b>At most once from the tracker.</b> The tracker records a notice as sent before it
 *       calls {@link #send}, so it calls at most once per shipment and kind; a send that throws is
 *       not retried (a missed notice is better than a duplicate one). An implementation that must
 *       not lose notices queues them itself.
 *   <li><b>Thread safe, short.</b> It may be called from many threads at once and should hand
 *       the message to a queue rather than wait for delivery.
 * </ol>
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
