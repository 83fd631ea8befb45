package dev.ecomops.kpi.fact;

import dev.ecomops.core.Check;
import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One operations fact. Segments a fact does not have (a support ticket has no carrier) are the
 * empty string. Every record validates its fields and throws {@link ValidationException} naming
 * the field.
 */
public sealed interface Fact {

  /** When it happened; the KPI window it falls in is this instant's day in the engine's zone. */
  Instant at();

  /** The sales channel (web, marketplace, retail), or empty. */
  default String channel() {
    return "";
  }

  /** The location (warehouse, store), or empty. */
  default String location() {
    return "";
  }

  /** The carrier, or empty. */
  default String carrier() {
    return "";
  }

  /** The SKU category, or empty. */
  default String category() {
    return "";
  }

  /** The experiment variant (a packaging type, an allocation strategy), or empty. */
  default String variant() {
    return "";
  }

  /**
   * A customer placed an order.
   *
   * @param orderId the order
   * @param at when
   * @param channel the sales channel
   * @param location the location it was allocated to
   * @param variant the experiment variant, or empty
   * @param units units ordered, at least 1
   * @param unitsFilled units that could be filled from stock at placement, 0 to {@code units}
   * @param backordered whether any unit was backordered (waits for supply)
   * @param stockout whether any line found too little stock where it was wanted (backordered, split or lost)
   */
  record OrderPlaced(String orderId, Instant at, String channel, String location, String variant, long units,
      long unitsFilled, boolean backordered, boolean stockout) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public OrderPlaced {
      present("orderId", orderId, at, channel, location, variant);
      Check.atLeast("units", units, 1);
      if (unitsFilled < 0 || unitsFilled > units) {
        throw ValidationException.of("unitsFilled", "must be 0 to units (" + units + ")", unitsFilled);
      }
    }
  }

  /**
   * An order left the building.
   *
   * @param orderId the order
   * @param at when it shipped
   * @param placedAt when it was placed (cycle time runs from here), not after {@code at}
   * @param shipBy the ship-by promise (on time when {@code at} is not after it)
   * @param channel the sales channel
   * @param location where it shipped from
   * @param carrier the carrier
   * @param variant the experiment variant, or empty
   * @param units units shipped, at least 1
   * @param accurate whether it was picked and packed without error (right items, right quantities)
   * @param labourCost picking and packing labour
   * @param packagingCost cartons and fill
   * @param shippingCost the carrier's charge
   * @param costOfGoods what the shipped units cost (for inventory turnover)
   */
  record OrderShipped(String orderId, Instant at, Instant placedAt, Instant shipBy, String channel, String location,
      String carrier, String variant, long units, boolean accurate, Money labourCost, Money packagingCost,
      Money shippingCost, Money costOfGoods) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public OrderShipped {
      present("orderId", orderId, at, channel, location, carrier, variant);
      Objects.requireNonNull(placedAt, "placedAt");
      Objects.requireNonNull(shipBy, "shipBy");
      if (placedAt.isAfter(at)) {
        throw ValidationException.of("placedAt", "must not be after at (" + at + ")", placedAt);
      }
      Check.atLeast("units", units, 1);
      Check.nonNegative("labourCost", labourCost);
      Check.nonNegative("packagingCost", packagingCost);
      Check.nonNegative("shippingCost", shippingCost);
      Check.nonNegative("costOfGoods", costOfGoods);
    }
  }

  /**
   * An order reached the customer.
   *
   * @param orderId the order
   * @param at when it was delivered
   * @param placedAt when the order was placed (order cycle time runs from here to {@code at}),
   *     not after {@code at}; null when the source does not know, and then the delivery counts
   *     for every delivery KPI but the cycle time
   * @param promisedBy the delivery promise (on time when {@code at} is not after it); null when
   *     nothing was promised, and then the delivery is left out of on-time delivery and counts as
   *     on time for the perfect order
   * @param channel the sales channel
   * @param location where it shipped from
   * @param carrier the carrier
   * @param variant the experiment variant, or empty
   * @param complete whether every unit ordered arrived
   * @param damaged whether anything arrived damaged
   * @param accurate whether the right items arrived with correct documents
   */
  record OrderDelivered(String orderId, Instant at, @Nullable Instant placedAt, @Nullable Instant promisedBy, String channel,
      String location, String carrier, String variant, boolean complete, boolean damaged, boolean accurate)
      implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public OrderDelivered {
      present("orderId", orderId, at, channel, location, carrier, variant);
      if (placedAt != null && placedAt.isAfter(at)) {
        throw ValidationException.of("placedAt", "must not be after at (" + at + ")", placedAt);
      }
    }

    /** On time, complete, undamaged and accurate. */
    public boolean perfect() {
      return (promisedBy == null || !at.isAfter(promisedBy)) && complete && !damaged && accurate;
    }
  }

  /**
   * A cycle count of one SKU at a location.
   *
   * @param at when
   * @param location where
   * @param category the SKU's category
   * @param sku the SKU
   * @param bookQuantity units the system held, at least 0
   * @param countedQuantity units counted, at least 0
   */
  record InventoryCounted(Instant at, String location, String category, String sku, long bookQuantity,
      long countedQuantity) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public InventoryCounted {
      present("sku", sku, at, location, category);
      Check.atLeast("bookQuantity", bookQuantity, 0);
      Check.atLeast("countedQuantity", countedQuantity, 0);
    }
  }

  /**
   * A SKU's stock at a location at the end of a day (one per SKU, location and day).
   *
   * @param at when it was taken
   * @param location where
   * @param category the SKU's category
   * @param sku the SKU
   * @param onHand units on hand, at least 0
   * @param available units available to promise, 0 to on hand
   * @param unitCost what a unit cost (inventory value = on hand × unit cost)
   */
  record InventorySnapshot(Instant at, String location, String category, String sku, long onHand, long available,
      Money unitCost) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public InventorySnapshot {
      present("sku", sku, at, location, category);
      Check.atLeast("onHand", onHand, 0);
      if (available < 0 || available > onHand) {
        throw ValidationException.of("available", "must be 0 to onHand (" + onHand + ")", available);
      }
      Check.nonNegative("unitCost", unitCost);
    }
  }

  /**
   * Units a customer sent back arrived.
   *
   * @param rmaId the return
   * @param at when
   * @param channel the sales channel of the order
   * @param location where they arrived
   * @param category the SKU's category
   * @param units units, at least 1
   */
  record ReturnReceived(String rmaId, Instant at, String channel, String location, String category, long units)
      implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public ReturnReceived {
      present("rmaId", rmaId, at, channel, location, category);
      Check.atLeast("units", units, 1);
    }
  }

  /**
   * A return was resolved (refunded, exchanged or rejected).
   *
   * @param rmaId the return
   * @param at when
   * @param openedAt when it was opened, not after {@code at}
   * @param channel the sales channel of the order
   * @param location where it was handled
   */
  record ReturnResolved(String rmaId, Instant at, Instant openedAt, String channel, String location) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public ReturnResolved {
      present("rmaId", rmaId, at, channel, location);
      Check.notAfter("openedAt", openedAt, "at", at);
    }
  }

  /**
   * A support ticket got its first answer.
   *
   * @param ticketId the ticket
   * @param at when
   * @param openedAt when it was opened, not after {@code at}
   * @param channel the contact channel
   */
  record TicketFirstResponse(String ticketId, Instant at, Instant openedAt, String channel) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public TicketFirstResponse {
      present("ticketId", ticketId, at, channel);
      Check.notAfter("openedAt", openedAt, "at", at);
    }
  }

  /**
   * A support ticket was resolved.
   *
   * @param ticketId the ticket
   * @param at when
   * @param openedAt when it was opened, not after {@code at}
   * @param channel the contact channel
   */
  record TicketResolved(String ticketId, Instant at, Instant openedAt, String channel) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public TicketResolved {
      present("ticketId", ticketId, at, channel);
      Check.notAfter("openedAt", openedAt, "at", at);
    }
  }

  /**
   * A customer answered a satisfaction survey.
   *
   * @param ticketId the ticket (or order) surveyed
   * @param at when
   * @param channel the contact channel
   * @param score 1 (very dissatisfied) to 5 (very satisfied)
   */
  record SurveyAnswered(String ticketId, Instant at, String channel, int score) implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public SurveyAnswered {
      present("ticketId", ticketId, at, channel);
      if (score < 1 || score > 5) {
        throw ValidationException.of("score", "must be 1 to 5", score);
      }
    }
  }

  /**
   * A picker walked a batch: one cart's route through the warehouse, picking every line of its
   * orders. Picker travel is a KPI of its own (the labour it costs is in the orders' labour cost).
   *
   * @param batchId the batch (one cart's tour)
   * @param at when the tour ended
   * @param location the warehouse
   * @param orders orders (shipments) picked in it, at least 1
   * @param units units picked, at least 1
   * @param metres the route's length in whole metres, from the depot back to it, at least 0
   */
  record BatchPicked(String batchId, Instant at, String location, long orders, long units, long metres)
      implements Fact {
    /** @throws ValidationException naming the field that breaks its rule */
    public BatchPicked {
      present("batchId", batchId, at, location);
      Check.atLeast("orders", orders, 1);
      Check.atLeast("units", units, 1);
      Check.atLeast("metres", metres, 0);
    }
  }

  /** The id must not be blank, the instant and the segments present (a segment may be empty). */
  private static void present(String idField, String id, Instant at, String... segments) {
    Check.notBlank(idField, id);
    Check.present("at", at);
    for (String s : segments) {
      Check.present("segment", s);
    }
  }
}
