package dev.ecomops.simulator;

import dev.ecomops.core.Money;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.supply.Arrival;
import dev.ecomops.core.supply.PurchaseOrder;
import dev.ecomops.core.supply.PurchaseOrders;
import dev.ecomops.forecasting.method.Forecast;
import dev.ecomops.forecasting.method.Intermittent;
import dev.ecomops.forecasting.method.SimpleExponentialSmoothing;
import dev.ecomops.forecasting.replenishment.SafetyStock;
import dev.ecomops.forecasting.series.DemandClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Weekly (R, S) replenishment in the simulation: each Monday-of-the-run, every SKU at every
 * warehouse is forecast from its weekly demand so far (the last 26 weeks), by SES (α = 0.2) for
 * smooth and erratic demand or SBA for intermittent and lumpy (Syntetos-Boylan classes); the
 * order-up-to level covers lead time plus the review week, plus safety stock for the configured
 * cycle service level with the supplier's lead-time variability (forecasting module's {@link
 * SafetyStock}). What falls short is ordered in whole case packs, one purchase order per supplier
 * and warehouse, through the core {@link PurchaseOrders} service: created, sent, confirmed for the
 * mean lead time, and received in full after a log-normal lead time with the supplier's mean and
 * deviation.
 */
final class Replenishment {
  private static final int HISTORY = 26;

  private final Simulator sim;
  private final PurchaseOrders pos;
  /** Weekly demand per SKU and warehouse, oldest first. */
  private final List<double[][]> weeks = new ArrayList<>();
  private final SimpleExponentialSmoothing ses = SimpleExponentialSmoothing.withAlpha(0.2);
  private final Intermittent sba = Intermittent.sba();
  long purchaseOrders;

  Replenishment(Simulator sim) {
    this.sim = sim;
    this.pos = new PurchaseOrders(sim.stores.purchaseOrders().get(), sim.keeper, e -> { }, sim.clock);
  }

  void review(int day) {
    if (day > 0) {
      double[][] w = new double[sim.weekDemand.length][];
      for (int i = 0; i < w.length; i++) {
        w[i] = sim.weekDemand[i].clone();
        java.util.Arrays.fill(sim.weekDemand[i], 0);
      }
      weeks.add(w);
    }
    int from = Math.max(0, weeks.size() - HISTORY);
    for (int s = 0; s < sim.world.sites.size(); s++) {
      Map<Integer, List<PurchaseOrder.Line>> bySupplier = new HashMap<>();
      for (int i = 0; i < sim.world.items.size(); i++) {
        World.Item item = sim.world.items.get(i);
        World.Supplier sup = World.SUPPLIERS.get(item.supplier());
        double mean;
        double sd;
        if (weeks.size() - from < 4) {
          mean = sim.expectedDaily(i, s) * 7;
          sd = Math.sqrt(mean) * 1.5;
        } else {
          double[] h = new double[weeks.size() - from];
          for (int k = from; k < weeks.size(); k++) {
            h[k - from] = weeks.get(k)[i][s];
          }
          DemandClass c = DemandClass.of(h);
          Forecast f = (c == DemandClass.SMOOTH || c == DemandClass.ERRATIC ? ses : sba).forecast(h, 1, 1);
          mean = Math.max(0, f.mean(1));
          sd = Math.max(0.5, (f.hi95()[0] - f.mean(1)) / 1.96);
        }
        double lead = sup.leadMean() / 7;
        double leadSd = sup.leadSd() / 7;
        double safety = SafetyStock.forCycleServiceLevel(SafetyStock.sdOverLeadTime(mean, sd, lead + 1, leadSd),
            sim.config.serviceLevel());
        double orderUpTo = mean * (lead + 1) + safety;
        Balance b = sim.keeper.balance(sim.key(i, s));
        double position = b.availableToPromise() + b.incoming();
        if (position < orderUpTo) {
          long cases = (long) Math.ceil((orderUpTo - position) / sup.casePack());
          bySupplier.computeIfAbsent(item.supplier(), k -> new ArrayList<>()).add(PurchaseOrder.Line.of(
              Integer.toString(i), item.sku(), cases * sup.casePack(), Money.ofMinor(item.costMinor(), Simulator.USD)));
        }
      }
      for (int sup = 0; sup < World.SUPPLIERS.size(); sup++) {
        List<PurchaseOrder.Line> lines = bySupplier.get(sup);
        if (lines != null) {
          raise(day, s, World.SUPPLIERS.get(sup), lines);
        }
      }
    }
  }

  private void raise(int day, int site, World.Supplier sup, List<PurchaseOrder.Line> lines) {
    purchaseOrders++;
    String id = "PO-" + purchaseOrders;
    pos.create(PurchaseOrder.draft(id, sup.id(), sim.world.sites.get(site).id(), lines));
    pos.send(id);
    LocalDate promised = sim.date(day + (int) Math.round(sup.leadMean()));
    Map<String, LocalDate> dates = new HashMap<>();
    lines.forEach(l -> dates.put(l.lineId(), promised));
    pos.confirm(id, dates);
    SplittableRandom r = sim.stream(5, purchaseOrders * 131 + site);
    // log-normal lead time with the supplier's mean and deviation
    double cv2 = Math.pow(sup.leadSd() / sup.leadMean(), 2);
    double sigma = Math.sqrt(Math.log(1 + cv2));
    double mu = Math.log(sup.leadMean()) - sigma * sigma / 2;
    int lead = Math.max(1, (int) Math.round(Math.exp(mu + sigma * Simulator.gaussian(r))));
    sim.later(day + lead, () -> {
      for (PurchaseOrder.Line l : lines) {
        pos.receive(id, Arrival.of(id + "-" + l.lineId(), l.lineId(), l.ordered()));
      }
    });
  }
}
