/** A/B comparison of two variants' KPIs: differences with confidence intervals and significance. */
@NullMarked
package dev.ecomops.kpi.ab;

import org.jspecify.annotations.NullMarked;
