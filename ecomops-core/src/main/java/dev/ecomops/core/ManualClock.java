package dev.ecomops.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that moves only when told to: for simulations, demos and tests of expiry and
 * time-to-live. Thread safe.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code start}, in UTC. */
  public static ManualClock at(Instant start) {
    return new ManualClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /** A clock standing at {@code start} in {@code zone}. */
  public static ManualClock at(Instant start, ZoneId zone) {
    return new ManualClock(new AtomicReference<>(start), zone);
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far, zero or more
   * @return the new instant
   * @throws ValidationException if {@code by} is negative
   */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw ValidationException.of("by", "must not be negative", by);
    }
    return now.updateAndGet(i -> i.plus(by));
  }

  /** Sets the clock to {@code instant} (forward or back). */
  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in another zone, sharing its time. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
