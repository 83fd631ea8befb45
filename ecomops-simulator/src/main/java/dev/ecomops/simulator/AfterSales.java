package dev.ecomops.simulator;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockState;
import dev.ecomops.kpi.fact.Fact;
import dev.ecomops.returns.policy.ReturnReason;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What follows a delivery in the simulation: returns and customer service.
 *
 * <ul>
 *   <li>Returns: each line comes back at its category's return rate, far likelier when the
 *       shipment was damaged or wrong. The reason (the returns module's {@link ReturnReason}) is
 *       damage in transit or the wrong item when so, else drawn by category (fit for apparel and
 *       shoes, changed mind, not as described, defective). Received 3 to 8 days after the customer
 *       asks, refunded 1 to 3 days after receipt. Disposition: damaged or defective units go to
 *       damaged stock; the rest are restocked sellable, but 10% fail inspection.
 *   <li>Customer service: a ticket for 2% of deliveries, many more when late, damaged or wrong;
 *       answered after an exponential wait (mean 2 hours, longer in the peak), resolved later;
 *       40% answer the survey, scoring lower when resolution was slow.
 * </ul>
 */
final class AfterSales {
  private final Simulator sim;
  /** Units returned per reason, and how many of them went back on sale. */
  final Map<ReturnReason, long[]> byReason = new EnumMap<>(ReturnReason.class);
  long returns;
  long tickets;

  AfterSales(Simulator sim) {
    this.sim = sim;
    for (ReturnReason r : ReturnReason.values()) {
      byReason.put(r, new long[2]);
    }
  }

  void follow(int site, Fulfilment.Pending p, SplittableRandom r, int deliveredDay, Instant delivered, boolean damaged,
      boolean wrong, boolean late) {
    Simulator.Order order = p.order();
    String location = sim.world.sites.get(site).id().value();
    for (AllocationLine l : p.shipment().lines()) {
      World.Item item = sim.world.items.get(sim.index(l));
      World.Category category = World.CATEGORIES.get(item.category());
      double chance = category.returnRate() + (damaged ? 0.7 : 0) + (wrong ? 0.5 : 0);
      if (r.nextDouble() >= chance) {
        continue;
      }
      returns++;
      ReturnReason reason = reason(r, category, damaged, wrong);
      int askedDay = deliveredDay + 1 + r.nextInt(20);
      int receivedDay = askedDay + 3 + r.nextInt(6);
      Instant asked = sim.at(askedDay, r.nextInt(86_400));
      Instant received = sim.at(receivedDay, 10 * 3600 + r.nextInt(6 * 3600));
      Instant resolved = received.plusSeconds(86_400 + r.nextInt(2 * 86_400));
      String rma = "R" + returns;
      sim.fact(new Fact.ReturnReceived(rma, received, order.channel(), location, category.name(), l.quantity()));
      sim.fact(new Fact.ReturnResolved(rma, resolved, asked, order.channel(), location));
      boolean broken = reason == ReturnReason.DAMAGED_IN_TRANSIT || reason == ReturnReason.DEFECTIVE;
      StockState state = broken || r.nextDouble() < 0.10 ? StockState.DAMAGED : StockState.SELLABLE;
      long[] tally = byReason.get(reason);
      tally[0] += l.quantity();
      tally[1] += state == StockState.SELLABLE ? l.quantity() : 0;
      StockKey key = StockKey.of(l.sku(), sim.world.sites.get(site).id());
      long qty = l.quantity();
      sim.later(receivedDay, () -> sim.keeper.returnToStock(key, qty, state, null, IdempotencyKey.of(rma + "-restock")));
    }
    double ticket = 0.02 + (late ? 0.25 : 0) + (damaged ? 0.5 : 0) + (wrong ? 0.5 : 0);
    if (r.nextDouble() < ticket) {
      ticket(r, delivered);
    }
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

  private void ticket(SplittableRandom r, Instant delivered) {
    tickets++;
    String id = "T" + tickets;
    double u = r.nextDouble();
    String channel = u < 0.5 ? "email" : u < 0.85 ? "chat" : "phone";
    Instant opened = delivered.plusSeconds(r.nextInt(3 * 86_400));
    double load = sim.demandFactor(sim.date((int) (opened.getEpochSecond() / 86_400 - sim.config.start().toEpochDay())));
    long firstWait = (long) (-Math.log(1 - r.nextDouble()) * 2 * 3600 * Math.max(1, load));
    long resolveWait = firstWait + (long) (-Math.log(1 - r.nextDouble()) * 10 * 3600);
    sim.fact(new Fact.TicketFirstResponse(id, opened.plusSeconds(firstWait), opened, channel));
    sim.fact(new Fact.TicketResolved(id, opened.plusSeconds(resolveWait), opened, channel));
    if (r.nextDouble() < 0.4) {
      double v = r.nextDouble();
      boolean fast = resolveWait < 12 * 3600;
      int score = fast ? (v < 0.4 ? 5 : v < 0.75 ? 4 : v < 0.9 ? 3 : v < 0.97 ? 2 : 1)
          : (v < 0.15 ? 5 : v < 0.45 ? 4 : v < 0.7 ? 3 : v < 0.88 ? 2 : 1);
      sim.fact(new Fact.SurveyAnswered(id, opened.plusSeconds(resolveWait + 3600), channel, score));
    }
  }
}
