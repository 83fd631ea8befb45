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
 * @param partial whether the window reaches outside the period the facts observe (see {@link
 *     KpiEngine#observing}): its figures cover part of it, and targets do not judge it
 */
public record KpiRow(Window window, LocalDate start, Dimension dimension, String segment, Kpi kpi, KpiValue value,
    boolean partial) {}
