package dev.ecomops.simulator;

import dev.ecomops.core.Money;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.returns.memory.InMemoryRefundGateway;
import dev.ecomops.returns.policy.ItemCondition;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.policy.ReturnPolicy;
import dev.ecomops.returns.policy.ReturnReason;
import dev.ecomops.returns.policy.ReturnRequest;
import dev.ecomops.returns.refund.RefundCalculator;
import dev.ecomops.returns.rma.Grade;
import dev.ecomops.returns.service.ReturnService;
import dev.ecomops.returns.service.SupportDesk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What follows a delivery in the simulation: returns through the returns module's {@link
 * ReturnService}, and customer service through the core {@link SupportDesk}.
 *
 * <ul>
 *   <li>Returns: each line is asked back at its category's return rate, far likelier when the
 *       shipment was damaged or wrong. The reason (the returns module's {@link ReturnReason}) is
 *       damage in transit or the wrong item when so, else drawn by category (fit for apparel and
 *       shoes, changed mind, not as described, defective). The request is decided by a {@link
 *       ReturnPolicy} (30 days, no fees); an approved one becomes an RMA, received 3 to 8 days after
 *       the customer asks, inspected at once (grade A, back on sale; or C, to refurbishment, for
 *       damaged and defective units and the 10% that fail inspection), and refunded 1 to 3 days
 *       after receipt, through the refund ledger and gateway, for the amount the {@link
 *       RefundCalculator} works out.
 *   <li>Customer service: a ticket for 2% of deliveries, many more when late, damaged or wrong;
 *       opened up to three days after delivery, answered after an exponential wait (mean 2 hours,
 *       longer in the peak), resolved later; 40% answer the survey, scoring lower when resolution was
 *       slow.
 * </ul>
 *
 * Every step runs on its day from the simulator's agenda, with the clock at its instant; steps
 * due after the run's last day do not happen.
 */
final class AfterSales {
  private static final ReturnPolicy POLICY = ReturnPolicy.builder().build();

  private final Simulator sim;
  private final ReturnService returnService;
  private final SupportDesk desk;
  private final Map<Sku, String> categories = new HashMap<>();
  private final Money zero = Money.zero(Simulator.USD);
  /** Units returned per reason, and how many of them went back on sale. */
  final Map<ReturnReason, long[]> byReason = new EnumMap<>(ReturnReason.class);
  /** RMAs asked for. */
  private long asked;
  /** Returns received. */
  long returns;
  /** Tickets opened. */
  long tickets;

  AfterSales(Simulator sim) {
    this.sim = sim;
    this.returnService = new ReturnService(sim.stores.returns().get(), sim.stores.refunds().get(), sim.keeper,
        new InMemoryRefundGateway(), sim.events, sim.clock);
    this.desk = new SupportDesk(sim.stores.tickets().get(), sim.events, sim.clock);
    for (World.Item i : sim.world.items) {
      categories.put(i.sku(), World.CATEGORIES.get(i.category()).name());
    }
    for (ReturnReason r : ReturnReason.values()) {
      byReason.put(r, new long[2]);
    }
  }

  /** Draws what the customer does after a shipment was delivered, and books it on the agenda. */
  void follow(int site, Fulfilment.Pending p, Order order, SplittableRandom r, int deliveredDay, Instant delivered,
      boolean damaged, boolean wrong, boolean late) {
    for (OrderLineState l : p.lines()) {
      World.Item item = sim.world.items.get(sim.index(l.line().sku()));
      World.Category category = World.CATEGORIES.get(item.category());
      double chance = category.returnRate() + (damaged ? 0.7 : 0) + (wrong ? 0.5 : 0);
      if (r.nextDouble() >= chance) {
        continue;
      }
      ReturnReason reason = reason(r, category, damaged, wrong);
      int askedDay = deliveredDay + 1 + r.nextInt(20);
      int receivedDay = askedDay + 3 + r.nextInt(6);
      Instant askedAt = sim.at(askedDay, r.nextInt(86_400));
      Instant received = sim.at(receivedDay, 10 * 3600 + r.nextInt(6 * 3600));
      Instant refunded = received.plusSeconds(86_400 + r.nextInt(2 * 86_400));
      boolean broken = reason == ReturnReason.DAMAGED_IN_TRANSIT || reason == ReturnReason.DEFECTIVE;
      Grade grade = broken || r.nextDouble() < 0.10 ? Grade.C : Grade.A;
      asked++;
      Request request = new Request(RmaId.of("R" + asked), order.id(), l.lineId(), l.line().quantity(), reason, grade,
          site, delivered.atZone(ZoneOffset.UTC).toLocalDate());
      sim.later(askedDay, () -> ask(request, askedAt, receivedDay, received, refunded));
    }
    double ticket = 0.02 + (late ? 0.25 : 0) + (damaged ? 0.5 : 0) + (wrong ? 0.5 : 0);
    if (r.nextDouble() < ticket) {
      ticket(r, delivered, order.id());
    }
  }

  /** A customer's return request, as drawn. */
  private record Request(RmaId rmaId, OrderId orderId, String lineId, long quantity, ReturnReason reason, Grade grade,
      int site, LocalDate deliveredOn) {}

  /** The customer asks; the policy decides; an approved return comes back, is inspected and refunded. */
  private void ask(Request q, Instant at, int receivedDay, Instant received, Instant refunded) {
    sim.clock.set(at);
    Order order = sim.orders.find(q.orderId()).orElseThrow();
    List<LineDecision> decisions = POLICY.evaluate(order, q.deliveredOn(), new ReturnRequest(q.orderId(),
        at.atZone(ZoneOffset.UTC).toLocalDate(), false, List.of(new ReturnRequest.Line(q.lineId(), q.quantity(),
        q.reason(), ItemCondition.OPENED))), categories, Map.of(), zero);
    if (decisions.get(0).outcome() != LineDecision.Outcome.APPROVED) {
      return;
    }
    returnService.open(q.rmaId(), order, decisions, sim.world.sites.get(q.site()).id());
    returnService.approve(q.rmaId());
    sim.later(receivedDay, () -> {
      sim.clock.set(received);
      returnService.receive(q.rmaId(), "PKG-" + q.rmaId(), Map.of(q.lineId(), q.quantity()));
      returnService.inspect(q.rmaId(), q.lineId(), q.grade(), q.quantity(), q.rmaId() + "-inspect");
      returns++;
      long[] tally = byReason.get(q.reason());
      tally[0] += q.quantity();
      tally[1] += q.grade() == Grade.A ? q.quantity() : 0;
      sim.later(sim.dayOf(refunded), () -> {
        sim.clock.set(refunded);
        returnService.refund(q.rmaId(), RefundCalculator.refund(order, decisions, Map.of(), zero, zero, false,
            BigDecimal.ZERO), false);
      });
    });
  }

  private static ReturnReason reason(SplittableRandom r, World.Category category, boolean damaged, boolean wrong) {
    if (damaged) {
      return ReturnReason.DAMAGED_IN_TRANSIT;
    }
    if (wrong) {
      return ReturnReason.WRONG_ITEM;
    }
    double u = r.nextDouble();
    if (category.name().equals("apparel") || category.name().equals("shoes")) {
      return u < 0.55 ? ReturnReason.DOES_NOT_FIT : u < 0.85 ? ReturnReason.CHANGED_MIND
          : u < 0.95 ? ReturnReason.NOT_AS_DESCRIBED : ReturnReason.DEFECTIVE;
    }
    return u < 0.5 ? ReturnReason.CHANGED_MIND : u < 0.75 ? ReturnReason.DEFECTIVE : ReturnReason.NOT_AS_DESCRIBED;
  }

  /** A ticket's life, drawn now and booked on the agenda: opened, answered, resolved, maybe surveyed. */
  private void ticket(SplittableRandom r, Instant delivered, OrderId orderId) {
    double u = r.nextDouble();
    String channel = u < 0.5 ? "email" : u < 0.85 ? "chat" : "phone";
    Instant opened = delivered.plusSeconds(r.nextInt(3 * 86_400));
    double load = sim.demandFactor(sim.date(sim.dayOf(opened)));
    long firstWait = (long) (-Math.log(1 - r.nextDouble()) * 2 * 3600 * Math.max(1, load));
    long resolveWait = firstWait + (long) (-Math.log(1 - r.nextDouble()) * 10 * 3600);
    int score = 0;
    if (r.nextDouble() < 0.4) {
      double v = r.nextDouble();
      boolean fast = resolveWait < 12 * 3600;
      score = fast ? (v < 0.4 ? 5 : v < 0.75 ? 4 : v < 0.9 ? 3 : v < 0.97 ? 2 : 1)
          : (v < 0.15 ? 5 : v < 0.45 ? 4 : v < 0.7 ? 3 : v < 0.88 ? 2 : 1);
    }
    int answer = score;
    Instant responded = opened.plusSeconds(firstWait);
    Instant resolved = opened.plusSeconds(resolveWait);
    sim.later(sim.dayOf(opened), () -> {
      sim.clock.set(opened);
      tickets++;
      String id = "T" + tickets;
      desk.open(id, channel, orderId.value());
      sim.later(sim.dayOf(responded), () -> {
        sim.clock.set(responded);
        desk.respond(id);
        sim.later(sim.dayOf(resolved), () -> {
          sim.clock.set(resolved);
          desk.resolve(id);
          if (answer > 0) {
            sim.clock.set(resolved.plusSeconds(3600));
            desk.survey(id, answer);
          }
        });
      });
    });
  }
}
