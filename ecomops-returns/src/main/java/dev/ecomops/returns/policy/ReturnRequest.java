package dev.ecomops.returns.policy;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A customer's request to return items of an order.
 *
 * @param orderId the order
 * @param requestedOn the day it was made
 * @param international whether the item goes back across a border
 * @param lines what is returned, at least one line
 */
public record ReturnRequest(OrderId orderId, LocalDate requestedOn, boolean international, List<Line> lines) {

  /**
   * One line.
   *
   * @param lineId the order line
   * @param quantity units returned, at least 1
   * @param reason why
   * @param condition the condition declared
   */
  public record Line(String lineId, long quantity, ReturnReason reason, ItemCondition condition) {
    /** @throws ValidationException naming {@code quantity} when below 1 */
    public Line {
      Objects.requireNonNull(lineId, "lineId");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(condition, "condition");
      if (quantity < 1) {
        throw ValidationException.of("quantity", "must be at least 1", quantity);
      }
    }
  }

  /** @throws ValidationException naming {@code lines} when empty */
  public ReturnRequest {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(requestedOn, "requestedOn");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw ValidationException.of("lines", "must have at least one line", orderId.value());
    }
  }
}
