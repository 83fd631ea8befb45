package dev.ecomops.fulfillment.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.Address;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.FulfillmentEvent.ProviderCancelled;
import dev.ecomops.core.event.FulfillmentEvent.ProviderShipped;
import dev.ecomops.core.event.FulfillmentEvent.SubmittedToProvider;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.fulfillment.memory.InMemoryHandoverRepository;
import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import dev.ecomops.fulfillment.spi.FulfillmentRequest;
import dev.ecomops.fulfillment.spi.ShipmentConfirmation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("3PL providers and the cost comparison")
class ProviderTest {
  final ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T08:00:00Z"));
  final InMemoryEventLog log = InMemoryEventLog.create();
  final ProviderFulfillment fulfillment = new ProviderFulfillment(new SimulatedProvider("ACME3PL", clock, Duration.ofHours(4)),
      log, clock);

  static FulfillmentRequest request(String id, long units) {
    return new FulfillmentRequest(OrderId.of(id),
        Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build(), "standard",
        List.of(new FulfillmentRequest.Line(Sku.of("TEE"), units)));
  }

  @Test
  @DisplayName("submitted orders ship after the processing time with tracking; a repeat submit is the same order; events follow")
  void lifecycle() {
    String ref = fulfillment.submit(request("1", 2));
    assertThat(fulfillment.submit(request("1", 2))).isEqualTo(ref);
    fulfillment.submit(request("2", 1));
    assertThat(log.events(SubmittedToProvider.class)).hasSize(2);
    assertThat(fulfillment.sync()).isEmpty();
    clock.advance(Duration.ofHours(4));
    List<ShipmentConfirmation> shipped = fulfillment.sync();
    assertThat(shipped).extracting(ShipmentConfirmation::trackingNumber).containsExactly("SIM000001", "SIM000002");
    assertThat(shipped.get(0).units()).isEqualTo(2);
    assertThat(fulfillment.sync()).as("each confirmation once").isEmpty();
    assertThat(log.events(ProviderShipped.class)).extracting(ProviderShipped::orderId)
        .containsExactly(OrderId.of("1"), OrderId.of("2"));
  }

  @Test
  @DisplayName("a bus that throws while confirmations are collected loses none and fails nothing: the next command delivers them")
  void sync_publisherThrows_nothingLost() {
    java.util.concurrent.atomic.AtomicInteger refuse = new java.util.concurrent.atomic.AtomicInteger();
    ProviderFulfillment flaky = new ProviderFulfillment(new SimulatedProvider("ACME3PL", clock, Duration.ofHours(4)), e -> {
      if (e instanceof ProviderShipped && refuse.getAndIncrement() == 1) {
        throw new IllegalStateException("bus down");
      }
      log.publish(e);
    }, clock);
    flaky.submit(request("1", 1));
    flaky.submit(request("2", 1));
    flaky.submit(request("3", 1));
    clock.advance(Duration.ofHours(4));
    assertThat(flaky.sync()).hasSize(3);
    assertThat(log.events(ProviderShipped.class)).hasSize(1);
    assertThat(flaky.outbox().pending()).isEqualTo(2);
    assertThat(flaky.sync()).as("the provider hands each confirmation out once").isEmpty();
    assertThat(log.events(ProviderShipped.class)).extracting(ProviderShipped::orderId)
        .containsExactly(OrderId.of("1"), OrderId.of("2"), OrderId.of("3"));
    assertThat(flaky.outbox().pending()).isZero();
  }

