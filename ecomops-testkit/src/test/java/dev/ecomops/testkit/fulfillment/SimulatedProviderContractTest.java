package dev.ecomops.testkit.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.ManualClock;
import dev.ecomops.fulfillment.provider.SimulatedProvider;
import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SimulatedProvider meets the FulfillmentProvider contract")
class SimulatedProviderContractTest extends FulfillmentProviderContract {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T08:00:00Z"));

  @Override
  protected FulfillmentProvider newProvider() {
    return new SimulatedProvider("SIM", clock, Duration.ofHours(4));
  }

  @Override
  protected void shipEverything(FulfillmentProvider provider) {
    clock.advance(Duration.ofHours(5));
  }

  @Test
  @DisplayName("an order ships exactly its processing time after submission, not a moment before")
  void processingTime() {
    FulfillmentProvider p = newProvider();
    p.submit(request("1"));
    clock.advance(Duration.ofHours(4).minusSeconds(1));
    assertThat(p.poll()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(p.poll()).singleElement().satisfies(c -> assertThat(c.shippedAt())
        .isEqualTo(Instant.parse("2026-11-26T12:00:00Z")));
  }
}
