package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Address;
import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.shipping.parcel.Parcel;
import dev.ecomops.shipping.rates.TableRateCarrier;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.testkit.gen.RateTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("TableRateCarrier meets the Carrier contract")
class TableRateCarrierContractTest extends CarrierContract {
  @TempDir
  Path dir;

  @Override
  protected Carrier newCarrier() {
    try {
      return TableRateCarrier.load(new RateTables.Spec("ACME", 2, 8, 6.5, 0.6, 8).write(dir), Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Address address(String postal, String country) {
    return Address.builder().line1("1 Main St").city("Town").postalCode(postal).country(country).build();
  }

  static ShipmentRequest to(String postal) {
    return new ShipmentRequest("S1", address("07102", "US"), address(postal, "US"), List.of(new Parcel(
        Dimensions.of(30, 20, 10, LengthUnit.CM), Weight.of(1200, WeightUnit.G))), true);
  }

  @Override
  protected ShipmentRequest carriable() {
    return to("89501");
  }

  @Test
  @DisplayName("the zone chart prices distance: a far destination costs more and takes longer; a country it does not serve is not deliverable")
  void zones() {
    Carrier c = newCarrier();
    RateQuote near = c.quote(to("08540")).get(0);
    RateQuote far = c.quote(to("89501")).get(0);
    assertThat(far.total()).isGreaterThan(near.total());
    assertThat(far.transitDays()).isGreaterThan(near.transitDays());
    assertThat(c.validate(address("10115", "DE")).deliverable()).isFalse();
    assertThat(c.validate(address("10115", "DE")).problems()).anyMatch(p -> p.startsWith("destination"));
  }
}
