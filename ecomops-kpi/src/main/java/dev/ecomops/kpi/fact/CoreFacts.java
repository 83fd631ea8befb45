package dev.ecomops.kpi.fact;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.InventoryEvent.StockCounted;
import dev.ecomops.core.event.ReturnEvent.ReturnReceived;
import dev.ecomops.core.event.SupportEvent;
import java.util.Optional;
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
