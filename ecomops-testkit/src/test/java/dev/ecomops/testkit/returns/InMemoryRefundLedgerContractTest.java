package dev.ecomops.testkit.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecomops.returns.memory.InMemoryRefundLedger;
import dev.ecomops.returns.spi.RefundLedger;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

@DisplayName("InMemoryRefundLedger meets the RefundLedger contract")
class InMemoryRefundLedgerContractTest extends RefundLedgerContract {
  @Override
  protected RefundLedger newLedger() {
    return new InMemoryRefundLedger();
  }

  @Test
  @DisplayName("the kit fails a ledger that ignores versions, in its conditional and concurrency tests")
  void kitCatchesVersionBlindness() {
    var tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(VersionBlindRefundLedgerRun.class)).execute()
        .testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).hasSize(2).anyMatch(n -> n.contains("only once")).anyMatch(n -> n.contains("exactly one wins"));
    assertThat(tests.succeeded().count()).as("unknown and byOrder still pass").isEqualTo(2);
  }
}
