package dev.ecomops.core.allocation;

import java.util.List;

/**
 * Chooses which locations ship which lines. A strategy only plans, against a {@link StockView}
 * read for the attempt; the {@code Allocator} applies the shortfall policy and holds the stock.
 *
 * <p>Contract: pure and thread safe (one instance serves concurrent allocations); never plans
 * more of a SKU at a location than the view shows, nor more of a line than it asks for; uses at
 * most {@link AllocationPolicy#shipmentLimit()} locations; reports every uncovered unit as
 * shortfall.
 */
public interface AllocationStrategy {

  /** A short name for plans and logs, for example {@code "priority"}. */
  String name();

  /**
   * Plans the request.
   *
   * @param request the order
   * @param candidates the locations that passed the request's filters, ordered by priority then id
   * @param stock what each candidate can promise
   * @return the plan
   */
  AllocationPlan plan(AllocationRequest request, List<Candidate> candidates, StockView stock);
}
