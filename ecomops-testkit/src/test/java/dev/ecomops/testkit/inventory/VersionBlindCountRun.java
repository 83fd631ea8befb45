package dev.ecomops.testkit.inventory;

import dev.ecomops.core.spi.CountRepository;

/**
 * The kit against {@link VersionBlindCountRepository}. Not a test of its own (its name keeps
 * Surefire away): {@link InMemoryCountRepositoryContractTest#kitCatchesVersionBlindness} runs it.
 */
class VersionBlindCountRun extends CountRepositoryContract {
  @Override
  protected CountRepository newRepository() {
    return new VersionBlindCountRepository();
  }
}
