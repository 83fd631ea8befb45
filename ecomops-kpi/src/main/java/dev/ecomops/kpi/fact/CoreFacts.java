package dev.ecomops.kpi.fact;

import dev.ecomops.core.RmaId;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.FulfillmentEvent;
import dev.ecomops.core.event.InventoryEvent.StockCounted;
import dev.ecomops.core.event.OrderEvent;
import dev.ecomops.core.event.ReturnEvent;
import dev.ecomops.core.event.ReturnEvent.ReturnReceived;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.ShipmentCosts;
import dev.ecomops.core.spi.EventPublisher;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The projector from domain events to KPI facts: hosts that run ecomops' services publish their
 * events through {@link #into} and the KPI engine computes every KPI those services can know of.
 *
 * <ul>
 *   <li>Orders placed: {@code OrderPlaced} carries the order before allocation, so the projector
 *       follows each line's first {@code LineStatusChanged} and gives one {@link Fact.OrderPlaced}
 *       when every line has one (units held, backorders, a stockout when a unit is not held; lines
 *       cancelled before allocation left out).
 *   <li>Shipments: {@code ShipmentDispatched} → {@link Fact.OrderShipped} (its costs, ship-by and
 *       channel), accurate unless the shipment's last pack check ({@code PackVerified} with the
 *       shipment id as package id) failed; {@code ShipmentDelivered} → {@link Fact.OrderDelivered}
 *       with the dispatch's promise, placement, location and carrier.
 *   <li>Returns: {@code ReturnReceived} → {@link Fact.ReturnReceived} (channel from the order's
 *       placement, category from {@code categoryOfSku}); an RMA moving to {@code RESOLVED} → {@link
 *       Fact.ReturnResolved}, timed from its opening.
 *   <li>Cycle counts ({@code StockCounted} → {@link Fact.InventoryCounted}) and customer service
 *       ({@code TicketFirstResponse}, {@code TicketResolved}, {@code SurveyAnswered}).
 * </ul>
 *
 * <p>What no event carries stays with the host: end-of-day inventory snapshots (a state, not a
 * change) and picker travel ({@link Fact.BatchPicked}, from the host's routing). The projector
 * remembers what a later fact needs: each order's channel (for its returns), each shipment until it
 * is delivered, each pack check until its shipment leaves, each RMA until it is resolved; events
 * it has no memory for (a delivery whose dispatch it never saw) give what they can or nothing.
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
      private final Joins joins = new Joins();

      @Override
      public synchronized void publish(DomainEvent event) {
        feed(event);
      }

      private void feed(DomainEvent event) {
        if (event instanceof ReturnReceived r) {
          sink.accept(joins.received(r, categoryOfSku.apply(r.sku().value())));
        } else {
          from(event).ifPresent(sink);
        }
        placements.follow(event).ifPresent(sink);
        joins.follow(event).ifPresent(sink);
      }

      @Override
      public synchronized void deliver(EventEnvelope envelope) {
        if (!feeds(envelope.event())) {
          return; // makes no fact: nothing to count, and nothing to remember of its aggregate
        }
        Long seen = last.get(envelope.aggregate());
        if (seen != null && envelope.sequence() <= seen) {
          return;
        }
        last.put(envelope.aggregate(), envelope.sequence());
        feed(envelope.event());
      }
    };
  }

  /**
   * Whether an event can make or shape a fact; the others (stock movements, reservations,
   * purchase orders, most status changes) pass through the projector untouched.
   */
  static boolean feeds(DomainEvent e) {
    if (e instanceof OrderEvent.LineStatusChanged c) {
      return c.from() == LineStatus.PLACED;
    }
    if (e instanceof ReturnEvent.RmaStatusChanged c) {
      return c.from() == null || c.to() == RmaStatus.RESOLVED || c.to() == RmaStatus.CANCELLED
          || c.to() == RmaStatus.REJECTED;
    }
    return e instanceof OrderEvent.OrderPlaced || e instanceof OrderEvent.ShipmentDispatched
        || e instanceof OrderEvent.ShipmentDelivered || e instanceof FulfillmentEvent.PackVerified
        || e instanceof ReturnReceived || e instanceof StockCounted || e instanceof SupportEvent.TicketFirstResponse
        || e instanceof SupportEvent.TicketResolved || e instanceof SupportEvent.SurveyAnswered;
  }

  /**
   * The fact an event gives on its own, if any: cycle counts, units returned (without the order's
   * channel) and customer service. Facts that join several events (placements, shipments,
   * deliveries, resolved returns) come only through {@link #into}.
   */
  public Optional<Fact> from(DomainEvent event) {
    if (event instanceof StockCounted c) {
      return Optional.of(new Fact.InventoryCounted(c.occurredAt(), c.key().location().value(),
          categoryOfSku.apply(c.key().sku().value()), c.key().sku().value(), c.bookQuantity(), c.countedQuantity()));
    }
    if (event instanceof ReturnReceived r) {
      return Optional.of(new Fact.ReturnReceived(r.rmaId().value(), r.occurredAt(), "", r.location().value(),
          categoryOfSku.apply(r.sku().value()), r.quantity()));
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

  /** Each channel's name as facts carry it, one instance each (the projector keeps one per order). */
  private static final Map<Channel, String> CHANNELS = new java.util.EnumMap<>(Channel.class);

  static {
    for (Channel c : Channel.values()) {
      CHANNELS.put(c, c.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** What the shipment, delivery and return facts join across events. */
  private static final class Joins {
    /** A shipment on its way: what its delivery fact needs. */
    private record Dispatched(Instant placedAt, @Nullable Instant promisedBy, String channel, String location,
        String carrier, boolean accurate) {}

    private final Map<OrderId, String> channels = new HashMap<>();
    private final Map<String, Boolean> packChecks = new HashMap<>();
    private final Map<String, Dispatched> onTheWay = new HashMap<>();
    private final Map<RmaId, Instant> rmaOpened = new HashMap<>();
    private final Map<RmaId, String> rmaLocation = new HashMap<>();

    Optional<Fact> follow(DomainEvent event) {
      if (event instanceof OrderEvent.OrderPlaced p) {
        channels.put(p.orderId(), channel(p.order().channel()));
      } else if (event instanceof FulfillmentEvent.PackVerified v) {
        packChecks.put(v.orderId().value() + "|" + v.packageId(), v.passed());
      } else if (event instanceof OrderEvent.ShipmentDispatched d) {
        String key = d.orderId().value() + "|" + d.shipmentId();
        boolean accurate = !Boolean.FALSE.equals(packChecks.remove(key));
        String channel = channel(d.channel());
        onTheWay.put(key, new Dispatched(d.placedAt(), d.promisedBy(), channel, d.location().value(), d.carrier(),
            accurate));
        ShipmentCosts c = d.costs();
        return Optional.of(new Fact.OrderShipped(d.orderId().value(), d.occurredAt(), d.placedAt(),
            d.shipBy() != null ? d.shipBy() : d.occurredAt(), channel, d.location().value(), d.carrier(), "",
            d.units(), accurate, c.labour(), c.packaging(), c.shipping(), c.goods()));
      } else if (event instanceof OrderEvent.ShipmentDelivered d) {
        Dispatched s = onTheWay.remove(d.orderId().value() + "|" + d.shipmentId());
        if (s != null) {
          return Optional.of(new Fact.OrderDelivered(d.orderId().value(), d.occurredAt(), s.placedAt(), s.promisedBy(),
              s.channel(), s.location(), s.carrier(), "", true, d.damaged(), s.accurate()));
        }
      } else if (event instanceof ReturnEvent.RmaStatusChanged c) {
        if (c.from() == null) {
          rmaOpened.put(c.rmaId(), c.occurredAt());
        } else if (c.to() == RmaStatus.RESOLVED) {
          Instant opened = rmaOpened.remove(c.rmaId());
          String location = rmaLocation.remove(c.rmaId());
          if (opened != null) {
            return Optional.of(new Fact.ReturnResolved(c.rmaId().value(), c.occurredAt(), opened,
                channels.getOrDefault(c.orderId(), ""), location == null ? "" : location));
          }
        } else if (c.to() == RmaStatus.CANCELLED || c.to() == RmaStatus.REJECTED) {
          rmaOpened.remove(c.rmaId());
          rmaLocation.remove(c.rmaId());
        }
      }
      return Optional.empty();
    }

    /** A return's fact with its order's channel, and its location remembered for the resolution. */
    Fact received(ReturnReceived r, String category) {
      rmaLocation.put(r.rmaId(), r.location().value());
      return new Fact.ReturnReceived(r.rmaId().value(), r.occurredAt(), channels.getOrDefault(r.orderId(), ""),
          r.location().value(), category, r.quantity());
    }

    private static String channel(Channel c) {
      return CHANNELS.get(c);
    }
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
      return Optional.of(new Fact.OrderPlaced(p.order.id().value(), p.order.placedAt(), CHANNELS.get(p.order.channel()),
          "", "", p.units, p.held, p.backordered, p.held < p.units));
    }
  }
}
