package dev.ecomops.kpi.ab;

import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.KpiValue;

/**
 * One KPI compared between variant A and variant B.
 *
 * @param kpi the KPI
 * @param a its value for A
 * @param b its value for B
 * @param difference B − A in the KPI's unit; NaN when either is undefined
 * @param low the confidence interval's lower end for the difference; NaN when the test gives none
 * @param high its upper end; NaN when the test gives none
 * @param pValue two-sided p-value of "no difference"; NaN when no test applies or there is too little data
 * @param test which test: {@code two-proportion z}, {@code Welch + Mann-Whitney}, {@code Mann-Whitney},
 *     {@code Welch}, {@code paired weeks} (days, months: {@link AbComparison#comparePaired}), or {@code none}
 * @param significant whether {@code pValue} is below 1 − the confidence level
 */
public record AbResult(Kpi kpi, KpiValue a, KpiValue b, double difference, double low, double high, double pValue,
    String test, boolean significant) {}
