package dev.ecomops.returns.policy;

import dev.ecomops.core.Money;

/**
 * The policy's answer for one requested line.
 *
 * @param lineId the order line
 * @param quantity units requested
 * @param outcome what happens
 * @param rule the rule that decided it, e.g. {@code window}, {@code final-sale}, {@code keep-it}
 * @param explanation the decision in words
 * @param restockingFee the fee charged on it (zero when waived or rejected)
 * @param customerPaysShipping whether the return label is on the customer
 * @param offerExchange whether to offer an exchange before a refund
 * @param sellerFault whether the reason puts the seller at fault (original shipping is refunded then)
 */
public record LineDecision(String lineId, long quantity, Outcome outcome, String rule, String explanation,
    Money restockingFee, boolean customerPaysShipping, boolean offerExchange, boolean sellerFault) {

  /** What happens to a line. */
  public enum Outcome {
    /** Accepted: send it back for a refund, exchange or credit. */
    APPROVED,
    /** Refused. */
    REJECTED,
    /** Refunded without sending it back: returning it would cost too much. */
    KEEP_IT
  }

  /** Whether money goes back for this line. */
  public boolean refunded() {
    return outcome != Outcome.REJECTED;
  }
}
