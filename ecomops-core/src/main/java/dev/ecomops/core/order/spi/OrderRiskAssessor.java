package dev.ecomops.core.order.spi;

import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;

/**
 * Scores an order's risk at placement; at or above the manager's threshold the order is held for
 * review (it keeps its stock). Hosts plug in a fraud service here, or use the built-in {@code
 * RuleBasedRiskAssessor}.
 *
 * <p>Contract: thread safe; pure for its inputs; returns a score from 0 to 100 with a reason for
 * every point scored; never throws for an ordinary order (a failure of the host's service should
 * score high with a reason, so the order is reviewed rather than lost).
 */
@FunctionalInterface
public interface OrderRiskAssessor {

  /**
   * Scores an order.
   *
   * @param order the order being placed (version 1, not yet allocated)
   * @param context earlier orders related to it
   * @return the score and its reasons
   */
  RiskAssessment assess(Order order, RiskContext context);

  /** An assessor that finds no risk. */
  static OrderRiskAssessor none() {
    return (order, context) -> RiskAssessment.NONE;
  }
}
