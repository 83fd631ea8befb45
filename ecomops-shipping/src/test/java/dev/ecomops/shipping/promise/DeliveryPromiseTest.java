package dev.ecomops.shipping.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Delivery promise")
class DeliveryPromiseTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate THANKSGIVING = LocalDate.parse("2026-11-26");
  static final BusinessCalendar WAREHOUSE = BusinessCalendar.weekdays(Set.of(THANKSGIVING));
  static final BusinessCalendar CARRIER = new BusinessCalendar(Set.of(DayOfWeek.SUNDAY), Set.of(THANKSGIVING));
  static final DeliveryPromise PROMISE = new DeliveryPromise(NY, LocalTime.of(14, 0), 0, WAREHOUSE);

  static Instant ny(String local) {
    return java.time.LocalDateTime.parse(local).atZone(NY).toInstant();
  }

  @Test
  @DisplayName("before the cut-off on a working day ships that day; after it, the next working day; holidays and weekends skipped")
  void shipBy() {
    assertThat(PROMISE.shipBy(ny("2026-11-24T13:59"))).isEqualTo("2026-11-24");
    assertThat(PROMISE.shipBy(ny("2026-11-24T14:00"))).isEqualTo("2026-11-25");
    // Wednesday evening: Thursday is Thanksgiving, so Friday
    assertThat(PROMISE.shipBy(ny("2026-11-25T18:00"))).isEqualTo("2026-11-27");
    // Saturday morning: Monday
    assertThat(PROMISE.shipBy(ny("2026-11-28T09:00"))).isEqualTo("2026-11-30");
    // one handling day: Tuesday's order before the cut-off ships Wednesday
    assertThat(new DeliveryPromise(NY, LocalTime.of(14, 0), 1, WAREHOUSE).shipBy(ny("2026-11-24T09:00")))
        .isEqualTo("2026-11-25");
  }

  @Test
  @DisplayName("transit counts the carrier's business days: it delivers Saturdays but not Sundays or Thanksgiving")
  void deliverBy() {
    // ships Wednesday 25th; two transit days: Thursday is a holiday, so Friday 27th and Saturday 28th
    DeliveryPromise.Estimate e = PROMISE.estimate(ny("2026-11-25T10:00"), 2, CARRIER);
    assertThat(e.shipBy()).isEqualTo("2026-11-25");
    assertThat(e.deliverBy()).isEqualTo("2026-11-28");
    // three days: Sunday skipped, Monday 30th
    assertThat(PROMISE.estimate(ny("2026-11-25T10:00"), 3, CARRIER).deliverBy()).isEqualTo("2026-11-30");
    assertThat(PROMISE.shippedOnTime(e, ny("2026-11-25T23:00"))).isTrue();
    assertThat(PROMISE.shippedOnTime(e, ny("2026-11-26T08:00"))).isFalse();
    assertThat(DeliveryPromise.deliveredOnTime(e, ny("2026-11-28T20:00"), NY)).isTrue();
    assertThat(DeliveryPromise.deliveredOnTime(e, ny("2026-11-30T09:00"), NY)).isFalse();
  }

  @Test
  @DisplayName("bad calendars and promises are refused naming the field")
  void bad() {
    assertThatThrownBy(() -> new BusinessCalendar(Set.of(DayOfWeek.values()), Set.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("daysOff");
    assertThatThrownBy(() -> new DeliveryPromise(NY, LocalTime.NOON, -1, WAREHOUSE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("handlingDays");
    assertThatThrownBy(() -> WAREHOUSE.plusBusinessDays(LocalDate.parse("2026-11-24"), -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("days");
  }
}
