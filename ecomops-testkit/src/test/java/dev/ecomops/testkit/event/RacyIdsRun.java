package dev.ecomops.testkit.event;

import dev.ecomops.core.spi.IdGenerator;

/**
 * The id kit run against a generator that repeats ids under concurrency (a plain counter). Not a
 * test of its own: {@link KitsCanFailTest} runs it and expects failures.
 */
class RacyIdsRun extends IdGeneratorContract {
  @Override
  protected IdGenerator newGenerator() {
    long[] next = {0};
    return prefix -> {
      long n = next[0];
      Thread.yield();
      next[0] = n + 1;
      return prefix + "-" + n;
    };
  }
}
