package dev.ecomops.core.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order line is in its life, and where it may go next:
 *
 * <pre>
 * PLACED -> ALLOCATED | PARTLY_ALLOCATED | BACKORDERED | CANCELLED
 * PARTLY_ALLOCATED, BACKORDERED, ALLOCATED -> each other, RELEASED (if some units are held), CANCELLED
 * RELEASED -> PICKED | CANCELLED | ALLOCATED, PARTLY_ALLOCATED, BACKORDERED (re-allocated: its location cannot fulfil)
 * PICKED -> PACKED | CANCELLED
 * PACKED -> SHIPPED | CANCELLED
 * SHIPPED -> DELIVERED
 * </pre>
 *
 * A line is cancelled only before it ships; {@code DELIVERED} and {@code CANCELLED} are final.
 */
public enum LineStatus {
  /** Accepted, not yet allocated. */
  PLACED,
  /** Some units held, the rest backordered. */
  PARTLY_ALLOCATED,
  /** No units held; waiting for stock. */
  BACKORDERED,
  /** Every unit held. */
  ALLOCATED,
  /** Handed to fulfilment. */
  RELEASED,
  /** Picked in the warehouse. */
  PICKED,
  /** Packed. */
  PACKED,
  /** Handed to the carrier. */
  SHIPPED,
  /** Delivered to the customer. */
  DELIVERED,
  /** Cancelled before shipment. */
  CANCELLED;

  private static final Set<LineStatus> ALLOCATION = EnumSet.of(PARTLY_ALLOCATED, BACKORDERED, ALLOCATED);

  /** Whether a line in this status may move to {@code next}. */
  public boolean canMoveTo(LineStatus next) {
    return switch (this) {
      case PLACED -> ALLOCATION.contains(next) || next == CANCELLED;
      case PARTLY_ALLOCATED, BACKORDERED, ALLOCATED -> (ALLOCATION.contains(next) && next != this)
          || (next == RELEASED && this != BACKORDERED) || next == CANCELLED;
      case RELEASED -> next == PICKED || next == CANCELLED || ALLOCATION.contains(next);
      case PICKED -> next == PACKED || next == CANCELLED;
      case PACKED -> next == SHIPPED || next == CANCELLED;
      case SHIPPED -> next == DELIVERED;
      case DELIVERED, CANCELLED -> false;
    };
  }

  /** Whether the line has not been handed to fulfilment yet, so it may still be edited. */
  public boolean isBeforeRelease() {
    return this == PLACED || ALLOCATION.contains(this);
  }

  /** Whether the line has left the warehouse. */
  public boolean hasShipped() {
    return this == SHIPPED || this == DELIVERED;
  }
}
