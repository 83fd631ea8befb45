package dev.ecomops.testkit.shipping;

import dev.ecomops.core.Address;
import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.shipping.parcel.Parcel;
import dev.ecomops.shipping.rates.TableRateCarrier;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.testkit.gen.RateTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
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

  @Override
  protected ShipmentRequest carriable() {
    Address from = Address.builder().line1("1 Dock Rd").city("Newark").postalCode("07102").country("US").build();
    Address to = Address.builder().line1("9 Elm St").city("Reno").postalCode("89501").country("US").build();
    return new ShipmentRequest("S1", from, to, List.of(new Parcel(Dimensions.of(30, 20, 10, LengthUnit.CM),
        Weight.of(1200, WeightUnit.G))), true);
  }
}
