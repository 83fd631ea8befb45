package dev.ecomops.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

/**
 * How an optimistic loop retries after a version conflict: at most {@code maxAttempts} attempts,
 * within {@code deadline} of the first retry (a loop starts counting at its first conflict, so a
 * command that commits at once pays nothing), waiting between attempts with capped exponential backoff
 * and full jitter (the wait before retry {@code n} is uniform in {@code [0, min(cap, base·2^n)]};
 * Brooker, 2015, "Exponential Backoff And Jitter", AWS Architecture Blog). The first {@code
 * spins} retries do not sleep at all: an in-process conflict is usually gone within microseconds.
 * Exhausting the policy throws {@link RetriesExhaustedException} naming the command's key.
 *
 * <p>Immutable and thread safe; one instance serves every service. Time and randomness are
 * injectable ({@link Builder#nanoTime}, {@link Builder#sleeper}, {@link Builder#jitter}) so a
 * deterministic simulation runs it on a simulated clock.
 */
public final class RetryPolicy {

  /** Sleeps for a number of nanoseconds; the simulation's advances a simulated clock instead. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits about {@code nanos}.
     *
     * @param nanos nanoseconds, at least 1
     */
    void sleep(long nanos);
  }

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final int spins;
  private final long baseNanos;
  private final long capNanos;
  private final long deadlineNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final LongUnaryOperator jitter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.spins = b.spins;
    this.baseNanos = nanos(b.base);
    this.capNanos = nanos(b.cap);
    this.deadlineNanos = nanos(b.deadline);
    this.nanoTime = b.nanoTime;
    this.sleeper = b.sleeper;
    this.jitter = b.jitter;
  }

  /** A duration in nanoseconds, saturating at {@code Long.MAX_VALUE} (about 292 years: "no limit"). */
  private static long nanos(Duration d) {
    return d.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.toNanos();
  }

  /**
   * The default policy: 200 attempts, 3 spins, backoff from 50 µs capped at 5 ms, a deadline of
   * 5 s; system time, real sleeps, thread-local jitter.
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** At most this many attempts, at least 1. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The deadline from the first retry, at most about 292 years. */
  public Duration deadline() {
    return Duration.ofNanos(deadlineNanos);
  }

  /**
   * Starts counting the attempts of one command, at its first conflict (the attempt that met it
   * counts as the first).
   *
   * @param what the kind of command, for the exception's message ({@code "reserve"}, {@code "RMA"})
   * @param key the command's key, for the exception's message
   * @return a fresh counter; not thread safe (one command runs on one thread)
   */
  public Attempts start(String what, Object key) {
    return new Attempts(what, String.valueOf(key));
  }

  /** The attempts of one command. */
  public final class Attempts {
    private final String what;
    private final String key;
    private final long started;
    private int made = 1;

    private Attempts(String what, String key) {
      this.what = what;
      this.key = key;
      this.started = nanoTime.getAsLong();
    }

    /** Attempts made so far, at least 1. */
    public int made() {
      return made;
    }

    /**
     * Called after an attempt lost a race: waits as the policy says, and counts the next attempt.
     *
     * @throws RetriesExhaustedException if the attempts or the deadline are used up; the caller
     *     must have written nothing
     */
    public void backOff() {
      long elapsed = nanoTime.getAsLong() - started;
      if (made >= maxAttempts) {
        throw new RetriesExhaustedException(what, key, made, Duration.ofNanos(elapsed), "at most " + maxAttempts
            + " attempts");
      }
      if (elapsed >= deadlineNanos) {
        throw new RetriesExhaustedException(what, key, made, Duration.ofNanos(elapsed), "deadline "
            + Duration.ofNanos(deadlineNanos).toMillis() + " ms");
      }
      int retry = made - spins;
      made++;
      if (retry <= 0) {
        Thread.onSpinWait();
        return;
      }
      int shift = retry - 1;
      // base·2^shift, saturating at the cap instead of overflowing
      long ceiling = shift >= 62 || baseNanos > (capNanos >> shift) ? capNanos : Math.min(capNanos, baseNanos << shift);
      ceiling = Math.min(ceiling, deadlineNanos - elapsed);
      long wait = ceiling <= 0 ? 0 : jitter.applyAsLong(ceiling == Long.MAX_VALUE ? ceiling : ceiling + 1);
      if (wait > 0) {
        sleeper.sleep(wait);
      } else {
        Thread.onSpinWait();
      }
    }
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxAttempts = 200;
    private int spins = 3;
    private Duration base = Duration.ofNanos(50_000);
    private Duration cap = Duration.ofMillis(5);
    private Duration deadline = Duration.ofSeconds(5);
    private LongSupplier nanoTime = System::nanoTime;
    private Sleeper sleeper = LockSupport::parkNanos;
    private LongUnaryOperator jitter = bound -> ThreadLocalRandom.current().nextLong(bound);

    private Builder() {}

    /**
     * At most this many attempts in all (the first included).
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts was " + maxAttempts + " but must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * How many retries spin rather than sleep.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder spins(int spins) {
      if (spins < 0) {
        throw new IllegalArgumentException("spins was " + spins + " but must be at least 0");
      }
      this.spins = spins;
      return this;
    }

    /**
     * The backoff's base and cap.
     *
     * @throws IllegalArgumentException if either is negative or zero, or the cap is below the base
     */
    public Builder backoff(Duration base, Duration cap) {
      if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
        throw new IllegalArgumentException("backoff was " + base + " to " + cap
            + " but the base must be positive and the cap at least the base");
      }
      this.base = base;
      this.cap = cap;
      return this;
    }

    /**
     * The deadline from the first retry.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder deadline(Duration deadline) {
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("deadline was " + deadline + " but must be positive");
      }
      this.deadline = deadline;
      return this;
    }

    /** The time source for the deadline, in nanoseconds; {@code System::nanoTime} by default. */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /** How to wait; {@code LockSupport::parkNanos} by default. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The jitter: given a bound, a value from 0 (inclusive) to the bound (exclusive). {@code
     * ThreadLocalRandom} by default; a seeded source makes the waits repeatable.
     */
    public Builder jitter(LongUnaryOperator jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
