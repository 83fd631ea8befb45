package dev.ecomops.testkit.returns;

import dev.ecomops.returns.spi.RefundLedger;

/**
 * The kit against {@link VersionBlindRefundLedger}. Not a test of its own (its name keeps Surefire
 * away): {@link InMemoryRefundLedgerContractTest#kitCatchesVersionBlindness} runs it.
 */
class VersionBlindRefundLedgerRun extends RefundLedgerContract {
  @Override
  protected RefundLedger newLedger() {
    return new VersionBlindRefundLedger();
  }
}
