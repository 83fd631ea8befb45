/**
 * The facts KPIs are computed from: self-contained records (each carries every time and flag its
 * KPIs need, so ingestion needs no lookup and no state per order), read from the JSON Lines
 * interchange format ({@code kpi.io.FactJson}) or converted from core domain events
 * ({@link dev.ecomops.kpi.fact.CoreFacts}).
 */
@NullMarked
package dev.ecomops.kpi.fact;

import org.jspecify.annotations.NullMarked;
