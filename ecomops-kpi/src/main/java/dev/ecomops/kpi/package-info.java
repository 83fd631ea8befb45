/**
 * KPIs computed from the domain event stream: definitions, targets and alerts, reports and A/B comparison. Filled by the KPI issue; depends on {@code ecomops-core} only.
 */
@NullMarked
package dev.ecomops.kpi;

import org.jspecify.annotations.NullMarked;
