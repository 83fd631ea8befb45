package dev.ecomops.forecasting.supply;

import dev.ecomops.core.event.SupplyEvent.PurchaseOrderReceived;
import dev.ecomops.core.supply.PurchaseOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A supplier's performance over a window, from its purchase orders and their receipt events.
 *
 * @param supplier the supplier
 * @param receipts receipts in the window
 * @param onTimeRate receipts arriving on or before the line's promised date, over receipts
 * @param inFullRate lines received in full (good + damaged ≥ ordered), over lines with a receipt
 * @param otifRate lines received in full whose last receipt was on time, over lines with a receipt
 * @param fillRate good units received over units ordered, on lines with a receipt
 * @param defectRate damaged units over units received
 */
public record SupplierScorecard(String supplier, int receipts, double onTimeRate, double inFullRate, double otifRate,
    double fillRate, double defectRate) {

  /**
   * The scorecard of one supplier: its receipts with {@code from ≤ time < to}, and their lines.
   *
   * @param zone the zone in which a receipt's day is compared with the promised date
   */
  public static SupplierScorecard of(String supplier, List<PurchaseOrder> orders, List<PurchaseOrderReceived> events,
      Instant from, Instant to, ZoneId zone) {
    Map<String, PurchaseOrder> byId = new HashMap<>();
    orders.stream().filter(o -> o.supplier().equals(supplier)).forEach(o -> byId.put(o.id(), o));
    int count = 0;
    int onTime = 0;
    long good = 0;
    long damaged = 0;
    // per line: the latest receipt's timeliness
    Map<String, Boolean> lastOnTime = new HashMap<>();
    Map<String, Instant> lastAt = new HashMap<>();
    for (PurchaseOrderReceived e : events) {
      if (!e.supplier().equals(supplier) || e.occurredAt().isBefore(from) || !e.occurredAt().isBefore(to)) {
        continue;
      }
      count++;
      boolean ok = !e.occurredAt().atZone(zone).toLocalDate().isAfter(e.promised());
      onTime += ok ? 1 : 0;
      good += e.good();
      damaged += e.damaged();
      PurchaseOrder po = byId.get(e.purchaseOrderId());
      if (po != null) {
        for (PurchaseOrder.Line l : po.lines()) {
          if (l.sku().equals(e.sku())) {
            String key = po.id() + "/" + l.lineId();
            if (!lastAt.containsKey(key) || !e.occurredAt().isBefore(lastAt.get(key))) {
              lastAt.put(key, e.occurredAt());
              lastOnTime.put(key, ok);
            }
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
      PurchaseOrder.Line l = byId.get(id[0]).line(id[1]);
      lines++;
      boolean full = l.received() + l.damaged() >= l.ordered();
      inFull += full ? 1 : 0;
      otif += full && e.getValue() ? 1 : 0;
      ordered += l.ordered();
      received += l.received();
    }
    return new SupplierScorecard(supplier, count, ratio(onTime, count), ratio(inFull, lines), ratio(otif, lines),
        ratio(received, ordered), ratio(damaged, good + damaged));
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
