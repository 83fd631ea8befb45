package dev.ecomops.core.order.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.PlaceOrder;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;
import dev.ecomops.core.order.StockIntent;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Placement: stores a new order, assesses its risk (holding it at or above the threshold) and
 * records its allocation as the order's intent in the same write, then completes it. A
 * re-placement of an id returns the stored order (completing any interrupted allocation).
 */
final class OrderPlacement {
  private final OrderSteps steps;
  /** Null when orders are not assessed. */
  private final @Nullable OrderRiskAssessor risk;
  private final int holdAtScore;

  OrderPlacement(OrderSteps steps, @Nullable OrderRiskAssessor risk, int holdAtScore) {
    this.steps = steps;
    this.risk = risk;
    this.holdAtScore = holdAtScore;
  }

  /**
   * Places an order whose cart was held at checkout: the hold's reservations that are still active
   * become the order's (their expiry cleared, any units beyond the line's quantity released); units
   * whose hold expired (payment came late) are allocated afresh if stock allows, else follow the
   * order's backorder policy. Otherwise as {@link OrderManager#place(PlaceOrder)}.
   *
   * @param cartHold the checkout hold, or null for none
   */
  Order place(PlaceOrder command, @Nullable Allocation cartHold) {
    return steps.locked(command.orderId(), () -> {
      var existing = steps.orders.find(command.orderId());
      if (existing.isPresent()) {
        requireSamePlacement(existing.get(), command);
        return steps.writes.relayed(steps.complete(existing.get()));
      }
      Instant now = steps.clock.instant();
      List<OrderLineState> lines = new ArrayList<>();
      for (OrderLine l : command.lines()) {
        lines.add(new OrderLineState(l, LineStatus.PLACED, 0, 0, List.of()));
      }
      Order placed = Order.builder().id(command.orderId()).channel(command.channel()).customerId(command.customerId())
          .shipTo(command.shipTo()).shipToPosition(command.shipToPosition()).billingCountry(command.billingCountry())
          .paymentFingerprint(command.paymentFingerprint()).service(command.service()).shipBy(command.shipBy())
          .deliverBy(command.deliverBy()).placedAt(now).policy(command.policy()).addAllLines(lines).version(1).build();
      // without an assessor, the customer's history is not read: an address many orders share would
      // otherwise cost a lookup growing with every order placed to it
      RiskAssessment assessment = risk == null ? RiskAssessment.NONE : risk.assess(placed, new RiskContext(
          steps.orders.byCustomer(command.customerId()), placed.paymentFingerprint().map(steps.orders::byPaymentFingerprint)
          .orElse(List.of()), steps.orders.byShipToKey(placed.shipToKey())));
      List<DomainEvent> events = new ArrayList<>(2);
      events.add(new OrderEvent.OrderPlaced(placed));
      if (assessment.score() >= holdAtScore) {
        Hold h = new Hold(Hold.Reason.RISK_REVIEW, "risk score " + assessment.score() + ": "
            + String.join("; ", assessment.reasons()), now);
        placed = placed.withHolds(List.of(h));
        events.add(new OrderEvent.OrderHeld(placed.id(), h));
      }
      // the allocation is recorded as the order's intent in the same write that stores it
      Order stored = steps.writes.insert(placed.withPending(new StockIntent.Allocate(
          IdempotencyKey.of("place/" + command.orderId()), OrderStock.cartUnits(cartHold))), events);
      return steps.writes.relayed(steps.complete(stored));
    });
  }

  /** A re-placement must name the same customer and the same lines (ids and SKUs; quantities may have been edited since). */
  private static void requireSamePlacement(Order existing, PlaceOrder command) {
    List<String> placed = existing.lines().stream().map(l -> l.lineId() + "|" + l.line().sku()).toList();
    List<String> asked = command.lines().stream().map(l -> l.lineId() + "|" + l.sku()).toList();
    if (!existing.customerId().equals(command.customerId()) || !placed.equals(asked)) {
      throw ValidationException.of("orderId", "was already placed with different content", command.orderId());
    }
  }
}
