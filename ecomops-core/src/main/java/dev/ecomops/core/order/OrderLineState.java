package dev.ecomops.core.order;

import dev.ecomops.core.inventory.ReservationId;
import java.util.List;
import java.util.Objects;

/**
 * One line of an order with its progress.
 *
 * @param line what was ordered
 * @param status where the line is
 * @param held units held by reservations (until they ship)
 * @param cancelled units given up (a partial allocation's shortfall, or a cancelled line)
 * @param reservations the reservations holding the line's units
 */
public record OrderLineState(OrderLine line, LineStatus status, long held, long cancelled,
    List<ReservationId> reservations) {

  /** Copies the list. */
  public OrderLineState {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(status, "status");
    reservations = List.copyOf(reservations);
  }

  /** The line's id. */
  public String lineId() {
    return line.lineId();
  }

  /** Units still wanted and not held: quantity − held − cancelled (0 once released). */
  public long waiting() {
    return status.isBeforeRelease() ? Math.max(0, line.quantity() - held - cancelled) : 0;
  }

  /** This line state with another status. */
  public OrderLineState with(LineStatus status) {
    return new OrderLineState(line, status, held, cancelled, reservations);
  }
}
