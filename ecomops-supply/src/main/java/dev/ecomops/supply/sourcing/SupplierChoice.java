package dev.ecomops.supply.sourcing;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.stat.SafetyStock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a supplier for a suggested order and says why. Each offer is costed for the quantity it
 * would actually ship (the suggestion rounded up to its minimum and case pack):
 *
 * <ul>
 *   <li>purchase: quantity × the unit cost of the price break that quantity reaches;
 *   <li>buffer: the safety stock the offer's lead-time variability needs at the service level,
 *       z · demand per day · σ_L (Silver, Pyke and Thomas 2017, section 6.10), held at the holding
 *       cost for as long as the order lasts (quantity / demand per day);
 *   <li>unreliability: (1 − on-time rate) × quantity × the cost of a late unit.
 * </ul>
 *
 * The lowest total per unit shipped wins (the primary supplier, then the name, breaks ties).
 * Every candidate comes back with its figures, so a buyer can see the reasoning.
 */
public final class SupplierChoice {
  private final double serviceLevel;
  private final Money holdingPerUnitDay;
  private final Money latePenaltyPerUnit;

  /**
   * @param serviceLevel the cycle service level the buffer is sized for, in [0.5, 1)
   * @param holdingPerUnitDay what holding one unit for a day costs
   * @param latePenaltyPerUnit what a late unit costs (expedites, lost sales)
   * @throws ValidationException naming {@code serviceLevel} outside [0.5, 1)
   */
  public SupplierChoice(double serviceLevel, Money holdingPerUnitDay, Money latePenaltyPerUnit) {
    if (!(serviceLevel >= 0.5 && serviceLevel < 1)) {
      throw ValidationException.of("serviceLevel", "must be in [0.5, 1)", serviceLevel);
    }
    this.serviceLevel = serviceLevel;
    this.holdingPerUnitDay = holdingPerUnitDay;
    this.latePenaltyPerUnit = latePenaltyPerUnit;
  }

  /**
   * One costed candidate.
   *
   * @param offer the offer
   * @param quantity what it would ship
   * @param purchase quantity × unit cost
   * @param buffer the cost of the safety stock its lead-time variability needs
   * @param unreliability the expected cost of late units
   * @param perUnit the total over the quantity
   */
  public record Candidate(SupplierOffer offer, long quantity, Money purchase, Money buffer, Money unreliability,
      Money perUnit) {

    /** The figures in words. */
    public String reasoning() {
      return String.format(Locale.ROOT, "%s: %d units at %s = %s, lead-time buffer %s, late risk %s, %s per unit",
          offer.supplier(), quantity, offer.unitCost(quantity), purchase, buffer, unreliability, perUnit);
    }
  }

  /**
   * The choice.
   *
   * @param chosen the winner
   * @param candidates every candidate, best first
   */
  public record Choice(Candidate chosen, List<Candidate> candidates) {}

  /**
   * Chooses among the offers for a suggestion.
   *
   * @param wanted units the replenishment suggested, at least 1
   * @param demandPerDay forecast demand, units a day, at least 0
   * @throws ValidationException naming {@code offers} when there are none
   */
  public Choice choose(long wanted, double demandPerDay, List<SupplierOffer> offers) {
    if (offers.isEmpty()) {
      throw ValidationException.of("offers", "must have at least one supplier offer", wanted);
    }
    if (wanted < 1) {
      throw ValidationException.of("wanted", "must be at least 1", wanted);
    }
    List<Candidate> all = new ArrayList<>();
    for (SupplierOffer o : offers) {
      long q = o.orderQuantity(wanted);
      Money purchase = o.unitCost(q).times(q);
      double safety = SafetyStock.forCycleServiceLevel(demandPerDay * o.leadTimeSdDays(), serviceLevel);
      // the buffer is held while this order's units last: q / demand per day days
      double days = demandPerDay > 0 ? q / demandPerDay : 0;
      Money buffer = holdingPerUnitDay.times(BigDecimal.valueOf(safety * days), RoundingMode.HALF_UP);
      Money late = latePenaltyPerUnit.times(BigDecimal.valueOf((1 - o.onTimeRate()) * q), RoundingMode.HALF_UP);
      Money total = purchase.plus(buffer).plus(late);
      Money perUnit = Money.of(total.amount().divide(BigDecimal.valueOf(q), 4, RoundingMode.HALF_UP), total.currency(),
          RoundingMode.HALF_UP);
      all.add(new Candidate(o, q, purchase, buffer, late, perUnit));
    }
    // by exact total per unit (the rounded per-unit figure is for display)
    all.sort(Comparator.<Candidate, BigDecimal>comparing(c -> c.purchase().plus(c.buffer()).plus(c.unreliability())
        .amount().divide(BigDecimal.valueOf(c.quantity()), 10, RoundingMode.HALF_UP))
        .thenComparing(c -> !c.offer().primary()).thenComparing(c -> c.offer().supplier()));
    return new Choice(all.get(0), all);
  }
}
