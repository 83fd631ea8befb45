package dev.ecomops.fulfillment.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.FulfillmentEvent.Discrepancy;
import dev.ecomops.core.event.FulfillmentEvent.DiscrepancyKind;
import dev.ecomops.core.event.FulfillmentEvent.PackVerified;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.order.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pack verification")
class PackVerifierTest {
  static final Sku TEE = Sku.of("TEE");
  static final Sku MUG = Sku.of("MUG");
  static final Sku CAP = Sku.of("CAP");
  static final Sku HAT = Sku.of("HAT");
  final InMemoryEventLog log = InMemoryEventLog.create();
  final PackVerifier verifier = new PackVerifier(log, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

  @Test
  @DisplayName("exactly what was ordered passes, in any scan order, and the event says so")
  void pass() {
    PackCheck c = verifier.verify(OrderId.of("1"), "P1", Map.of(TEE, 2L, MUG, 1L), List.of(TEE, MUG, TEE));
    assertThat(c.passed()).isTrue();
    assertThat(c.discrepancies()).isEmpty();
    assertThat(log.events(PackVerified.class)).singleElement()
        .satisfies(e -> assertThat(e.passed()).isTrue())
        .satisfies(e -> assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z")));
  }

  @Test
  @DisplayName("wrong item, wrong quantity, missing and extra are each named with expected and scanned units")
  void fail() {
    PackCheck c = verifier.verify(OrderId.of("2"), "P2", Map.of(TEE, 2L, MUG, 1L, CAP, 1L, HAT, 1L),
        List.of(TEE, MUG, MUG, HAT, Sku.of("SOCK")));
    assertThat(c.passed()).isFalse();
    assertThat(c.discrepancies()).containsExactlyInAnyOrder(
        new Discrepancy(TEE, DiscrepancyKind.WRONG_QUANTITY, 2, 1),
        new Discrepancy(MUG, DiscrepancyKind.EXTRA, 1, 2),
        new Discrepancy(CAP, DiscrepancyKind.MISSING, 1, 0),
        new Discrepancy(Sku.of("SOCK"), DiscrepancyKind.WRONG_ITEM, 0, 1));
    PackVerified event = log.events(PackVerified.class).get(0);
    assertThat(event.passed()).isFalse();
    assertThat(event.discrepancies()).hasSize(4);
    assertThat(event.orderId()).isEqualTo(OrderId.of("2"));
  }

  @Test
  @DisplayName("a bad expectation is refused naming the field, and nothing is published")
  void bad() {
    assertThatThrownBy(() -> verifier.verify(OrderId.of("3"), "P3", Map.of(TEE, 0L), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("expected[TEE]");
    assertThatThrownBy(() -> verifier.verify(OrderId.of("3"), " ", Map.of(TEE, 1L), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("packageId");
    assertThat(log.size()).isZero();
  }
}
