package dev.ecomops.shipping.promise;

import dev.ecomops.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an order will ship and arrive: it ships on the order's day if it is a warehouse business
 * day and the order came before the cut-off, otherwise the next business day, plus the handling
 * days; it arrives after the carrier's transit days counted on the carrier's calendar. Immutable.
 *
 * @param zone the warehouse's time zone, which decides the order's day and the cut-off
 * @param cutoff orders placed before this local time can ship that day
 * @param handlingDays business days from release to handing over, at least 0
 * @param warehouse the warehouse's calendar
 */
public record DeliveryPromise(ZoneId zone, LocalTime cutoff, int handlingDays, BusinessCalendar warehouse) {
  /** @throws ValidationException naming {@code handlingDays} when negative */
  public DeliveryPromise {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(warehouse, "warehouse");
    if (handlingDays < 0) {
      throw ValidationException.of("handlingDays", "must be at least 0", handlingDays);
    }
  }

  /**
   * The estimate.
   *
   * @param shipBy the date it is due to leave the warehouse
   * @param deliverBy the date it is due to arrive
   */
  public record Estimate(LocalDate shipBy, LocalDate deliverBy) {}

  /** The ship-by date of an order placed at {@code orderedAt}. */
  public LocalDate shipBy(Instant orderedAt) {
    ZonedDateTime local = orderedAt.atZone(zone);
    LocalDate day = local.toLocalDate();
    boolean sameDay = warehouse.isBusinessDay(day) && local.toLocalTime().isBefore(cutoff);
    LocalDate first = sameDay ? day : warehouse.onOrAfter(day.plusDays(1));
    return warehouse.plusBusinessDays(first, handlingDays);
  }

  /**
   * Ship-by and deliver-by dates.
   *
   * @param transitDays the carrier's business days in transit, at least 0
   * @param carrier the carrier's calendar
   */
  public Estimate estimate(Instant orderedAt, int transitDays, BusinessCalendar carrier) {
    LocalDate ship = shipBy(orderedAt);
    LocalDate deliver = carrier.plusBusinessDays(carrier.onOrAfter(ship), transitDays);
    return new Estimate(ship, deliver);
  }

  /** Whether a shipment left on time: on or before its ship-by date, in the warehouse's zone. */
  public boolean shippedOnTime(Estimate e, Instant shippedAt) {
    return !shippedAt.atZone(zone).toLocalDate().isAfter(e.shipBy());
  }

  /** Whether it arrived on time: on or before its deliver-by date, in the given zone (the customer's). */
  public static boolean deliveredOnTime(Estimate e, Instant deliveredAt, ZoneId customer) {
    return !deliveredAt.atZone(customer).toLocalDate().isAfter(e.deliverBy());
  }
}
