package dev.ecomops.core.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a purchase order stands. Legal moves: draft → sent or cancelled; sent → confirmed or
 * cancelled; confirmed → partially received, received or cancelled; partially received → partially
 * received, received or closed (short); received → closed.
 */
public enum PoStatus {
  /** Being written. */
  DRAFT,
  /** Sent to the supplier. */
  SENT,
  /** Confirmed by the supplier with dates: its open quantities are expected supply. */
  CONFIRMED,
  /** Some units arrived. */
  PARTIALLY_RECEIVED,
  /** Every line arrived in full (or over). */
  RECEIVED,
  /** Done; what was still open is no longer expected. */
  CLOSED,
  /** Withdrawn before anything arrived. */
  CANCELLED;

  /** The statuses this one may move to. */
  public Set<PoStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SENT, CANCELLED);
      case SENT -> EnumSet.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CANCELLED);
      case PARTIALLY_RECEIVED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CLOSED);
      case RECEIVED -> EnumSet.of(CLOSED);
      case CLOSED, CANCELLED -> EnumSet.noneOf(PoStatus.class);
    };
  }
}
