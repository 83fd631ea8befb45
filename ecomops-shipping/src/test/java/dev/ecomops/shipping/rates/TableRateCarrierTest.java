package dev.ecomops.shipping.rates;

import static dev.ecomops.shipping.Fixtures.inches;
import static dev.ecomops.shipping.Fixtures.parcelCo;
import static dev.ecomops.shipping.Fixtures.us;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.DataFileException;
import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.shipping.Fixtures;
import dev.ecomops.shipping.spi.Label;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.RateQuote.Charge;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.shipping.spi.TrackingStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Table-rate carrier")
class TableRateCarrierTest {
  final TableRateCarrier carrier = parcelCo();

  static ShipmentRequest shipment(String to, boolean residential, dev.ecomops.shipping.parcel.Parcel... parcels) {
    return new ShipmentRequest("S1", us("10001"), us(to), List.of(parcels), residential);
  }

  @Test
  @DisplayName("the most specific zone row wins")
  void zones() {
    assertThat(carrier.zone(us("10001"), us("19103"))).contains("3");
    assertThat(carrier.zone(us("10001"), us("10500"))).contains("2");
    assertThat(carrier.zone(us("10001"), us("94105"))).contains("8");
    assertThat(carrier.zone(us("10001"), dev.ecomops.core.Address.builder().line1("x").city("y").postalCode("K1A 0B1")
        .country("CA").build())).isEmpty();
  }

  @Test
  @DisplayName("worked by hand: a 12-inch cube of 5 lb bills 13 lb; zone 3 ground 16.00, residential 4.00, fuel 10%: 22.00 in 3 days")
  void quoteByHand() {
    List<RateQuote> quotes = carrier.quote(shipment("19103", true, inches(12, 12, 12, "5")));
    // express has no zone 3 rate, so only ground
    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.service()).isEqualTo("ground");
      assertThat(q.total()).isEqualTo(Money.of("22.00", "USD"));
      assertThat(q.transitDays()).isEqualTo(3);
      assertThat(q.charges()).containsExactly(new Charge("base", Money.of("16.00", "USD")),
          new Charge("residential", Money.of("4.00", "USD")), new Charge("fuel", Money.of("2.00", "USD")));
    });
  }

  @Test
  @DisplayName("surcharges: additional handling past 48 in, oversize past 130 in length plus girth (instead), remote areas; overweight parcels drop the service")
  void surcharges() {
    // 49×6×6 in, 10 lb: longest side 49 > 48 → handling 20.00 on both services (dim 1764/139 → 13 lb)
    List<RateQuote> handling = carrier.quote(shipment("94105", false, inches(49, 6, 6, "10")));
    assertThat(handling).hasSize(2).allSatisfy(q -> assertThat(q.charges()).extracting(Charge::name)
        .containsExactly("base", "additional_handling", "fuel"));
    // 50×20×10 in: dim 10000/139 → 72 lb, over both services' zone 8 breaks (70 and 20): nothing offered
    assertThat(carrier.quote(shipment("94105", false, inches(50, 20, 10, "10")))).isEmpty();
    // length plus girth: 30 + 2·(30 + 20) = 130 is not over 130; 31 + 100 = 131 is, and oversize replaces handling
    assertThat(carrier.quote(shipment("10500", false, inches(30, 30, 20, "1"))).get(0).charges()).extracting(Charge::name)
        .doesNotContain("oversize");
    RateQuote big = carrier.quote(shipment("10500", false, inches(31, 30, 20, "1"))).get(0);
    assertThat(big.charges()).extracting(Charge::name).containsExactly("base", "oversize", "fuel");
    // 60.00 + 90.00, plus 10% fuel
    assertThat(big.total()).isEqualTo(Money.of("165.00", "USD"));
    // Alaska is remote: +6.50 before fuel
    RateQuote alaska = carrier.quote(shipment("99501", false, inches(10, 10, 10, "2"))).get(1);
    assertThat(alaska.charges()).contains(new Charge("remote_area", Money.of("6.50", "USD")));
  }

  @Test
  @DisplayName("labels: bought only for an offered service, tracked as pre-transit, voidable once")
  void labels() {
    ShipmentRequest s = shipment("10500", false, inches(10, 10, 10, "2"));
    Label label = carrier.buyLabel(s, "express");
    assertThat(label.trackingNumber()).startsWith("PARCELCO");
    assertThat(new String(label.document(), java.nio.charset.StandardCharsets.US_ASCII)).contains(label.trackingNumber());
    assertThat(carrier.track(label.trackingNumber())).extracting(e -> e.status()).containsExactly(TrackingStatus.PRE_TRANSIT);
    assertThat(carrier.voidLabel(label.trackingNumber())).isTrue();
    assertThat(carrier.voidLabel(label.trackingNumber())).isFalse();
    assertThatThrownBy(() -> carrier.buyLabel(shipment("19103", false, inches(10, 10, 10, "2")), "express"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("service");
    assertThat(carrier.validate(us("10500")).deliverable()).isTrue();
  }

  @Test
  @DisplayName("loading errors name the file, line and field")
  void loadErrors(@TempDir Path dir) throws IOException {
    for (String f : List.of("carrier.csv", "services.csv", "zones.csv", "rates.csv", "transit.csv")) {
      Files.copy(Fixtures.ratesDir("parcelco").resolve(f), dir.resolve(f));
    }
    Files.writeString(dir.resolve("rates.csv"), "service,zone,max_weight,price\nground,2,5,10.00\nground,2,ten,12.00\n");
    assertThatThrownBy(() -> TableRateCarrier.load(dir, Fixtures.CLOCK)).isInstanceOf(DataFileException.class)
        .hasMessage(dir.resolve("rates.csv") + ":3: max_weight: must be a decimal number, was 'ten'");
    Files.writeString(dir.resolve("rates.csv"), "service,zone,max_weight,price\nfreight,2,5,10.00\n");
    assertThatThrownBy(() -> TableRateCarrier.load(dir, Fixtures.CLOCK)).hasMessageContaining(
        "rates.csv:2: service: unknown service 'freight'");
    Files.writeString(dir.resolve("rates.csv"), "service,zone,max_weight,price\nground,2,5,10.00\n");
    Files.writeString(dir.resolve("zones.csv"), "origin,destination,zone\nUSA,US,8\n");
    assertThatThrownBy(() -> TableRateCarrier.load(dir, Fixtures.CLOCK)).hasMessageContaining(
        "zones.csv:2: origin: must be a two-letter country code");
    Files.delete(dir.resolve("transit.csv"));
    Files.writeString(dir.resolve("zones.csv"), "origin,destination,zone\nUS,US,8\n");
    assertThatThrownBy(() -> TableRateCarrier.load(dir, Fixtures.CLOCK)).hasMessageContaining("transit.csv: missing");
  }
}
