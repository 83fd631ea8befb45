package dev.ecomops.shipping.promise;

import dev.ecomops.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The days a warehouse or a carrier works: every day except its days off each week and its
 * holidays. Immutable.
 *
 * @param daysOff weekly days off, e.g. Saturday and Sunday
 * @param holidays dates off
 */
public record BusinessCalendar(Set<DayOfWeek> daysOff, Set<LocalDate> holidays) {
  /** @throws ValidationException naming {@code daysOff} when every day is off */
  public BusinessCalendar {
    daysOff = daysOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOff));
    holidays = Set.copyOf(holidays);
    if (daysOff.size() == 7) {
      throw ValidationException.of("daysOff", "must leave at least one working day", daysOff);
    }
  }

  /** Monday to Friday, with the given holidays. */
  public static BusinessCalendar weekdays(Set<LocalDate> holidays) {
    return new BusinessCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
  }

  /** Whether a date is worked. */
  public boolean isBusinessDay(LocalDate d) {
    return !daysOff.contains(d.getDayOfWeek()) && !holidays.contains(d);
  }

  /** The date itself if worked, else the next worked date. */
  public LocalDate onOrAfter(LocalDate d) {
    LocalDate x = Objects.requireNonNull(d, "date");
    while (!isBusinessDay(x)) {
      x = x.plusDays(1);
    }
    return x;
  }

  /**
   * The business day {@code days} business days after a date (0: the date itself if worked, else
   * the next business day).
   *
   * @throws ValidationException naming {@code days} when negative
   */
  public LocalDate plusBusinessDays(LocalDate d, int days) {
    if (days < 0) {
      throw ValidationException.of("days", "must be at least 0", days);
    }
    LocalDate x = onOrAfter(d);
    for (int i = 0; i < days; i++) {
      x = onOrAfter(x.plusDays(1));
    }
    return x;
  }
}
