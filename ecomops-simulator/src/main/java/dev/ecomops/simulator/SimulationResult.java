package dev.ecomops.simulator;

import dev.ecomops.kpi.KpiEngine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run produced.
 *
 * @param config what was simulated
 * @param seed the random seed
 * @param kpis the KPI engine holding every fact of the run
 * @param orders orders placed
 * @param units units ordered
 * @param shipments shipments sent
 * @param purchaseOrders purchase orders raised
 * @param backorderedLines order lines that waited for stock
 * @param returns returns received
 * @param tickets support tickets opened
 * @param returnsByReason per return reason (the returns module's names), units returned and units of them restocked sellable
 */
public record SimulationResult(SimulationConfig config, long seed, KpiEngine kpis, long orders, long units, long shipments,
    long purchaseOrders, long backorderedLines, long returns, long tickets, Map<String, long[]> returnsByReason) {

  /** Copies the reasons, in the returns module's order. */
  public SimulationResult {
    Map<String, long[]> copy = new LinkedHashMap<>();
    returnsByReason.forEach((k, v) -> copy.put(k, v.clone()));
    returnsByReason = Collections.unmodifiableMap(copy);
  }
}
