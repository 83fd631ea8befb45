package dev.ecomops.simulator;

import dev.ecomops.kpi.KpiEngine;

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
 */
public record SimulationResult(SimulationConfig config, long seed, KpiEngine kpis, long orders, long units, long shipments,
    long purchaseOrders, long backorderedLines, long returns, long tickets) {}
