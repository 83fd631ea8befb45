package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.ValidationException;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.Label;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.testkit.Concurrently;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Carrier}: extend with a factory of carriers (pointed at a sandbox) and a
 * shipment the carrier can carry. Each test traces to the SPI's javadoc: quotes name the carrier
 * and are repeatable, labels are bought only for quoted services (otherwise a {@link
 * ValidationException} naming {@code service}), tracking numbers are unique even across threads,
 * void works once, tracking lists oldest first, and addresses are checked.
 */
public abstract class CarrierContract {

  /** A new carrier. */
  protected abstract Carrier newCarrier();

  /** A shipment the carrier can carry. */
  protected abstract ShipmentRequest carriable();

  @Test
  @DisplayName("quotes name the carrier, cost something, and are the same when asked again")
  void quotes() {
    Carrier c = newCarrier();
    assertThat(c.name()).isNotBlank();
    List<RateQuote> q = c.quote(carriable());
    assertThat(q).isNotEmpty().allSatisfy(x -> {
      assertThat(x.carrier()).isEqualTo(c.name());
      assertThat(x.service()).isNotBlank();
      assertThat(x.total().isNegative()).isFalse();
      assertThat(x.transitDays()).isNotNegative();
    });
    assertThat(c.quote(carriable())).isEqualTo(q);
  }

  @Test
  @DisplayName("a label for every quoted service, with a tracking number of its own; an unquoted service is refused naming service")
  void labels() {
    Carrier c = newCarrier();
    HashSet<String> numbers = new HashSet<>();
    for (RateQuote q : c.quote(carriable())) {
      Label l = c.buyLabel(carriable(), q.service());
      assertThat(l.service()).isEqualTo(q.service());
      assertThat(l.document()).isNotEmpty();
      assertThat(numbers.add(l.trackingNumber())).as("tracking numbers are unique").isTrue();
    }
    assertThatThrownBy(() -> c.buyLabel(carriable(), "no-such-service")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("service");
  }

  @Test
  @DisplayName("a bought label tracks oldest first and voids once; an unknown number voids false")
  void voidAndTrack() {
    Carrier c = newCarrier();
    Label l = c.buyLabel(carriable(), c.quote(carriable()).get(0).service());
    List<TrackingEvent> events = c.track(l.trackingNumber());
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
    }
    assertThat(events).allSatisfy(e -> assertThat(e.trackingNumber()).isEqualTo(l.trackingNumber()));
    assertThat(c.voidLabel(l.trackingNumber())).isTrue();
    assertThat(c.voidLabel(l.trackingNumber())).isFalse();
    assertThat(c.voidLabel("UNKNOWN-0")).isFalse();
  }

  @Test
  @DisplayName("the destination of a carriable shipment is deliverable")
  void addresses() {
    assertThat(newCarrier().validate(carriable().destination()).deliverable()).isTrue();
  }

  @Test
  @DisplayName("8 threads buying labels at once get 8 distinct tracking numbers and the same quotes")
  void concurrent() throws Exception {
    Carrier c = newCarrier();
    String service = c.quote(carriable()).get(0).service();
    List<String> numbers = Concurrently.run(8, t -> c.buyLabel(carriable(), service).trackingNumber());
    assertThat(new HashSet<>(numbers)).hasSize(8);
    List<List<RateQuote>> quotes = Concurrently.run(8, t -> c.quote(carriable()));
    assertThat(new HashSet<>(quotes)).hasSize(1);
  }
}
