package dev.ecomops.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.testkit.Concurrently;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Outbox}, as JUnit 5 tests. Extend this class with a factory for an empty
 * outbox and a way to write events into it as your stores do (for a database: insert them in a
 * transaction of their own). Each nested group traces to a rule of the {@link Outbox} javadoc: in
 * order per aggregate, no double delivery under a live lease, at least once after a lease ends,
 * idempotent acknowledgement, thread safe.
 */
public abstract class OutboxContract {

  /** When the tests' leases start. */
  protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  /** The lease the tests claim with. */
  protected static final Duration LEASE = Duration.ofSeconds(30);

  /** The outbox under test; fresh for every test. */
  protected Outbox outbox;

  /** A new, empty outbox. Called before each test. */
  protected abstract Outbox newOutbox();

  /** Writes events into {@code outbox} as one applied write of your stores would. */
  protected abstract void append(Outbox outbox, List<EventEnvelope> events);

  @BeforeEach
  void create() {
    outbox = newOutbox();
  }

  /** The {@code n}th event of ticket {@code aggregate}. */
  protected static EventEnvelope event(String aggregate, int n) {
    DomainEvent e = new SupportEvent.SurveyAnswered(aggregate, "email", 1 + n % 5, T0.plusSeconds(n));
    return EventEnvelope.ofVersion("ticket", aggregate, n, 0, e);
  }

  private static List<String> ids(List<EventEnvelope> es) {
    return es.stream().map(EventEnvelope::id).toList();
  }

  @Nested
  @DisplayName("In order per aggregate")
  class Order {
    @Test
    @DisplayName("claims return each aggregate's events in sequence order, oldest write first")
    void claim_inOrder() {
      append(outbox, List.of(event("a", 1), event("b", 1)));
      append(outbox, List.of(event("a", 2)));
      append(outbox, List.of(event("b", 2), event("a", 3)));
      List<EventEnvelope> got = outbox.claim(T0, LEASE, 10);
      assertThat(ids(got.stream().filter(e -> e.aggregate().equals("ticket/a")).toList()))
          .containsExactly(ids(List.of(event("a", 1), event("a", 2), event("a", 3))).toArray(String[]::new));
      assertThat(got).hasSize(5);
      assertThat(outbox.pending()).isEqualTo(5);
    }

    @Test
    @DisplayName("an aggregate whose earlier event is leased elsewhere is skipped whole, others are not")
    void claim_leasedAggregateSkipped() {
      append(outbox, List.of(event("a", 1)));
      List<EventEnvelope> first = outbox.claim(T0, LEASE, 1);
      append(outbox, List.of(event("a", 2), event("b", 1)));
      List<EventEnvelope> second = outbox.claim(T0, LEASE, 10);
      assertThat(ids(first)).containsExactly(event("a", 1).id());
      assertThat(ids(second)).containsExactly(event("b", 1).id());
    }
  }

  @Nested
  @DisplayName("No double delivery under a live lease; at least once after it")
  class Leases {
    @Test
    @DisplayName("an event under a live lease is not claimed again; after the lease it is")
    void claim_leaseThenExpiry() {
      append(outbox, List.of(event("a", 1)));
      assertThat(outbox.claim(T0, LEASE, 10)).hasSize(1);
      assertThat(outbox.claim(T0.plusSeconds(29), LEASE, 10)).isEmpty();
      assertThat(ids(outbox.claim(T0.plusSeconds(31), LEASE, 10))).containsExactly(event("a", 1).id());
    }

    @Test
    @DisplayName("given back, an event is claimable at once; acknowledged, never again")
    void unclaimAndAcknowledge() {
      append(outbox, List.of(event("a", 1), event("a", 2)));
      List<EventEnvelope> got = outbox.claim(T0, LEASE, 10);
      outbox.unclaim(got);
      got = outbox.claim(T0, LEASE, 10);
      assertThat(got).hasSize(2);
      outbox.acknowledge(got);
      assertThat(outbox.pending()).isZero();
      assertThat(outbox.claim(T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
    }

    @Test
    @DisplayName("acknowledging twice, unknown events, or giving back what was acknowledged changes nothing")
    void acknowledge_idempotent() {
      append(outbox, List.of(event("a", 1), event("a", 2)));
      List<EventEnvelope> got = outbox.claim(T0, LEASE, 1);
      outbox.acknowledge(got);
      outbox.acknowledge(got);
      outbox.acknowledge(List.of(event("zzz", 9)));
      outbox.unclaim(got);
      assertThat(outbox.pending()).isEqualTo(1);
      assertThat(ids(outbox.claim(T0, LEASE, 10))).containsExactly(event("a", 2).id());
    }

    @Test
    @DisplayName("a limit below 1 or a lease that is not positive is refused")
    void claim_badArguments() {
      assertThatThrownBy(() -> outbox.claim(T0, LEASE, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit");
      assertThatThrownBy(() -> outbox.claim(T0, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lease");
    }
  }

  @Nested
  @DisplayName("Thread safe")
  class Threads {
    @Test
    @DisplayName("writers and four relays at once: every event delivered exactly once, each aggregate in order")
    void relaysConcurrently_exactlyOnceInOrder() throws Exception {
      InMemoryEventLog log = InMemoryEventLog.create();
      Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
      int writers = 2;
      int each = 300;
      Concurrently.run(writers + 4, t -> {
        if (t < writers) {
          for (int i = 1; i <= each; i++) {
            append(outbox, List.of(event("w" + t, i)));
          }
        } else {
          OutboxRelay relay = OutboxRelay.builder().outbox(outbox).publisher(log).clock(clock).lease(Duration.ofHours(1))
              .build();
          for (int round = 0; round < 2_000 && log.size() < writers * each; round++) {
            relay.relayOnce(16);
            Thread.yield();
          }
        }
        return null;
      });
      OutboxRelay.builder().outbox(outbox).publisher(log).clock(clock).build().drain(1_000, 100);
      assertThat(log.duplicates()).isZero();
      assertThat(log.envelopes()).hasSize(writers * each);
      Map<String, List<Long>> seqs = new HashMap<>();
      for (EventEnvelope e : log.envelopes()) {
        seqs.computeIfAbsent(e.aggregate(), k -> new ArrayList<>()).add(e.sequence());
      }
      seqs.values().forEach(s -> assertThat(s).isSorted().hasSize(each));
      assertThat(outbox.pending()).isZero();
    }
  }
}
