package dev.ecomops.kpi;

import java.time.LocalDate;

/**
 * One KPI in one window and segment.
 *
 * @param window the window kind
 * @param start the window's first day
 * @param dimension what it is segmented by
 * @param segment the segment ({@code all} for {@link Dimension#ALL})
 * @param kpi the KPI
 * @param value its value, numerator and denominator
 */
public record KpiRow(Window window, LocalDate start, Dimension dimension, String segment, Kpi kpi, KpiValue value) {}
