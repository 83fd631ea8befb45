package dev.ecomops.forecasting.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of a series' periods. Weeks start on Monday (ISO 8601); months on the 1st. */
public enum Period {
  /** One calendar day. */
  DAY(7),
  /** One ISO week, Monday to Sunday. */
  WEEK(52),
  /** One calendar month. */
  MONTH(12);

  private final int seasonLength;

  Period(int seasonLength) {
    this.seasonLength = seasonLength;
  }

  /** The usual season length at this period: a week of days, a year of weeks or of months. */
  public int defaultSeasonLength() {
    return seasonLength;
  }

  /** The first day of the period holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** Whole periods from the period of {@code from} to that of {@code to}. */
  public long between(LocalDate from, LocalDate to) {
    return switch (this) {
      case DAY -> ChronoUnit.DAYS.between(from, to);
      case WEEK -> ChronoUnit.WEEKS.between(start(from), start(to));
      case MONTH -> ChronoUnit.MONTHS.between(start(from), start(to));
    };
  }

  /** The start of the period {@code n} periods after the one starting {@code start}. */
  public LocalDate plus(LocalDate start, long n) {
    return switch (this) {
      case DAY -> start.plusDays(n);
      case WEEK -> start.plusWeeks(n);
      case MONTH -> start.plusMonths(n);
    };
  }
}
