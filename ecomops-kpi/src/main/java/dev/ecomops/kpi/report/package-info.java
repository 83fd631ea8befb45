/** The self-contained HTML dashboard: a chart per KPI over time against its target, drawn with JFreeChart as inline SVG. */
@NullMarked
package dev.ecomops.kpi.report;

import org.jspecify.annotations.NullMarked;
