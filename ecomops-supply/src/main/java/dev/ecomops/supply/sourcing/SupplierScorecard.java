package dev.ecomops.supply.sourcing;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.event.SupplyEvent;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderReceived;
import dev.ecomops.core.event.SupplyEvent.ReceiptInspected;
import dev.ecomops.supply.purchase.PurchaseOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A supplier's performance over a window, from its purchase orders and supply events.
 *
 * @param supplier the supplier
 * @param receipts receipts in the window
 * @param onTimeRate receipts arriving on or before the line's promised date, over receipts
 * @param inFullRate lines received in full (good + damaged ≥ ordered), over lines with a receipt
 * @param otifRate lines received in full whose last receipt was on time, over lines with a receipt
 * @param fillRate good units received over units ordered, on lines with a receipt
 * @param defectRate units damaged on arrival or failed at inspection, over units received
 * @param leadTimeMeanDays mean days from sending an order to a receipt; 0 when none can be timed
 * @param leadTimeSdDays their sample standard deviation in days; 0 for fewer than two
 * @param priceVariance what was paid over what was quoted, less 1, weighted by good units received
 *     (0.02 = paid 2% more than the quotes); 0 when no receipt has a quote
 */
public record SupplierScorecard(String supplier, int receipts, double onTimeRate, double inFullRate, double otifRate,
    double fillRate, double defectRate, double leadTimeMeanDays, double leadTimeSdDays, double priceVariance) {

  /**
   * The scorecard of one supplier: its receipts and inspections with {@code from ≤ time < to}, and
   * their lines.
   *
   * @param events supply events; sendings before the window are needed for lead times
   * @param quotes the supplier's offers, for price variance (a line's quote is the offer's price at the ordered quantity)
   * @param zone the zone in which a receipt's day is compared with the promised date
   */
  public static SupplierScorecard of(String supplier, List<PurchaseOrder> orders, List<? extends SupplyEvent> events,
      List<SupplierOffer> quotes, Instant from, Instant to, ZoneId zone) {
    Map<PurchaseOrderId, PurchaseOrder> byId = new HashMap<>();
    orders.stream().filter(o -> o.supplier().equals(supplier)).forEach(o -> byId.put(o.id(), o));
    int count = 0;
    int onTime = 0;
    long good = 0;
    long damaged = 0;
    long failed = 0;
    double paid = 0;
    double quoted = 0;
    // per line: the latest receipt's timeliness
    Map<String, Boolean> lastOnTime = new HashMap<>();
    Map<String, Instant> lastAt = new HashMap<>();
    for (SupplyEvent ev : events) {
      if (ev instanceof ReceiptInspected i && i.supplier().equals(supplier) && in(i.occurredAt(), from, to)) {
        failed += i.failed();
      }
      if (!(ev instanceof PurchaseOrderReceived e) || !e.supplier().equals(supplier) || !in(e.occurredAt(), from, to)) {
        continue;
      }
      count++;
      boolean ok = !e.occurredAt().atZone(zone).toLocalDate().isAfter(e.promised());
      onTime += ok ? 1 : 0;
      good += e.good();
      damaged += e.damaged();
      PurchaseOrder po = byId.get(e.purchaseOrderId());
      if (po == null) {
        continue;
      }
      for (PurchaseOrder.Line l : po.lines()) {
        if (!l.sku().equals(e.sku())) {
          continue;
        }
        String key = po.id() + "/" + l.lineId();
        if (!lastAt.containsKey(key) || !e.occurredAt().isBefore(lastAt.get(key))) {
          lastAt.put(key, e.occurredAt());
          lastOnTime.put(key, ok);
        }
        for (SupplierOffer q : quotes) {
          if (q.supplier().equals(supplier) && q.sku().equals(l.sku())
              && q.unitCost(l.ordered()).currency().equals(l.unitCost().currency())) {
            paid += l.unitCost().amount().doubleValue() * e.good();
            quoted += q.unitCost(l.ordered()).amount().doubleValue() * e.good();
            break;
          }
        }
      }
    }
    int lines = 0;
    int inFull = 0;
    int otif = 0;
    long ordered = 0;
    long received = 0;
    for (Map.Entry<String, Boolean> e : lastOnTime.entrySet()) {
      String[] id = e.getKey().split("/", 2);
      PurchaseOrder.Line l = byId.get(PurchaseOrderId.of(id[0])).line(id[1]);
      lines++;
      boolean full = l.received() + l.damaged() >= l.ordered();
      inFull += full ? 1 : 0;
      otif += full && e.getValue() ? 1 : 0;
      ordered += l.ordered();
      received += l.received();
    }
    LeadTime lt = LeadTime.learned(supplier, events, from, to).orElse(null);
    double ltMean = lt == null ? 0 : lt.meanDays();
    double ltSd = lt == null ? 0 : lt.sdDays();
    return new SupplierScorecard(supplier, count, ratio(onTime, count), ratio(inFull, lines), ratio(otif, lines),
        ratio(received, ordered), ratio(damaged + failed, good + damaged), ltMean, ltSd, quoted == 0 ? 0 : paid / quoted - 1);
  }

  private static boolean in(Instant t, Instant from, Instant to) {
    return !t.isBefore(from) && t.isBefore(to);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
