package dev.ecomops.testkit.shipping;

import dev.ecomops.shipping.spi.TrackingRepository;

/**
 * The kit against {@link VersionBlindTrackingRepository}. Not a test of its own (its name keeps
 * Surefire away): {@link InMemoryTrackingRepositoryContractTest#kitCatchesVersionBlindness} runs it.
 */
class VersionBlindTrackingRun extends TrackingRepositoryContract {
  @Override
  protected TrackingRepository newRepository() {
    return new VersionBlindTrackingRepository();
  }
}
