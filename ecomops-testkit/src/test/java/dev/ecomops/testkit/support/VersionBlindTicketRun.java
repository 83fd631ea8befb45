package dev.ecomops.testkit.support;

import dev.ecomops.returns.spi.TicketRepository;

/**
 * The kit against {@link VersionBlindTicketRepository}. Not a test of its own (its name keeps Surefire away):
 * {@link InMemoryTicketRepositoryContractTest#kitCatchesVersionBlindness} runs it and expects failures.
 */
class VersionBlindTicketRun extends TicketRepositoryContract {
  @Override
  protected TicketRepository newRepository() {
    return new VersionBlindTicketRepository();
  }
}