  @Test
  @DisplayName("cancelling works until the order ships; an order never handed over is refused naming the field")
  void cancel() {
    fulfillment.submit(request("1", 1));
    fulfillment.submit(request("2", 1));
    assertThat(fulfillment.cancel(OrderId.of("1"))).isTrue();
    clock.advance(Duration.ofHours(5));
    assertThat(fulfillment.sync()).extracting(ShipmentConfirmation::orderId).containsExactly(OrderId.of("2"));
    assertThat(fulfillment.cancel(OrderId.of("2"))).as("already shipped").isFalse();
    assertThat(log.events(ProviderCancelled.class)).hasSize(1);
    assertThatThrownBy(() -> fulfillment.cancel(OrderId.of("9"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("orderId");
  }

  @Test
  @DisplayName("hand-overs live in the repository: after a restart the order still cancels, and a cancel confirmed is not asked again")
  void restart_keepsHandovers() {
    InMemoryHandoverRepository repo = new InMemoryHandoverRepository();
    SimulatedProvider acme = new SimulatedProvider("ACME3PL", clock, Duration.ofHours(4));
    ProviderFulfillment first = new ProviderFulfillment(acme, repo, RetryPolicy.defaults(), log, clock);
    String ref = first.submit(request("1", 1));
    ProviderFulfillment second = new ProviderFulfillment(acme, repo, RetryPolicy.defaults(), log, clock);
    assertThat(second.reference(OrderId.of("1"))).contains(ref);
    assertThat(second.submit(request("1", 1))).isEqualTo(ref);
    assertThat(second.cancel(OrderId.of("1"))).isTrue();
    assertThat(first.cancel(OrderId.of("1"))).isTrue();
    assertThat(log.events(SubmittedToProvider.class)).hasSize(1);
    assertThat(log.events(ProviderCancelled.class)).hasSize(1);
    assertThat(repo.find(OrderId.of("1")).orElseThrow().cancelled()).isTrue();
  }

  @Test
  @DisplayName("a provider that hands a confirmation out twice, even to two nodes, gets it recorded once")
  void duplicateConfirmation_recordedOnce() {
    InMemoryHandoverRepository repo = new InMemoryHandoverRepository();
    SimulatedProvider acme = new SimulatedProvider("ACME3PL", clock, Duration.ofHours(4));
    List<ShipmentConfirmation> seen = new java.util.ArrayList<>();
    FulfillmentProvider stuttering = new FulfillmentProvider() {
      @Override
      public String name() {
        return acme.name();
      }

      @Override
      public String submit(FulfillmentRequest r) {
        return acme.submit(r);
      }

      @Override
      public boolean cancel(String reference) {
        return acme.cancel(reference);
      }

      @Override
      public List<ShipmentConfirmation> poll() {
        seen.addAll(acme.poll());
        return List.copyOf(seen);
      }
    };
    ProviderFulfillment a = new ProviderFulfillment(stuttering, repo, RetryPolicy.defaults(), log, clock);
    ProviderFulfillment b = new ProviderFulfillment(stuttering, repo, RetryPolicy.defaults(), log, clock);
    a.submit(request("1", 2));
    b.submit(request("2", 1));
    clock.advance(Duration.ofHours(4));
    assertThat(a.sync()).hasSize(2);
    assertThat(b.sync()).hasSize(2);
    assertThat(a.sync()).hasSize(2);
    assertThat(log.events(ProviderShipped.class)).extracting(ProviderShipped::orderId)
        .containsExactly(OrderId.of("1"), OrderId.of("2"));
    assertThat(repo.find(OrderId.of("2")).orElseThrow().shipped()).containsExactly("SIM000002");
  }

  @Test
  @DisplayName("in-house against 3PL: monthly costs and the break-even volume, worked by hand")
  void costs() {
    // in-house: 20,000 a month fixed, 1.00 an order, 0.20 a unit, 0.05 a unit stored
    // 3PL: 500 a month, 3.00 an order, 0.30 a unit, 0.40 a unit stored; 2 units an order, 10,000 units stored
    CostModel inHouse = new CostModel(20_000, 1.00, 0.20, 0.05);
    CostModel threePl = new CostModel(500, 3.00, 0.30, 0.40);
    assertThat(inHouse.monthlyCost(5_000, 2, 10_000)).isCloseTo(20_000 + 5_000 * 1.40 + 500, within(1e-9));
    assertThat(threePl.monthlyCost(5_000, 2, 10_000)).isCloseTo(500 + 5_000 * 3.60 + 4_000, within(1e-9));
    // fixed parts 20,500 and 4,500, variable 1.40 and 3.60 an order: (4,500 − 20,500) / (1.40 − 3.60) = 7,272.7
    assertThat(CostModel.breakEvenOrders(inHouse, threePl, 2, 10_000).getAsDouble()).isCloseTo(16_000 / 2.2, within(1e-9));
    assertThat(CostModel.breakEvenOrders(inHouse, inHouse, 2, 10_000)).isEmpty();
    assertThatThrownBy(() -> new CostModel(-1, 0, 0, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("fixedPerMonth");
  }
}
