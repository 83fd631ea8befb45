package dev.ecomops.testkit.fulfillment;

import dev.ecomops.fulfillment.provider.SimulatedProvider;
import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;

@DisplayName("SimulatedProvider meets the FulfillmentProvider contract")
class SimulatedProviderContractTest extends FulfillmentProviderContract {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T08:00:00Z"));

  @Override
  protected FulfillmentProvider newProvider() {
    Clock clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    return new SimulatedProvider("SIM", clock, Duration.ofHours(4));
  }

  @Override
  protected void shipEverything(FulfillmentProvider provider) {
    now.set(now.get().plus(Duration.ofHours(5)));
  }
}
