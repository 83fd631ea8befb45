/** Targets per KPI and the breaches of them, with window and segment. */
@NullMarked
package dev.ecomops.kpi.targets;

import org.jspecify.annotations.NullMarked;
