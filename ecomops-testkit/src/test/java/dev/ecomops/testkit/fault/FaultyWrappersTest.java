package dev.ecomops.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Address;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.fulfillment.provider.SimulatedProvider;
import dev.ecomops.fulfillment.spi.FulfillmentRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Fault-injecting wrappers")
class FaultyWrappersTest {

  private static EventEnvelope moved(int seq) {
    StockKey k = StockKey.of(Sku.of("S"), LocationId.of("L"));
    return EventEnvelope.of("stock", k, seq, new InventoryEvent.StockMoved(Movement.builder().key(k).sequence(seq)
        .kind(MovementKind.RECEIPT).quantity(1).occurredAt(Instant.EPOCH).build()));
  }

  @Test
  @DisplayName("the same seed injects the same faults; rate 0 injects none, rate 1 fails every write")
  void injector_seededAndBounded() {
    List<FaultInjector.Fault> a = new ArrayList<>();
    List<FaultInjector.Fault> b = new ArrayList<>();
    FaultInjector one = FaultInjector.seeded(5, 0.3);
    FaultInjector two = FaultInjector.seeded(5, 0.3);
    for (int i = 0; i < 200; i++) {
      a.add(one.write());
      b.add(two.write());
    }
    assertThat(a).isEqualTo(b).contains(FaultInjector.Fault.NONE, FaultInjector.Fault.LOST_ACK,
        FaultInjector.Fault.CONFLICT, FaultInjector.Fault.TIMEOUT, FaultInjector.Fault.THROW_BEFORE);
    FaultInjector none = FaultInjector.seeded(5, 0);
    FaultInjector all = FaultInjector.seeded(5, 1);
    for (int i = 0; i < 100; i++) {
      assertThat(none.write()).isEqualTo(FaultInjector.Fault.NONE);
      assertThat(all.write()).isNotEqualTo(FaultInjector.Fault.NONE);
    }
    assertThatThrownBy(() -> FaultInjector.seeded(1, 1.5)).hasMessageContaining("rate");
  }

  @Test
  @DisplayName("a reordering bus delivers every event, some after their successors, and none twice")
  void reorderingPublisher() {
    InMemoryEventLog log = InMemoryEventLog.create();
    FaultyPublisher bus = FaultyPublisher.reordering(log, FaultInjector.seeded(9, 0.5));
    for (int i = 1; i <= 50; i++) {
      bus.deliver(moved(i));
    }
    bus.flush();
    List<Long> seqs = log.envelopes().stream().map(EventEnvelope::sequence).toList();
    assertThat(seqs).hasSize(50).doesNotHaveDuplicates().isNotEqualTo(seqs.stream().sorted().toList());
  }

  @Test
  @DisplayName("a 3PL whose response is lost: the order was handed over, and a retry gets the same reference")
  void provider_lostResponse_retryIdempotent() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T08:00:00Z"));
    SimulatedProvider real = new SimulatedProvider("ACME", clock, Duration.ofHours(4));
    FaultInjector faults = FaultInjector.seeded(1, 1.0);
    FaultyFulfillmentProvider provider = new FaultyFulfillmentProvider(real, faults);
    FulfillmentRequest request = new FulfillmentRequest(OrderId.of("1"),
        Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build(), "standard",
        List.of(new FulfillmentRequest.Line(Sku.of("S"), 1)));
    String first = null;
    for (int i = 0; i < 20 && first == null; i++) {
      try {
        first = provider.submit(request);
      } catch (InjectedFault e) {
        if (e.applied()) {
          faults.enabled(false);
          first = provider.submit(request);
        }
      }
    }
    assertThat(first).isNotNull().isEqualTo(real.submit(request));
  }
}
