package dev.ecomops.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Retry policy")
class RetryPolicyTest {

  /** A policy on a simulated clock: sleeping advances it, and the waits are recorded. */
  private static final class SimTime {
    final AtomicLong nanos = new AtomicLong();
    final List<Long> waits = new ArrayList<>();

    RetryPolicy.Builder policy() {
      return RetryPolicy.builder().nanoTime(nanos::get).sleeper(n -> {
        waits.add(n);
        nanos.addAndGet(n);
      }).jitter(bound -> bound - 1);
    }
  }

  @Test
  @DisplayName("gives up after maxAttempts attempts, naming the key and the count")
  void backOff_exhaustsAttempts() {
    SimTime t = new SimTime();
    RetryPolicy.Attempts a = t.policy().maxAttempts(5).build().start("reserve", "idempotencyKey k-1");
    for (int i = 0; i < 4; i++) {
      a.backOff();
    }
    assertThat(a.made()).isEqualTo(5);
    assertThatThrownBy(a::backOff).isInstanceOf(RetriesExhaustedException.class)
        .hasMessageContaining("idempotencyKey k-1").hasMessageContaining("5 attempts")
        .hasMessageContaining("nothing was written")
        .satisfies(e -> assertThat(((RetriesExhaustedException) e).attempts()).isEqualTo(5));
  }

  @Test
  @DisplayName("gives up at the deadline even with attempts left")
  void backOff_deadline() {
    SimTime t = new SimTime();
    RetryPolicy.Attempts a = t.policy().maxAttempts(1_000_000).spins(0).backoff(Duration.ofMillis(1), Duration.ofMillis(10))
        .deadline(Duration.ofMillis(100)).build().start("RMA", "R-1");
    assertThatThrownBy(() -> {
      while (true) {
        a.backOff();
      }
    }).isInstanceOf(RetriesExhaustedException.class).hasMessageContaining("deadline 100 ms");
    assertThat(t.nanos.get()).isEqualTo(Duration.ofMillis(100).toNanos());
    assertThat(a.made()).isLessThan(30);
  }

  @Test
  @DisplayName("spins first, then waits at most the exponential ceiling, capped")
  void backOff_exponentialCeilingCapped() {
    SimTime t = new SimTime();
    RetryPolicy.Attempts a = t.policy().maxAttempts(20).spins(2).backoff(Duration.ofNanos(100), Duration.ofNanos(1_000))
        .deadline(Duration.ofDays(1)).build().start("x", "y");
    for (int i = 0; i < 19; i++) {
      a.backOff();
    }
    // the jitter above always takes the ceiling: 100, 200, 400, 800, then the cap
    assertThat(t.waits).startsWith(100L, 200L, 400L, 800L, 1_000L).hasSize(17).allMatch(w -> w <= 1_000L);
  }

  @Test
  @DisplayName("property: every wait lies within [0, min(cap, base·2^n)] and the policy always ends")
  void backOff_waitsWithinBounds() {
    qt().forAll(integers().between(1, 300), integers().between(0, 5), integers().between(1, 1_000_000))
        .checkAssert((attempts, spins, seed) -> {
          AtomicLong now = new AtomicLong();
          List<Long> waits = new ArrayList<>();
          java.util.Random r = new java.util.Random(seed);
          RetryPolicy p = RetryPolicy.builder().maxAttempts(attempts).spins(spins)
              .backoff(Duration.ofNanos(50), Duration.ofNanos(5_000)).deadline(Duration.ofSeconds(1))
              .nanoTime(now::get).sleeper(n -> {
                waits.add(n);
                now.addAndGet(n);
              }).jitter(b -> Math.floorMod(r.nextLong(), b)).build();
          RetryPolicy.Attempts a = p.start("cmd", "k");
          int made = 1;
          try {
            while (true) {
              a.backOff();
              made++;
            }
          } catch (RetriesExhaustedException e) {
            assertThat(e.attempts()).isEqualTo(made).isEqualTo(attempts);
          }
          for (int i = 0; i < waits.size(); i++) {
            assertThat(waits.get(i)).isBetween(1L, 5_000L);
          }
        });
  }

  @Test
  @DisplayName("a deadline or backoff beyond what nanoseconds hold means no limit, not an overflow")
  void builder_hugeDurations() {
    SimTime t = new SimTime();
    RetryPolicy p = t.policy().maxAttempts(3).backoff(Duration.ofDays(1), ChronoUnitMax.MAX).deadline(ChronoUnitMax.MAX)
        .build();
    assertThat(p.deadline()).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    RetryPolicy.Attempts a = p.start("x", "y");
    a.backOff();
    a.backOff();
    assertThatThrownBy(a::backOff).isInstanceOf(RetriesExhaustedException.class).hasMessageContaining("3 attempts");
  }

  /** The longest duration there is. */
  private static final class ChronoUnitMax {
    static final Duration MAX = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
  }

  @Test
  @DisplayName("bad settings are refused naming the setting")
  void builder_badSettings() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().spins(-1)).hasMessageContaining("spins");
    assertThatThrownBy(() -> RetryPolicy.builder().deadline(Duration.ZERO)).hasMessageContaining("deadline");
    assertThatThrownBy(() -> RetryPolicy.builder().backoff(Duration.ofMillis(2), Duration.ofMillis(1)))
        .hasMessageContaining("backoff");
  }
}
