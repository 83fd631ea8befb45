package dev.ecomops.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A KPI window: a calendar day, an ISO week (Monday to Sunday) or a calendar month, in the engine's zone. */
public enum Window {
  /** A calendar day. */
  DAY,
  /** An ISO week, starting Monday. */
  WEEK,
  /** A calendar month. */
  MONTH;

  /** The first day of the window holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The day after the window starting at {@code start}. */
  public LocalDate end(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }
}
