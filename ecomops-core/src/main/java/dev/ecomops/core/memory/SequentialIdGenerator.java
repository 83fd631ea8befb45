package dev.ecomops.core.memory;

import dev.ecomops.core.spi.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded {@link IdGenerator}: {@code prefix-1}, {@code prefix-2}, ... from one counter
 * shared by all prefixes. Deterministic, so demo and simulator output is reproducible.
 */
public final class SequentialIdGenerator implements IdGenerator {
  private final AtomicLong next = new AtomicLong();

  private SequentialIdGenerator() {}

  /** A generator starting at 1. */
  public static SequentialIdGenerator create() {
    return new SequentialIdGenerator();
  }

  @Override
  public String nextId(String prefix) {
    return prefix + "-" + next.incrementAndGet();
  }
}
