package dev.ecomops.core.order.service;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How {@link OrderManager} writes orders: every write conditional on the version read, carrying
 * the events the change causes (derived from the difference between the two versions, so a
 * change and its events cannot disagree), and the outbox relayed after each command when the
 * manager has a publisher.
 */
final class OrderWrites {
  private final OrderRepository orders;
  private final @Nullable OutboxRelay relay;
  private final Clock clock;

  OrderWrites(OrderRepository orders, @Nullable OutboxRelay relay, Clock clock) {
    this.orders = orders;
    this.relay = relay;
    this.clock = clock;
  }

  /**
   * Stores a new order.
   *
   * @throws ConcurrentModificationException if the id was taken meanwhile
   */
  Order insert(Order placed, List<DomainEvent> events) {
    if (!orders.insert(placed, envelopes(placed, events))) {
      throw new ConcurrentModificationException("order " + placed.id() + " was placed elsewhere meanwhile");
    }
    return placed;
  }

  /**
   * Stores {@code next} as the version after {@code before}, with the events of the difference
   * and {@code extra} ones first.
   *
   * @throws ConcurrentModificationException if the order changed elsewhere since {@code before}
   */
  Order save(Order before, Order next, List<DomainEvent> extra) {
    Order versioned = next.withVersion(before.version() + 1);
    List<DomainEvent> events = new ArrayList<>(extra);
    changes(before, versioned, events);
    if (!orders.replace(versioned, before.version(), envelopes(versioned, events))) {
      throw new ConcurrentModificationException("order " + before.id() + " changed elsewhere since version "
          + before.version());
    }
    return versioned;
  }

  /** Delivers what waits in the outbox, if the manager relays; the command's result either way. */
  Order relayed(Order o) {
    if (relay != null) {
      relay.relayAfterCommand();
    }
    return o;
  }

  private static List<EventEnvelope> envelopes(Order o, List<DomainEvent> events) {
    List<EventEnvelope> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      out.add(EventEnvelope.ofVersion("order", o.id(), o.version(), i, events.get(i)));
    }
    return out;
  }

  /** The events of a change: quantities edited, line statuses and the order's status moved. */
  private void changes(Order before, Order after, List<DomainEvent> out) {
    Instant now = clock.instant();
    for (int i = 0; i < after.lines().size(); i++) {
      OrderLineState a = before.lines().get(i);
      OrderLineState b = after.lines().get(i);
      if (a.line().quantity() != b.line().quantity()) {
        out.add(new OrderEvent.OrderEdited(after.id(), "lines[" + b.lineId() + "].quantity",
            Long.toString(a.line().quantity()), Long.toString(b.line().quantity()), now));
      }
      if (a.status() != b.status()) {
        out.add(new OrderEvent.LineStatusChanged(after.id(), b.lineId(), a.status(), b.status(), b.held(), now));
      }
    }
    if (before.status() != after.status()) {
      out.add(new OrderEvent.OrderStatusChanged(after.id(), before.status(), after.status(), now));
    }
  }
}
