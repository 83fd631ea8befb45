package dev.ecomops.shipping;

import dev.ecomops.core.Address;
import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.shipping.parcel.Parcel;
import dev.ecomops.shipping.rates.TableRateCarrier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test data: the ParcelCo rate tables under src/test/resources/rates/parcelco. */
public final class Fixtures {
  private Fixtures() {}

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  public static Path ratesDir(String carrier) {
    try {
      return Path.of(Fixtures.class.getResource("/rates/" + carrier).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static TableRateCarrier parcelCo() {
    return TableRateCarrier.load(ratesDir("parcelco"), CLOCK);
  }

  public static Address us(String zip) {
    return Address.builder().line1("1 Main St").city("Town").postalCode(zip).country("US").build();
  }

  public static Parcel inches(long l, long w, long h, String pounds) {
    return new Parcel(Dimensions.of(l, w, h, LengthUnit.IN), Weight.of(pounds, WeightUnit.LB));
  }
}
