package dev.ecomops.supply.sourcing;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.PoStatus;
import dev.ecomops.core.event.SupplyEvent;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderReceived;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderStatusChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A supplier's lead time as a distribution: mean and standard deviation in days, with the number
 * of receipts it was learned from.
 *
 * @param meanDays mean days from sending the order to a receipt, positive
 * @param sdDays standard deviation in days, at least 0
 * @param observations receipts it rests on (0 for a stated, not learned, lead time)
 */
public record LeadTime(double meanDays, double sdDays, int observations) {

  /** @throws ValidationException naming the field that breaks its rule */
  public LeadTime {
    if (!(meanDays > 0) || !Double.isFinite(meanDays)) {
      throw ValidationException.of("meanDays", "must be positive and finite", meanDays);
    }
    if (!(sdDays >= 0) || !Double.isFinite(sdDays)) {
      throw ValidationException.of("sdDays", "must be at least 0 and finite", sdDays);
    }
    if (observations < 0) {
      throw ValidationException.of("observations", "must be at least 0", observations);
    }
  }

  /** A stated lead time (from the supplier's terms): no observations. */
  public static LeadTime stated(double meanDays, double sdDays) {
    return new LeadTime(meanDays, sdDays, 0);
  }

  /**
   * Learns a supplier's lead time from supply events: each receipt in {@code [from, to)} of an
   * order whose sending is among the events gives one observation, the days between the two
   * instants. Sample standard deviation (n − 1); 0 for one observation.
   *
   * @return the learned lead time (blend it with the stated one through {@link #learn}); empty when
   *     none of the supplier's receipts can be timed
   */
  public static Optional<LeadTime> learned(String supplier, List<? extends SupplyEvent> events, Instant from, Instant to) {
    Map<PurchaseOrderId, Instant> sent = new HashMap<>();
    for (SupplyEvent e : events) {
      if (e instanceof PurchaseOrderStatusChanged c && c.supplier().equals(supplier) && c.to() == PoStatus.SENT) {
        sent.putIfAbsent(c.purchaseOrderId(), c.occurredAt());
      }
    }
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (SupplyEvent e : events) {
      if (e instanceof PurchaseOrderReceived r && r.supplier().equals(supplier) && sent.containsKey(r.purchaseOrderId())
          && !r.occurredAt().isBefore(from) && r.occurredAt().isBefore(to)) {
        double days = Duration.between(sent.get(r.purchaseOrderId()), r.occurredAt()).toMillis() / 86_400_000.0;
        n++;
        double d = days - mean; // Welford's running mean and sum of squares
        mean += d / n;
        m2 += d * (days - mean);
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(new LeadTime(Math.max(mean, 1e-9), n > 1 ? Math.sqrt(m2 / (n - 1)) : 0, n));
  }

  /**
   * The lead time to plan with: a stated one, corrected by what was learned. A credibility blend
   * (Bühlmann, "Experience rating and credibility", ASTIN Bulletin 4(3), 1967): the stated lead
   * time counts as {@code priorWeight} observations, the learned one as its own count, and the
   * variance is the mixture's (each part's variance plus its squared distance from the blended
   * mean), so disagreement between the two widens the distribution.
   *
   * @param priorWeight how many receipts the stated figure is worth, at least 0
   */
  public static LeadTime learn(LeadTime stated, LeadTime learned, double priorWeight) {
    if (!(priorWeight >= 0)) {
      throw ValidationException.of("priorWeight", "must be at least 0", priorWeight);
    }
    double n = learned.observations();
    if (n + priorWeight == 0) {
      return stated;
    }
    double mean = (priorWeight * stated.meanDays() + n * learned.meanDays()) / (priorWeight + n);
    double var = (priorWeight * (sq(stated.sdDays()) + sq(stated.meanDays() - mean))
        + n * (sq(learned.sdDays()) + sq(learned.meanDays() - mean))) / (priorWeight + n);
    return new LeadTime(mean, Math.sqrt(var), learned.observations() + stated.observations());
  }

  private static double sq(double x) {
    return x * x;
  }
}
