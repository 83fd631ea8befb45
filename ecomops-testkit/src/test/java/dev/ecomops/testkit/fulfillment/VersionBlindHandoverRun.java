package dev.ecomops.testkit.fulfillment;

import dev.ecomops.fulfillment.spi.HandoverRepository;

/**
 * The kit against {@link VersionBlindHandoverRepository}. Not a test of its own (its name keeps
 * Surefire away): {@link InMemoryHandoverRepositoryContractTest#kitCatchesVersionBlindness} runs it.
 */
class VersionBlindHandoverRun extends HandoverRepositoryContract {
  @Override
  protected HandoverRepository newRepository() {
    return new VersionBlindHandoverRepository();
  }
}
