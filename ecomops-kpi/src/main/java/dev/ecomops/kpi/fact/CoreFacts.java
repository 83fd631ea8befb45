package dev.ecomops.kpi.fact;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent.StockCounted;
import dev.ecomops.core.event.ReturnEvent.ReturnReceived;
import dev.ecomops.core.event.SupportEvent;
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
 * TicketFirstResponse}, {@code TicketResolved}, {@code SurveyAnswered}). Other events do not
 * carry what a fact needs (an order's placement does not know yet whether it was filled; a
 * shipment's costs live with the host) and give nothing: feed those facts directly, or through
 * the JSON Lines format.
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

      @Override
      public synchronized void publish(DomainEvent event) {
        from(event).ifPresent(sink);
      }

      @Override
      public synchronized void deliver(EventEnvelope envelope) {
        Long seen = last.get(envelope.aggregate());
        if (seen != null && envelope.sequence() <= seen) {
          return;
        }
        last.put(envelope.aggregate(), envelope.sequence());
        from(envelope.event()).ifPresent(sink);
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
}
