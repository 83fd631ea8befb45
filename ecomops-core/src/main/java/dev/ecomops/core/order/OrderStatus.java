package dev.ecomops.core.order;

import java.util.List;

/**
 * An order's status, derived from its lines' (cancelled lines aside): the least advanced line
 * decides, except that lines partly shipped make the order {@link #PARTLY_SHIPPED}, and a mix of
 * held and backordered lines makes it {@link #PARTLY_ALLOCATED}. An order whose every line is
 * cancelled is {@link #CANCELLED}. A hold is shown beside the status, not instead of it.
 */
public enum OrderStatus {
  /** Accepted, not yet allocated. */
  PLACED,
  /** Some units held, some backordered. */
  PARTLY_ALLOCATED,
  /** Nothing held; waiting for stock. */
  BACKORDERED,
  /** Every unit held. */
  ALLOCATED,
  /** Handed to fulfilment. */
  RELEASED,
  /** Picked. */
  PICKED,
  /** Packed. */
  PACKED,
  /** Some lines shipped, others not yet. */
  PARTLY_SHIPPED,
  /** Every line shipped. */
  SHIPPED,
  /** Every line delivered. */
  DELIVERED,
  /** Every line cancelled. */
  CANCELLED;

  /** The status of an order with lines in these statuses. */
  static OrderStatus of(List<LineStatus> lines) {
    List<LineStatus> live = lines.stream().filter(s -> s != LineStatus.CANCELLED).toList();
    if (live.isEmpty()) {
      return CANCELLED;
    }
    boolean anyShipped = live.stream().anyMatch(LineStatus::hasShipped);
    boolean allShipped = live.stream().allMatch(LineStatus::hasShipped);
    if (anyShipped && !allShipped) {
      return PARTLY_SHIPPED;
    }
    boolean held = live.stream().anyMatch(s -> s == LineStatus.ALLOCATED || s == LineStatus.PARTLY_ALLOCATED);
    boolean waiting = live.stream().anyMatch(s -> s == LineStatus.BACKORDERED || s == LineStatus.PARTLY_ALLOCATED);
    if (held && waiting) {
      return PARTLY_ALLOCATED;
    }
    LineStatus least = live.stream().min(Enum::compareTo).orElseThrow();
    return switch (least) {
      case PLACED -> PLACED;
      case PARTLY_ALLOCATED -> PARTLY_ALLOCATED;
      case BACKORDERED -> waiting && live.stream().anyMatch(s -> s.compareTo(LineStatus.ALLOCATED) > 0) ? PARTLY_ALLOCATED
          : BACKORDERED;
      case ALLOCATED -> ALLOCATED;
      case RELEASED -> RELEASED;
      case PICKED -> PICKED;
      case PACKED -> PACKED;
      case SHIPPED -> SHIPPED;
      case DELIVERED -> DELIVERED;
      case CANCELLED -> CANCELLED;
    };
  }
}
