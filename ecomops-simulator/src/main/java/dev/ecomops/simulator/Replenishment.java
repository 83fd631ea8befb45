package dev.ecomops.simulator;

import dev.ecomops.core.Money;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.forecasting.method.Forecast;
import dev.ecomops.forecasting.method.ForecastMethod;
import dev.ecomops.forecasting.method.Intermittent;
import dev.ecomops.forecasting.method.SimpleExponentialSmoothing;
import dev.ecomops.forecasting.replenishment.PurchaseSuggestion;
import dev.ecomops.forecasting.replenishment.Replenisher;
import dev.ecomops.forecasting.replenishment.SupplierTerms;
import dev.ecomops.forecasting.series.DemandClass;
import dev.ecomops.supply.purchase.Arrival;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.service.PurchaseOrders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Weekly (R, S) replenishment in the simulation, by the forecasting module's {@link Replenisher}
 * (the recipe {@code ecomops replenish} runs): each Monday-of-the-run, every SKU at every
 * warehouse is planned from its weekly demand so far (the last 26 weeks; the first weeks' missing
 * history is the expected demand), forecast by SES (α = 0.2) for smooth and erratic demand or SBA
 * for intermittent and lumpy (Syntetos-Boylan classes), cheap enough for 78,000 plans a simulated
 * year; S covers the supplier's lead time plus the review week with safety stock for the
 * configured cycle service level and the supplier's lead-time variability. With {@code
 * replenishment: min-max} (the naive practice, for comparison) each SKU and warehouse instead
 * keeps one (s, S) policy set at its first review from the expected average demand (s: lead-time
 * demand plus safety stock; S: four more weeks), never revised. What falls short is
 * ordered in whole case packs, one purchase order per supplier and warehouse, through the core
 * {@link PurchaseOrders} service: created, sent, confirmed for the mean lead time, and received in
 * full after a log-normal lead time with the supplier's mean and deviation.
 */
final class Replenishment {
  private static final int HISTORY = 26;
  /** Weeks of history a plan needs; fewer are padded with the expected demand. */
  private static final int MIN_HISTORY = 4;
  /** Weeks of average demand between a min-max policy's s and S. */
  private static final double MIN_MAX_WEEKS = 4;

  private final Simulator sim;
  private final PurchaseOrders pos;
  /** Weekly demand per SKU and warehouse, oldest first. */
  private final List<double[][]> weeks = new ArrayList<>();
  private final Replenisher replenisher = Replenisher.with(new ByClass());
  private final Replenisher.Spec[] specs;
  /** Whether each SKU and site keeps a fixed min-max plan instead of a weekly forecast-driven one. */
  private final boolean minMax;
  /** The min-max policy's fixed plans, by SKU and site, made at the first review. */
  private Replenisher.Plan[][] fixed;
  long purchaseOrders;

  Replenishment(Simulator sim) {
    this.sim = sim;
    this.pos = new PurchaseOrders(sim.stores.purchaseOrders().get(), sim.keeper, sim.events, sim.clock);
    this.specs = new Replenisher.Spec[World.SUPPLIERS.size()];
    this.minMax = sim.config.replenishment().equals("min-max");
    for (int k = 0; k < specs.length; k++) {
      World.Supplier sup = World.SUPPLIERS.get(k);
      SupplierTerms terms = new SupplierTerms(sup.id(), sup.leadMean() / 7, sup.leadSd() / 7, 0, sup.casePack());
      Replenisher.ServiceTarget target = Replenisher.ServiceTarget.cycleServiceLevel(sim.config.serviceLevel());
      // min-max: reorder at lead-time demand plus safety stock, up to four more weeks of demand
      specs[k] = minMax ? Replenisher.Spec.minMax(terms, MIN_MAX_WEEKS, target)
          : Replenisher.Spec.periodic(terms, 1, target);
    }
  }

  /**
   * SES (α = 0.2) for smooth and erratic demand, SBA for intermittent and lumpy; the spread of
   * weekly demand taken as at least a Poisson count's (√mean) and at least half a unit, so a short or
   * flat history (a new item, the padded first weeks) still gets safety stock.
   */
  private static final class ByClass implements ForecastMethod {
    private final SimpleExponentialSmoothing ses = SimpleExponentialSmoothing.withAlpha(0.2);
    private final Intermittent sba = Intermittent.sba();

    @Override
    public String name() {
      return "ses-or-sba";
    }

    @Override
    public Forecast forecast(double[] history, int seasonLength, int horizon) {
      DemandClass c = DemandClass.of(history);
      Forecast f = (c == DemandClass.SMOOTH || c == DemandClass.ERRATIC ? ses : sba).forecast(history, seasonLength,
          horizon);
      double[] lo = f.lo95().clone();
      double[] hi = f.hi95().clone();
      for (int k = 0; k < hi.length; k++) {
        double half = 1.959964 * Math.max(0.5, Math.sqrt(Math.max(0, f.mean()[k])));
        hi[k] = Math.max(hi[k], f.mean()[k] + half);
        lo[k] = Math.min(lo[k], Math.max(0, f.mean()[k] - half));
      }
      return new Forecast(f.method(), f.mean(), lo, hi);
    }
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
    int have = weeks.size() - from;
    int pad = Math.max(0, MIN_HISTORY - have);
    for (int s = 0; s < sim.world.sites.size(); s++) {
      Map<Integer, List<PurchaseOrder.Line>> bySupplier = new HashMap<>();
      for (int i = 0; i < sim.world.items.size(); i++) {
        World.Item item = sim.world.items.get(i);
        Replenisher.Spec spec = specs[item.supplier()];
        Replenisher.Plan plan = minMax ? fixedPlan(i, s, spec) : replenisher.plan(history(i, s, from, pad), spec);
        Balance b = sim.keeper.balance(sim.key(i, s));
        PurchaseSuggestion suggestion = Replenisher.suggest(plan, spec, item.sku().value(),
            sim.world.sites.get(s).id().value(), b.availableToPromise(), b.incoming(), 0, true);
        if (suggestion.quantity() > 0) {
          bySupplier.computeIfAbsent(item.supplier(), k -> new ArrayList<>()).add(PurchaseOrder.Line.of(
              Integer.toString(i), item.sku(), suggestion.quantity(), Money.ofMinor(item.costMinor(), Simulator.USD)));
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

  /** Weekly demand of a SKU at a site from week {@code from}, after {@code pad} weeks of the expected demand. */
  private double[] history(int item, int site, int from, int pad) {
    double[] h = new double[pad + weeks.size() - from];
    java.util.Arrays.fill(h, 0, pad, sim.expectedDaily(item, site) * 7);
    for (int k = from; k < weeks.size(); k++) {
      h[pad + k - from] = weeks.get(k)[item][site];
    }
    return h;
  }

  /**
   * The naive practice's plan: set once from the expected average weekly demand (a flat history
   * of it), never revised for trend, season or peak.
   */
  private Replenisher.Plan fixedPlan(int item, int site, Replenisher.Spec spec) {
    if (fixed == null) {
      fixed = new Replenisher.Plan[sim.world.items.size()][sim.world.sites.size()];
    }
    if (fixed[item][site] == null) {
      double[] flat = new double[HISTORY];
      java.util.Arrays.fill(flat, sim.expectedDaily(item, site) * 7);
      fixed[item][site] = replenisher.plan(flat, spec);
    }
    return fixed[item][site];
  }

  private void raise(int day, int site, World.Supplier sup, List<PurchaseOrder.Line> lines) {
    purchaseOrders++;
    PurchaseOrderId id = PurchaseOrderId.of("PO-" + purchaseOrders);
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
