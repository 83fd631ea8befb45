package dev.ecomops.kpi.io;

import dev.ecomops.kpi.fact.Fact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one file seen so far, by identity, so a fact log delivered at least once is counted
 * once. A fact that repeats an earlier one exactly is a redelivery and is skipped; a different fact
 * under an identity that allows only one (an order placed twice with other units) contradicts the
 * earlier line and is bad input.
 *
 * <p>Identities: an order is placed, shipped and delivered once ({@code order_id}); a return is
 * resolved once ({@code rma_id}); a ticket gets one first response, one resolution and one survey
 * answer ({@code ticket_id}); a SKU at a location is counted or snapshotted once per instant. A
 * return may be received in parts, so {@code return_received} facts are only ever exact repeats.
 *
 * <p>Memory grows with the number of distinct facts (each is kept to compare a repeat with), about
 * 200 bytes each.
 */
final class SeenFacts {
  /** Where an identity was first seen. */
  private record First(long line, Fact fact) {}

  private final Map<Object, First> seen = new HashMap<>();
  private long repeats;

  /**
   * Records a fact read at a line.
   *
   * @return true when it is new and must be counted; false when it repeats an earlier line exactly
   * @throws FactJson.FieldException naming the identity field when it contradicts an earlier line
   */
  boolean firstTime(long line, Fact fact) {
    Object id = identity(fact);
    First earlier = seen.putIfAbsent(id, new First(line, fact));
    if (earlier == null) {
      return true;
    }
    if (earlier.fact().equals(fact)) {
      repeats++;
      return false;
    }
    throw new FactJson.FieldException(identityField(fact), "this " + FactJson.typeName(fact.getClass())
        + " differs from the one at line " + earlier.line() + " with the same identity; a fact log may repeat a fact"
        + " but not change it");
  }

  /** Exact repeats skipped so far. */
  long repeats() {
    return repeats;
  }

  // Java 17 has no pattern switch: instanceof chains, the sealed Fact's eleven types
  private static Object identity(Fact f) {
    if (f instanceof Fact.OrderPlaced o) {
      return List.of("placed", o.orderId());
    } else if (f instanceof Fact.OrderShipped s) {
      return List.of("shipped", s.orderId());
    } else if (f instanceof Fact.OrderDelivered d) {
      return List.of("delivered", d.orderId());
    } else if (f instanceof Fact.ReturnResolved r) {
      return List.of("resolved", r.rmaId());
    } else if (f instanceof Fact.TicketFirstResponse t) {
      return List.of("first_response", t.ticketId());
    } else if (f instanceof Fact.TicketResolved t) {
      return List.of("ticket_resolved", t.ticketId());
    } else if (f instanceof Fact.SurveyAnswered s) {
      return List.of("survey", s.ticketId());
    } else if (f instanceof Fact.InventoryCounted c) {
      return List.of("counted", c.sku(), c.location(), c.at());
    } else if (f instanceof Fact.InventorySnapshot s) {
      return List.of("snapshot", s.sku(), s.location(), s.at());
    } else if (f instanceof Fact.BatchPicked b) {
      return List.of("batch", b.batchId());
    }
    return f; // return_received: parts of one return differ, so only an exact repeat is one
  }

  private static String identityField(Fact f) {
    if (f instanceof Fact.OrderPlaced || f instanceof Fact.OrderShipped || f instanceof Fact.OrderDelivered) {
      return "order_id";
    } else if (f instanceof Fact.ReturnResolved) {
      return "rma_id";
    } else if (f instanceof Fact.InventoryCounted || f instanceof Fact.InventorySnapshot) {
      return "sku";
    } else if (f instanceof Fact.BatchPicked) {
      return "batch_id";
    }
    return "ticket_id";
  }
}
