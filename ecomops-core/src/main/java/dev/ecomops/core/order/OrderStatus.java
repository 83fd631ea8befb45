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
    return of(lines.size(), lines::get);
  }

  /** The status of an order with these lines. */
  static OrderStatus ofLines(List<OrderLineState> lines) {
    return of(lines.size(), i -> lines.get(i).status());
  }

  private static OrderStatus of(int n, java.util.function.IntFunction<LineStatus> line) {
    // one pass without streams or copies: this runs twice on every order write
    boolean anyLive = false;
    boolean anyShipped = false;
    boolean allShipped = true;
    boolean held = false;
    boolean waiting = false;
    boolean pastAllocated = false;
    LineStatus least = null;
    for (int i = 0; i < n; i++) {
      LineStatus s = line.apply(i);
      if (s == LineStatus.CANCELLED) {
        continue;
      }
      anyLive = true;
      anyShipped |= s.hasShipped();
      allShipped &= s.hasShipped();
      held |= s == LineStatus.ALLOCATED || s == LineStatus.PARTLY_ALLOCATED;
      waiting |= s == LineStatus.BACKORDERED || s == LineStatus.PARTLY_ALLOCATED;
      pastAllocated |= s.compareTo(LineStatus.ALLOCATED) > 0;
      least = least == null || s.compareTo(least) < 0 ? s : least;
    }
    if (!anyLive) {
      return CANCELLED;
    }
    if (anyShipped && !allShipped) {
      return PARTLY_SHIPPED;
    }
    if (held && waiting) {
      return PARTLY_ALLOCATED;
    }
    return switch (least) {
      case PLACED -> PLACED;
      case PARTLY_ALLOCATED -> PARTLY_ALLOCATED;
      case BACKORDERED -> waiting && pastAllocated ? PARTLY_ALLOCATED : BACKORDERED;
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
