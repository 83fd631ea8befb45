package dev.ecomops.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outbox relay")
class OutboxRelayTest {
  final InMemoryOutbox outbox = InMemoryOutbox.create();
  final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  static EventEnvelope event(String ticket, int n) {
    return EventEnvelope.ofVersion("ticket", ticket, n, 0,
        new SupportEvent.SurveyAnswered(ticket, "chat", 1 + n % 5, Instant.EPOCH));
  }

  @Test
  @DisplayName("a publisher that throws stops the batch there: what came before is delivered, that event and the rest are claimable again at once")
  void publisherThrows_batchStopsAndGivesBack() {
    outbox.append(List.of(event("a", 1), event("a", 2), event("b", 1)));
    List<String> got = new ArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
    OutboxRelay relay = OutboxRelay.builder().outbox(outbox).clock(clock).publisher(new dev.ecomops.core.spi.EventPublisher() {
      @Override
      public void publish(dev.ecomops.core.event.DomainEvent e) {
        throw new AssertionError("deliver is used");
      }

      @Override
      public void deliver(EventEnvelope e) {
        if (e.id().equals(event("a", 2).id()) && down.getAndSet(false)) {
          throw new IllegalStateException("bus down");
        }
        got.add(e.id());
      }
    }).build();
    assertThat(relay.relayOnce(10)).isEqualTo(1);
    assertThat(relay.pending()).isEqualTo(2);
    assertThat(relay.relayOnce(10)).isEqualTo(2);
    assertThat(got).containsExactly(event("a", 1).id(), event("a", 2).id(), event("b", 1).id());
    assertThat(relay.pending()).isZero();
  }

  @Test
  @DisplayName("drain relays batch after batch until nothing is claimable, and at most maxBatches of them")
  void drain_bounded() {
    for (int i = 1; i <= 25; i++) {
      outbox.append(List.of(event("t" + i, 1)));
    }
    InMemoryEventLog log = InMemoryEventLog.create();
    OutboxRelay relay = OutboxRelay.builder().outbox(outbox).publisher(log).clock(clock).build();
    assertThat(relay.drain(10, 2)).isEqualTo(20);
    assertThat(relay.drain(10, 100)).isEqualTo(5);
    assertThat(log.envelopes()).hasSize(25);
  }

  @Test
  @DisplayName("scheduled on the host's executor, it delivers what is appended later; cancelling stops it")
  void scheduleOn_delivers() throws Exception {
    CountDownLatch three = new CountDownLatch(3);
    OutboxRelay relay = OutboxRelay.builder().outbox(outbox).clock(clock).publisher(e -> three.countDown()).build();
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> task = relay.scheduleOn(executor, Duration.ofMillis(5), 100);
      outbox.append(List.of(event("a", 1), event("a", 2), event("b", 1)));
      assertThat(three.await(60, TimeUnit.SECONDS)).isTrue();
      task.cancel(false);
      assertThat(task.isCancelled()).isTrue();
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  @DisplayName("limits, batches and periods below 1, and a lease that is not positive, are refused naming the argument")
  void badArguments() {
    OutboxRelay relay = OutboxRelay.of(outbox, e -> { });
    assertThatThrownBy(() -> relay.relayOnce(0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> relay.drain(1, 0)).hasMessageContaining("maxBatches");
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      assertThatThrownBy(() -> relay.scheduleOn(executor, Duration.ZERO, 1)).hasMessageContaining("every");
      assertThatThrownBy(() -> relay.scheduleOn(executor, Duration.ofSeconds(1), 0)).hasMessageContaining("batch");
    } finally {
      executor.shutdownNow();
    }
    assertThatThrownBy(() -> OutboxRelay.builder().lease(Duration.ZERO)).hasMessageContaining("lease");
  }
}
