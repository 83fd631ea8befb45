package dev.ecomops.testkit.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Address;
import dev.ecomops.core.Sku;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import dev.ecomops.fulfillment.spi.FulfillmentRequest;
import dev.ecomops.fulfillment.spi.ShipmentConfirmation;
import dev.ecomops.testkit.Concurrently;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FulfillmentProvider}: extend with a factory of fresh providers and a way
 * to let time pass until everything submitted has shipped. Each test traces to a rule of the
 * SPI's javadoc: submission idempotent by order (also under concurrency), cancel before shipping
 * only, each confirmation returned once.
 */
public abstract class FulfillmentProviderContract {

  /** A fresh provider. */
  protected abstract FulfillmentProvider newProvider();

  /** Lets the provider ship everything submitted and not cancelled (advance a clock, run a job). */
  protected abstract void shipEverything(FulfillmentProvider provider);

  /** A one-line request for an order. */
  protected static FulfillmentRequest request(String orderId) {
    return new FulfillmentRequest(OrderId.of(orderId),
        Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build(), "standard",
        List.of(new FulfillmentRequest.Line(Sku.of("TEE"), 2)));
  }

  @Test
  @DisplayName("submitting an order again returns the first reference and ships it once")
  void idempotentSubmit() {
    FulfillmentProvider p = newProvider();
    String ref = p.submit(request("1"));
    assertThat(p.submit(request("1"))).isEqualTo(ref);
    shipEverything(p);
    assertThat(p.poll()).extracting(ShipmentConfirmation::orderId).containsExactly(OrderId.of("1"));
  }

  @Test
  @DisplayName("a cancelled order never ships; a shipped one cannot be cancelled; an unknown reference is not cancelled")
  void cancel() {
    FulfillmentProvider p = newProvider();
    String a = p.submit(request("A"));
    String b = p.submit(request("B"));
    assertThat(p.cancel(a)).isTrue();
    shipEverything(p);
    assertThat(p.poll()).extracting(ShipmentConfirmation::reference).containsExactly(b);
    assertThat(p.cancel(b)).isFalse();
    assertThat(p.cancel("no-such-reference")).isFalse();
  }

  @Test
  @DisplayName("each confirmation is returned by one poll only, with a tracking number and the units")
  void pollOnce() {
    FulfillmentProvider p = newProvider();
    p.submit(request("1"));
    p.submit(request("2"));
    shipEverything(p);
    List<ShipmentConfirmation> first = p.poll();
    assertThat(first).hasSize(2).allSatisfy(c -> {
      assertThat(c.trackingNumber()).isNotBlank();
      assertThat(c.units()).isEqualTo(2);
    });
    assertThat(p.poll()).isEmpty();
  }

  @Test
  @DisplayName("8 threads submitting the same 50 orders get one reference per order, and each ships once")
  void concurrentSubmits() throws Exception {
    FulfillmentProvider p = newProvider();
    List<List<String>> refs = Concurrently.run(8, t -> {
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        mine.add(p.submit(request("O" + i)));
      }
      return mine;
    });
    for (List<String> r : refs) {
      assertThat(r).isEqualTo(refs.get(0));
    }
    shipEverything(p);
    List<ShipmentConfirmation> shipped = p.poll();
    Set<OrderId> orders = new HashSet<>();
    shipped.forEach(c -> orders.add(c.orderId()));
    assertThat(shipped).hasSize(50);
    assertThat(orders).hasSize(50);
  }
}
