package dev.ecomops.core.order.service;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule-based {@link OrderRiskAssessor} of the kind order management systems ship before a host
 * plugs in a fraud service. Each rule that fires adds its points (the total is capped at 100) and
 * a reason:
 *
 * <ul>
 *   <li><b>velocity</b>: the customer placed {@code maxOrdersInWindow} or more orders in the
 *       window before this one (30 points);
 *   <li><b>shared payment or address</b>: in the window, {@code maxOrdersInWindow} or more orders
 *       of other customers used the same payment fingerprint, or shipped to the same address (30
 *       points): one card or one drop address behind many accounts;
 *   <li><b>payment or address churn</b>: within the window the customer used more than {@code
 *       maxFingerprints} payment fingerprints, or more than {@code maxFingerprints} ship-to
 *       addresses (25 points);
 *   <li><b>unusual value</b>: the order is worth more than {@code valueMultiple} times the
 *       customer's average earlier order (20 points);
 *   <li><b>country mismatch</b>: billing and shipping countries differ (20 points);
 *   <li><b>high-risk mix</b>: at least half the units are of SKUs the host lists as high risk
 *       (gift cards, consoles, ...) (20 points);
 *   <li><b>new customer, express</b>: no earlier order, and an express service (15 points).
 * </ul>
 */
public final class RuleBasedRiskAssessor implements OrderRiskAssessor {
  private final Duration window;
  private final int maxOrdersInWindow;
  private final int maxFingerprints;
  private final BigDecimal valueMultiple;
  private final Set<Sku> highRisk;
  private final Set<String> expressServices;

  private RuleBasedRiskAssessor(Duration window, int maxOrdersInWindow, int maxFingerprints, BigDecimal valueMultiple,
      Set<Sku> highRisk, Set<String> expressServices) {
    this.window = window;
    this.maxOrdersInWindow = maxOrdersInWindow;
    this.maxFingerprints = maxFingerprints;
    this.valueMultiple = valueMultiple;
    this.highRisk = Set.copyOf(highRisk);
    this.expressServices = Set.copyOf(expressServices);
  }

  /**
   * Defaults: a 24-hour window, 3 orders, 2 fingerprints, 3 times the average value; express
   * services {@code express}, {@code overnight}, {@code next-day}.
   *
   * @param highRisk SKUs that attract fraud
   */
  public static RuleBasedRiskAssessor withDefaults(Set<Sku> highRisk) {
    return of(Duration.ofHours(24), 3, 2, new BigDecimal("3"), highRisk, Set.of("express", "overnight", "next-day"));
  }

  /**
   * An assessor with every threshold given.
   *
   * @throws ValidationException naming the field if a threshold is not positive
   */
  public static RuleBasedRiskAssessor of(Duration window, int maxOrdersInWindow, int maxFingerprints,
      BigDecimal valueMultiple, Set<Sku> highRisk, Set<String> expressServices) {
    if (window.isNegative() || window.isZero()) {
      throw ValidationException.of("window", "must be positive", window);
    }
    if (maxOrdersInWindow < 1) {
      throw ValidationException.of("maxOrdersInWindow", "must be at least 1", maxOrdersInWindow);
    }
    if (maxFingerprints < 1) {
      throw ValidationException.of("maxFingerprints", "must be at least 1", maxFingerprints);
    }
    if (valueMultiple.signum() <= 0) {
      throw ValidationException.of("valueMultiple", "must be positive", valueMultiple);
    }
    return new RuleBasedRiskAssessor(window, maxOrdersInWindow, maxFingerprints, valueMultiple, highRisk, expressServices);
  }

  @Override
  public RiskAssessment assess(Order order, RiskContext context) {
    List<Order> earlier = context.customerHistory().stream().filter(o -> !o.id().equals(order.id())).toList();
    List<Order> recent = inWindow(order, earlier);
    int score = 0;
    List<String> reasons = new ArrayList<>();
    if (recent.size() >= maxOrdersInWindow) {
      score += 30;
      reasons.add("velocity: " + recent.size() + " orders in the last " + window);
    }
    long otherPayment = inWindow(order, context.samePayment()).stream()
        .filter(o -> !o.customerId().equals(order.customerId())).count();
    long otherAddress = inWindow(order, context.sameAddress()).stream()
        .filter(o -> !o.customerId().equals(order.customerId())).count();
    if (otherPayment >= maxOrdersInWindow || otherAddress >= maxOrdersInWindow) {
      score += 30;
      reasons.add("shared: " + otherPayment + " orders of other customers with this payment and " + otherAddress
          + " to this address in the last " + window);
    }
    Set<String> payments = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    order.paymentFingerprint().ifPresent(payments::add);
    addresses.add(addressKey(order));
    for (Order o : recent) {
      o.paymentFingerprint().ifPresent(payments::add);
      addresses.add(addressKey(o));
    }
    if (payments.size() > maxFingerprints || addresses.size() > maxFingerprints) {
      score += 25;
      reasons.add("churn: " + payments.size() + " payment fingerprints and " + addresses.size() + " addresses in "
          + window);
    }
    if (!earlier.isEmpty()) {
      Money total = order.total();
      BigDecimal sum = BigDecimal.ZERO;
      int counted = 0;
      for (Order o : earlier) {
        if (o.total().currency().equals(total.currency())) {
          sum = sum.add(o.total().amount());
          counted++;
        }
      }
      if (counted > 0) {
        BigDecimal average = sum.divide(BigDecimal.valueOf(counted), 4, RoundingMode.HALF_EVEN);
        if (average.signum() > 0 && total.amount().compareTo(average.multiply(valueMultiple)) > 0) {
          score += 20;
          reasons.add("value " + total + " over " + valueMultiple + " × the average " + average);
        }
      }
    }
    if (order.billingCountry().isPresent() && !order.billingCountry().get().equals(order.shipTo().country())) {
      score += 20;
      reasons.add("billing country " + order.billingCountry().get() + " differs from shipping " + order.shipTo().country());
    }
    long units = 0;
    long risky = 0;
    for (OrderLineState l : order.lines()) {
      units += l.line().quantity();
      if (highRisk.contains(l.line().sku())) {
        risky += l.line().quantity();
      }
    }
    if (units > 0 && risky * 2 >= units && risky > 0) {
      score += 20;
      reasons.add(risky + " of " + units + " units are high-risk SKUs");
    }
    if (earlier.isEmpty() && expressServices.contains(order.service().toLowerCase(Locale.ROOT))) {
      score += 15;
      reasons.add("first order, with " + order.service() + " shipping");
    }
    return new RiskAssessment(Math.min(100, score), reasons);
  }

  private List<Order> inWindow(Order order, List<Order> orders) {
    return orders.stream().filter(o -> !o.id().equals(order.id()))
        .filter(o -> !o.placedAt().isBefore(order.placedAt().minus(window)) && !o.placedAt().isAfter(order.placedAt()))
        .toList();
  }

  private static String addressKey(Order o) {
    return o.shipToKey();
  }
}
