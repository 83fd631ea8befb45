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
 * shipment the carrier can carry. Each test traces to the numbered rules of the SPI's javadoc:
 * quotes name the carrier and are repeatable (1), labels are bought only for quoted services (2),
 * a second purchase for a shipment returns its label, also from 8 threads at once (3), tracking
 * numbers are unique (4), void works once (5), tracking lists oldest first (6), and addresses are
 * checked.
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
      Label l = c.buyLabel(shipment(q.service()), q.service());
      assertThat(l.service()).isEqualTo(q.service());
      assertThat(l.document()).isNotEmpty();
      assertThat(numbers.add(l.trackingNumber())).as("tracking numbers are unique").isTrue();
    }
    assertThatThrownBy(() -> c.buyLabel(carriable(), "no-such-service")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("service");
  }

  @Test
  @DisplayName("rule 3: buying again for a shipment returns its label; another service is refused naming service until the label is voided")
  void idempotentByShipment() {
    Carrier c = newCarrier();
    List<RateQuote> quotes = c.quote(carriable());
    String service = quotes.get(0).service();
    Label first = c.buyLabel(carriable(), service);
    assertThat(c.buyLabel(carriable(), service)).isEqualTo(first);
    if (quotes.size() > 1) {
      assertThatThrownBy(() -> c.buyLabel(carriable(), quotes.get(1).service()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("service");
    }
    assertThat(c.voidLabel(first.trackingNumber())).isTrue();
    Label again = c.buyLabel(carriable(), service);
    assertThat(again.trackingNumber()).isNotEqualTo(first.trackingNumber());
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
  @DisplayName("8 threads buying one shipment's label at once get one tracking number; 8 shipments get 8; quotes agree")
  void concurrent() throws Exception {
    Carrier c = newCarrier();
    String service = c.quote(carriable()).get(0).service();
    List<String> one = Concurrently.run(8, t -> c.buyLabel(carriable(), service).trackingNumber());
    assertThat(new HashSet<>(one)).hasSize(1);
    List<String> numbers = Concurrently.run(8, t -> c.buyLabel(shipment("t" + t), service).trackingNumber());
    assertThat(new HashSet<>(numbers)).hasSize(8).doesNotContain(one.get(0));
    List<List<RateQuote>> quotes = Concurrently.run(8, t -> c.quote(carriable()));
    assertThat(new HashSet<>(quotes)).hasSize(1);
  }

  /** The carriable shipment under another id, so that it buys a label of its own. */
  private ShipmentRequest shipment(String suffix) {
    ShipmentRequest s = carriable();
    return new ShipmentRequest(s.id() + "-" + suffix, s.origin(), s.destination(), s.parcels(), s.residential());
  }
}
