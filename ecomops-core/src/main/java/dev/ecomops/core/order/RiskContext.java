package dev.ecomops.core.order;

import java.util.List;

/**
 * The earlier orders a risk assessment looks at, each list oldest first and without the order
 * being assessed.
 *
 * @param customerHistory the customer's orders
 * @param samePayment orders of any customer paid with the same payment fingerprint
 * @param sameAddress orders of any customer shipping to the same address ({@link Order#shipToKey()})
 */
public record RiskContext(List<Order> customerHistory, List<Order> samePayment, List<Order> sameAddress) {

  /** Copies the lists. */
  public RiskContext {
    customerHistory = List.copyOf(customerHistory);
    samePayment = List.copyOf(samePayment);
    sameAddress = List.copyOf(sameAddress);
  }

  /** No earlier orders at all. */
  public static RiskContext empty() {
    return new RiskContext(List.of(), List.of(), List.of());
  }

  /** Only a customer history. */
  public static RiskContext ofHistory(List<Order> customerHistory) {
    return new RiskContext(customerHistory, List.of(), List.of());
  }
}
