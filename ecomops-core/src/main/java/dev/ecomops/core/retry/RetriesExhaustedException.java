package dev.ecomops.core.retry;

import dev.ecomops.core.EcomopsException;
import java.time.Duration;

/**
 * Thrown when an optimistic command kept losing races (a version conflict on every attempt) until
 * its {@link RetryPolicy} gave up. The command wrote nothing: every attempt either commits whole
 * or writes nothing. The caller may retry later with the same idempotency key.
 */
public final class RetriesExhaustedException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final int attempts;
  private final transient Duration elapsed;

  RetriesExhaustedException(String what, String key, int attempts, Duration elapsed, String limit) {
    super(what + " " + key + ": gave up after " + attempts + " attempts in " + elapsed.toMillis() + " ms ("
        + limit + "); nothing was written");
    this.key = key;
    this.attempts = attempts;
    this.elapsed = elapsed;
  }

  /** The command's key (an idempotency key, an order id, an RMA id ...), as text. */
  public String key() {
    return key;
  }

  /** How many attempts were made, at least 1. */
  public int attempts() {
    return attempts;
  }

  /** Time from the first attempt to giving up, by the policy's clock. */
  public Duration elapsed() {
    return elapsed;
  }
}
