package dev.ecomops.returns.policy;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.returns.policy.LineDecision.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A return policy as data. Each requested line is checked by these rules in order; the first that
 * decides names itself in the decision:
 *
 * <ol>
 *   <li>{@code quantity}: no more than was bought, less what was already returned;
 *   <li>{@code final-sale}: final-sale SKUs and categories are not returned, unless the seller is at fault;
 *   <li>{@code window}: within the category's window after delivery (plus the international extension),
 *       or the longer defect window when the seller is at fault;
 *   <li>{@code condition}: in a condition the category accepts, unless the seller is at fault;
 *   <li>{@code keep-it}: refund without return when the return label costs more than a share of the
 *       units' value;
 *   <li>{@code approved}: with the restocking fee (percent of the units' price, or flat per unit),
 *       waived when the seller is at fault.
 * </ol>
 *
 * Return shipping is on the merchant when the seller is at fault, otherwise on the customer unless
 * the policy pays it for every reason or for that reason; exchange-first and a store-credit bonus are offered as the policy says.
 * Immutable; build with {@link #builder}.
 */
public final class ReturnPolicy {
  private final int windowDays;
  private final int internationalExtraDays;
  private final int defectWindowDays;
  private final Map<String, Integer> categoryWindows;
  private final Set<String> finalSaleCategories;
  private final Set<Sku> finalSaleSkus;
  private final Map<String, Set<ItemCondition>> categoryConditions;
  private final Set<ItemCondition> defaultConditions;
  private final BigDecimal restockingPercent;
  private final Money restockingFlat;
  private final boolean merchantPaysShipping;
  private final Set<ReturnReason> merchantPaysShippingFor;
  private final BigDecimal keepItShare;
  private final boolean exchangeFirst;
  private final BigDecimal storeCreditBonusPercent;

  private ReturnPolicy(Builder b) {
    windowDays = b.windowDays;
    internationalExtraDays = b.internationalExtraDays;
    defectWindowDays = b.defectWindowDays;
    categoryWindows = Map.copyOf(b.categoryWindows);
    finalSaleCategories = Set.copyOf(b.finalSaleCategories);
    finalSaleSkus = Set.copyOf(b.finalSaleSkus);
    categoryConditions = Map.copyOf(b.categoryConditions);
    defaultConditions = Set.copyOf(b.defaultConditions);
    restockingPercent = b.restockingPercent;
    restockingFlat = b.restockingFlat;
    merchantPaysShipping = b.merchantPaysShipping;
    merchantPaysShippingFor = Set.copyOf(b.merchantPaysShippingFor);
    keepItShare = b.keepItShare;
    exchangeFirst = b.exchangeFirst;
    storeCreditBonusPercent = b.storeCreditBonusPercent;
  }

  /** A builder with a 30-day window, a 365-day defect window, unopened or opened items, no fees. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bonus on refunds taken as store credit, percent. */
  public BigDecimal storeCreditBonusPercent() {
    return storeCreditBonusPercent;
  }

  /** Builds a {@link ReturnPolicy}. */
  public static final class Builder {
    private int windowDays = 30;
    private int internationalExtraDays;
    private int defectWindowDays = 365;
    private final Map<String, Integer> categoryWindows = new HashMap<>();
    private final Set<String> finalSaleCategories = new java.util.HashSet<>();
    private final Set<Sku> finalSaleSkus = new java.util.HashSet<>();
    private final Map<String, Set<ItemCondition>> categoryConditions = new HashMap<>();
    private Set<ItemCondition> defaultConditions = EnumSet.of(ItemCondition.UNOPENED, ItemCondition.OPENED);
    private BigDecimal restockingPercent = BigDecimal.ZERO;
    private Money restockingFlat;
    private boolean merchantPaysShipping;
    private final Set<ReturnReason> merchantPaysShippingFor = EnumSet.noneOf(ReturnReason.class);
    private BigDecimal keepItShare;
    private boolean exchangeFirst;
    private BigDecimal storeCreditBonusPercent = BigDecimal.ZERO;

    private Builder() {}

    /** Days after delivery to ask for a return, at least 0. */
    public Builder windowDays(int days) {
      windowDays = nonNegative("windowDays", days);
      return this;
    }

    /** Extra days for international returns, at least 0. */
    public Builder internationalExtraDays(int days) {
      internationalExtraDays = nonNegative("internationalExtraDays", days);
      return this;
    }

    /** Days after delivery in which a seller-fault return is accepted, at least 0. */
    public Builder defectWindowDays(int days) {
      defectWindowDays = nonNegative("defectWindowDays", days);
      return this;
    }

    /** A category's own window. */
    public Builder categoryWindow(String category, int days) {
      categoryWindows.put(category, nonNegative("categoryWindow", days));
      return this;
    }

    /** A category that is final sale. */
    public Builder finalSaleCategory(String category) {
      finalSaleCategories.add(category);
      return this;
    }

    /** A SKU that is final sale. */
    public Builder finalSaleSku(Sku sku) {
      finalSaleSkus.add(sku);
      return this;
    }

    /** The conditions a category accepts (others default to unopened or opened). */
    public Builder categoryConditions(String category, Set<ItemCondition> accepted) {
      categoryConditions.put(category, Set.copyOf(accepted));
      return this;
    }

    /**
     * A restocking fee as a percent of the returned units' price.
     *
     * @throws ValidationException naming {@code restockingPercent} outside [0, 100]
     */
    public Builder restockingPercent(BigDecimal percent) {
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw ValidationException.of("restockingPercent", "must be in [0, 100]", percent);
      }
      restockingPercent = percent;
      return this;
    }

    /** A flat restocking fee per unit (instead of a percent). */
    public Builder restockingFlat(Money perUnit) {
      if (perUnit.isNegative()) {
        throw ValidationException.of("restockingFlat", "must not be negative", perUnit);
      }
      restockingFlat = perUnit;
      return this;
    }

    /** Whether the merchant pays return shipping for every reason. */
    public Builder merchantPaysShipping(boolean pays) {
      merchantPaysShipping = pays;
      return this;
    }

    /** Reasons for which the merchant pays return shipping (beyond the seller-fault ones, which it always pays). */
    public Builder merchantPaysShippingFor(Set<ReturnReason> reasons) {
      merchantPaysShippingFor.addAll(reasons);
      return this;
    }

    /**
     * Refund without return when the return label costs more than this share of the units' value.
     *
     * @throws ValidationException naming {@code keepItShare} unless in (0, 1]
     */
    public Builder keepItShare(BigDecimal share) {
      if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw ValidationException.of("keepItShare", "must be in (0, 1]", share);
      }
      keepItShare = share;
      return this;
    }

    /** Offer an exchange before a refund. */
    public Builder exchangeFirst(boolean offer) {
      exchangeFirst = offer;
      return this;
    }

    /** Bonus percent on refunds taken as store credit, at least 0. */
    public Builder storeCreditBonusPercent(BigDecimal percent) {
      if (percent.signum() < 0) {
        throw ValidationException.of("storeCreditBonusPercent", "must be at least 0", percent);
      }
      storeCreditBonusPercent = percent;
      return this;
    }

    /** The policy. */
    public ReturnPolicy build() {
      return new ReturnPolicy(this);
    }

    private static int nonNegative(String field, int v) {
      if (v < 0) {
        throw ValidationException.of(field, "must be at least 0", v);
      }
      return v;
    }
  }

  /**
   * Decides a request line by line.
   *
   * @param order the order
   * @param deliveredOn when it was delivered
   * @param categories each SKU's category (SKUs without one are in no category)
   * @param alreadyReturned units per line returned by earlier requests
   * @param returnLabelCost what one return label costs, for the keep-it rule
   * @throws ValidationException naming {@code lineId} for a line the order does not have
   */
  public List<LineDecision> evaluate(Order order, LocalDate deliveredOn, ReturnRequest request,
      Map<Sku, String> categories, Map<String, Long> alreadyReturned, Money returnLabelCost) {
    Objects.requireNonNull(returnLabelCost, "returnLabelCost");
    List<LineDecision> out = new ArrayList<>();
    for (ReturnRequest.Line r : request.lines()) {
      OrderLineState state = order.line(r.lineId());
      out.add(decide(state.line(), r, request, deliveredOn, categories.get(state.line().sku()),
          alreadyReturned.getOrDefault(r.lineId(), 0L), returnLabelCost));
    }
    return out;
  }

  private LineDecision decide(OrderLine line, ReturnRequest.Line r, ReturnRequest request, LocalDate deliveredOn,
      String category, long returned, Money labelCost) {
    Money zero = Money.zero(line.unitPrice().currency());
    boolean fault = r.reason().sellerFault();
    boolean customerPays = !fault && !merchantPaysShipping && !merchantPaysShippingFor.contains(r.reason());
    long left = line.quantity() - returned;
    if (r.quantity() > left) {
      return rejected(r, "quantity", "only " + left + " of " + line.quantity() + " units are left to return", zero);
    }
    if (!fault && (finalSaleSkus.contains(line.sku()) || category != null && finalSaleCategories.contains(category))) {
      return rejected(r, "final-sale", line.sku().value() + " is final sale", zero);
    }
    int window = fault ? defectWindowDays
        : categoryWindows.getOrDefault(category == null ? "" : category, windowDays)
            + (request.international() ? internationalExtraDays : 0);
    LocalDate last = deliveredOn.plusDays(window);
    if (request.requestedOn().isAfter(last)) {
      return rejected(r, "window", "the " + window + "-day window closed on " + last, zero);
    }
    Set<ItemCondition> accepted = category == null ? defaultConditions
        : categoryConditions.getOrDefault(category, defaultConditions);
    if (!fault && !accepted.contains(r.condition())) {
      return rejected(r, "condition", "items returned " + r.condition() + " are not accepted", zero);
    }
    Money value = line.unitPrice().times(r.quantity());
    if (keepItShare != null && !customerPays
        && labelCost.compareTo(value.times(keepItShare, RoundingMode.HALF_UP)) > 0) {
      return new LineDecision(r.lineId(), r.quantity(), Outcome.KEEP_IT, "keep-it",
          "the return label (" + labelCost + ") costs more than " + keepItShare.movePointRight(2).stripTrailingZeros()
              .toPlainString() + "% of the value (" + value + "): keep it",
          zero, false, false, fault);
    }
    Money fee = zero;
    String why = "approved";
    if (!fault) {
      fee = restockingFlat != null ? restockingFlat.times(r.quantity())
          : value.times(restockingPercent.movePointLeft(2), RoundingMode.HALF_UP);
      if (!fee.isZero()) {
        why = "approved with a restocking fee of " + fee;
      }
    } else if (restockingFlat != null || restockingPercent.signum() > 0) {
      why = "approved; restocking fee waived (" + r.reason() + ")";
    }
    return new LineDecision(r.lineId(), r.quantity(), Outcome.APPROVED, "approved", why, fee, customerPays,
        exchangeFirst && !fault, fault);
  }

  private static LineDecision rejected(ReturnRequest.Line r, String rule, String why, Money zero) {
    return new LineDecision(r.lineId(), r.quantity(), Outcome.REJECTED, rule, why, zero, false, false, false);
  }
}
