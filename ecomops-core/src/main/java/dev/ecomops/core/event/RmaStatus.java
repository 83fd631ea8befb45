package dev.ecomops.core.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an RMA (return merchandise authorization) stands. The legal moves: requested → approved,
 * rejected or cancelled; approved → label issued, received (dropped off without a label) or
 * cancelled; label issued → in transit or cancelled; in transit → received; received → received
 * (another package) or inspected; inspected → resolved; resolved → closed; rejected → closed.
 *
 * <p>The returns module's vocabulary, kept in core beside {@link ReturnEvent.RmaStatusChanged}
 * because the event hierarchy is sealed here.
 */
public enum RmaStatus {
  /** Asked for. */
  REQUESTED,
  /** Accepted. */
  APPROVED,
  /** Refused. */
  REJECTED,
  /** A return label was issued. */
  LABEL_ISSUED,
  /** On its way back. */
  IN_TRANSIT,
  /** Some or all units arrived. */
  RECEIVED,
  /** Every unit received was graded and dispositioned. */
  INSPECTED,
  /** Refunded, exchanged, credited or repaired. */
  RESOLVED,
  /** Done. */
  CLOSED,
  /** Withdrawn before anything arrived. */
  CANCELLED;

  /** The statuses this one may move to. */
  public Set<RmaStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
      case APPROVED -> EnumSet.of(LABEL_ISSUED, RECEIVED, CANCELLED);
      case LABEL_ISSUED -> EnumSet.of(IN_TRANSIT, CANCELLED);
      case IN_TRANSIT -> EnumSet.of(RECEIVED);
      case RECEIVED -> EnumSet.of(RECEIVED, INSPECTED);
      case INSPECTED -> EnumSet.of(RESOLVED);
      case RESOLVED, REJECTED -> EnumSet.of(CLOSED);
      case CLOSED, CANCELLED -> EnumSet.noneOf(RmaStatus.class);
    };
  }
}
