package dev.ecomops.core.order.spi;

import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;

/**
 * Scores an order's risk at placement; at or above the manager's threshold the order is held for
 * review (it keeps its stock). Hosts plug in a fraud service here, or use the built-in {@code
 * RuleBasedRiskAssessor}.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.order.OrderRiskAssessorContract}:
 *
 * <ol>
 *   <li><b>A score with reasons.</b> The score is 0 to 100, with a worded reason for every point
 *       scored.
 *   <li><b>Pure.</b> The same order with the same history scores the same, on any thread.
 *   <li><b>Never throws for an ordinary order.</b> A failure of the host's service scores high
 *       with a reason, so the order is reviewed rather than lost; the assessment runs inside
 *       placement, so it must also return quickly (bound a remote call with a timeout).
 *   <li><b>Thread safe.</b> It may be called from many threads at once.
 * </ol>
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
