package dev.ecomops.kpi.fact;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent.StockCounted;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.event.ReturnEvent.ReturnReceived;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.spi.EventPublisher;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Facts from core domain events, for hosts that run ecomops' own services and publish their
 * events: cycle counts ({@code StockCounted} → {@link Fact.InventoryCounted}), units returned
 * ({@code ReturnReceived} → {@link Fact.ReturnReceived}) and customer service ({@code
 * TicketFirstResponse}, {@code TicketResolved}, {@code SurveyAnswered}), and, through the
 * publisher of {@link #into}, orders placed: {@code OrderPlaced} carries the order before
 * allocation, so the publisher follows each line's first {@code LineStatusChanged} and gives one
 * {@link Fact.OrderPlaced} when every line has one (units held, backorders, a stockout when a unit
 * is not held; lines cancelled before allocation left out). Other events do not carry what a fact
 * needs (a shipment's costs and a delivery's promise live with the host) and give nothing: feed
 * those facts directly, or through the JSON Lines format.
 */
public final class CoreFacts {
  private final Function<String, String> categoryOfSku;

  /**
   * @param categoryOfSku a SKU's category (for counts and returns), empty when unknown
   */
  public CoreFacts(Function<String, String> categoryOfSku) {
    this.categoryOfSku = categoryOfSku;
  }

  /**
   * A publisher that feeds the facts of delivered events to {@code sink} (a {@code KpiEngine}'s
   * {@code accept}), each event once. An
   * outbox relay delivers at least once and in order per aggregate, so a delivery whose sequence
   * is not past the last one seen of its aggregate ({@link EventEnvelope#aggregate()}, {@link
   * EventEnvelope#sequence()}) repeats an event already counted, and is dropped. Events published
   * without an envelope are fed as they come. Thread safe; the sink is only called under this
   * publisher's monitor.
   *
   * @param sink where facts go, for example {@code engine::accept}
   * @return the publisher, to hand to an {@code OutboxRelay} or a service
   */
  public EventPublisher into(Consumer<? super Fact> sink) {
    Objects.requireNonNull(sink, "sink");
    return new EventPublisher() {
      private final Map<String, Long> last = new HashMap<>();
      private final Placements placements = new Placements();

      @Override
      public synchronized void publish(DomainEvent event) {
        from(event).ifPresent(sink);
        placements.follow(event).ifPresent(sink);
      }

      @Override
      public synchronized void deliver(EventEnvelope envelope) {
        Long seen = last.get(envelope.aggregate());
        if (seen != null && envelope.sequence() <= seen) {
          return;
        }
        last.put(envelope.aggregate(), envelope.sequence());
        from(envelope.event()).ifPresent(sink);
        placements.follow(envelope.event()).ifPresent(sink);
      }
    };
  }

  /** The fact an event gives, if any. */
  public Optional<Fact> from(DomainEvent event) {
    if (event instanceof StockCounted c) {
      return Optional.of(new Fact.InventoryCounted(c.occurredAt(), c.key().location().value(),
          categoryOfSku.apply(c.key().sku().value()), c.key().sku().value(), c.bookQuantity(), c.countedQuantity()));
    }
    if (event instanceof ReturnReceived r) {
      return Optional.of(new Fact.ReturnReceived(r.rmaId(), r.occurredAt(), "", "", categoryOfSku.apply(r.sku().value()),
          r.quantity()));
    }
    if (event instanceof SupportEvent.TicketFirstResponse t) {
      return Optional.of(new Fact.TicketFirstResponse(t.ticketId(), t.occurredAt(), t.openedAt(), t.channel()));
    }
    if (event instanceof SupportEvent.TicketResolved t) {
      return Optional.of(new Fact.TicketResolved(t.ticketId(), t.occurredAt(), t.openedAt(), t.channel()));
    }
    if (event instanceof SupportEvent.SurveyAnswered s) {
      return Optional.of(new Fact.SurveyAnswered(s.ticketId(), s.occurredAt(), s.channel(), s.score()));
    }
    return Optional.empty();
  }

  /** Orders placed and not yet allocated line by line: what their placement fact waits for. */
  private static final class Placements {
    private static final class Pending {
      final Order order;
      final Map<String, Long> waiting = new HashMap<>();
      long units;
      long held;
      boolean backordered;

      Pending(Order order) {
        this.order = order;
        for (OrderLineState l : order.lines()) {
          waiting.put(l.lineId(), l.line().quantity());
        }
      }
    }

    private final Map<OrderId, Pending> pending = new HashMap<>();

    Optional<Fact> follow(DomainEvent event) {
      if (event instanceof OrderEvent.OrderPlaced p) {
        pending.putIfAbsent(p.order().id(), new Pending(p.order()));
        return Optional.empty();
      }
      if (!(event instanceof OrderEvent.LineStatusChanged c) || c.from() != LineStatus.PLACED) {
        return Optional.empty();
      }
      Pending p = pending.get(c.orderId());
      Long quantity = p == null ? null : p.waiting.remove(c.lineId());
      if (quantity == null) {
        return Optional.empty();
      }
      if (c.to() != LineStatus.CANCELLED) {
        p.units += quantity;
        p.held += Math.min(c.held(), quantity);
        p.backordered |= c.to() == LineStatus.BACKORDERED || c.to() == LineStatus.PARTLY_ALLOCATED;
      }
      if (!p.waiting.isEmpty()) {
        return Optional.empty();
      }
      pending.remove(c.orderId());
      if (p.units == 0) {
        return Optional.empty(); // every line cancelled before allocation: nothing was placed
      }
      return Optional.of(new Fact.OrderPlaced(p.order.id().value(), p.order.placedAt(),
          p.order.channel().name().toLowerCase(java.util.Locale.ROOT), "", "", p.units, p.held, p.backordered,
          p.held < p.units));
    }
  }
}
