package dev.ecomops.shipping.shopping;

import static dev.ecomops.shipping.Fixtures.inches;
import static dev.ecomops.shipping.Fixtures.us;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.shipping.Fixtures;
import dev.ecomops.shipping.spi.AddressCheck;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.Label;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.shipping.spi.TrackingEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rate shopping")
class RateShopperTest {
  static final LocalDate MONDAY = LocalDate.parse("2026-11-30");
  static final ShipmentRequest SHIPMENT = new ShipmentRequest("S1", us("10001"), us("10500"),
      List.of(inches(10, 10, 10, "2")), false);

  /** A carrier that quotes what it is given. */
  record Fixed(String name, List<RateQuote> quotes) implements Carrier {
    @Override
    public List<RateQuote> quote(ShipmentRequest shipment) {
      return quotes;
    }

    @Override
    public Label buyLabel(ShipmentRequest shipment, String service) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean voidLabel(String trackingNumber) {
      return false;
    }

    @Override
    public List<TrackingEvent> track(String trackingNumber) {
      return List.of();
    }

    @Override
    public AddressCheck validate(Address address) {
      return new AddressCheck(true, java.util.Optional.empty(), List.of());
    }
  }

  static RateQuote quote(String carrier, String service, String price, int days) {
    return new RateQuote(carrier, service, Money.of(price, "USD"), days, List.of());
  }

  /** Arrival: Monday plus the transit days, calendar days for simplicity. */
  static LocalDate arrives(RateQuote q) {
    return MONDAY.plusDays(q.transitDays());
  }

  @Test
  @DisplayName("cheapest by a date takes the cheapest that arrives in time and says why each other lost")
  void cheapestBy() {
    RateShopper shopper = new RateShopper(List.of(new Fixed("A", List.of(quote("A", "ground", "8.00", 5),
        quote("A", "express", "25.00", 1))), new Fixed("B", List.of(quote("B", "two-day", "14.00", 2)))));
    RateShopper.Choice c = shopper.cheapestBy(SHIPMENT, MONDAY.plusDays(3), RateShopperTest::arrives);
    assertThat(c.chosen()).get().extracting(RateQuote::service).isEqualTo("two-day");
    assertThat(c.arrives()).contains(MONDAY.plusDays(2));
    assertThat(c.rejected()).extracting(r -> r.quote().service() + ": " + r.reason()).containsExactlyInAnyOrder(
        "ground: arrives 2026-12-05, after the promised 2026-12-03", "express: costs more than the chosen B two-day");
    RateShopper.Choice none = shopper.cheapestBy(SHIPMENT, MONDAY, RateShopperTest::arrives);
    assertThat(none.chosen()).isEmpty();
    assertThat(none.rejected()).hasSize(3);
  }

  @Test
  @DisplayName("fastest within a budget takes the earliest arrival that costs no more than the budget")
  void fastestWithin() {
    RateShopper shopper = new RateShopper(List.of(new Fixed("A", List.of(quote("A", "ground", "8.00", 5),
        quote("A", "express", "25.00", 1), quote("A", "two-day", "14.00", 2)))));
    RateShopper.Choice c = shopper.fastestWithin(SHIPMENT, Money.of("15.00", "USD"), RateShopperTest::arrives);
    assertThat(c.chosen()).get().extracting(RateQuote::service).isEqualTo("two-day");
    assertThat(c.rejected()).extracting(r -> r.quote().service()).containsExactlyInAnyOrder("express", "ground");
  }

  @Test
  @DisplayName("never picks a quote that misses the date when one meets it, and the pick is the cheapest of those that do")
  void neverMissesWhenItCanMeet() {
    qt().forAll(lists().of(integers().between(100, 5_000).zip(integers().between(0, 7), (cents, days) -> quote("C",
        "s" + cents + "-" + days, String.format("%d.%02d", cents / 100, cents % 100), days))).ofSizeBetween(0, 12),
        integers().between(0, 7)).checkAssert((quotes, deadlineDays) -> {
          LocalDate deadline = MONDAY.plusDays(deadlineDays);
          RateShopper.Choice c = new RateShopper(List.of(new Fixed("C", quotes))).cheapestBy(SHIPMENT, deadline,
              RateShopperTest::arrives);
          List<RateQuote> meeting = new ArrayList<>(quotes.stream().filter(q -> !arrives(q).isAfter(deadline)).toList());
          assertThat(c.chosen().isPresent()).isEqualTo(!meeting.isEmpty());
          c.chosen().ifPresent(q -> {
            assertThat(arrives(q)).isBeforeOrEqualTo(deadline);
            assertThat(meeting).allSatisfy(m -> assertThat(m.total().compareTo(q.total())).isGreaterThanOrEqualTo(0));
          });
          assertThat(c.rejected()).hasSize(quotes.size() - (c.chosen().isPresent() ? 1 : 0));
        });
  }

  @Test
  @DisplayName("shops a real rate table: ground reaches zone 2 in 2 days for 16.50, express in 1 for 33.00")
  void tableRates() {
    RateShopper shopper = new RateShopper(List.of(Fixtures.parcelCo()));
    // 10×10×10 in, 2 lb bills 8 lb (1000/139): ground 15.00, express 30.00, plus 10% fuel
    assertThat(shopper.cheapestBy(SHIPMENT, MONDAY.plusDays(2), RateShopperTest::arrives).chosen()).get()
        .satisfies(q -> assertThat(q.total()).isEqualTo(Money.of("16.50", "USD")));
    assertThat(shopper.cheapestBy(SHIPMENT, MONDAY.plusDays(1), RateShopperTest::arrives).chosen()).get()
        .satisfies(q -> assertThat(q.total()).isEqualTo(Money.of("33.00", "USD")));
  }
}
