package dev.ecomops.testkit.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

@DisplayName("InMemoryPurchaseOrderRepository meets the PurchaseOrderRepository contract")
class InMemoryPurchaseOrderRepositoryContractTest extends PurchaseOrderRepositoryContract {
  @Override
  protected PurchaseOrderRepository newRepository() {
    return new InMemoryPurchaseOrderRepository();
  }

  @Test
  @DisplayName("the kit fails a repository that ignores versions: conditional saves of orders and receipts, and the one-winner race")
  void kitCatchesVersionBlindness() {
    var tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(VersionBlindPurchaseOrderRun.class)).execute()
        .testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).anyMatch(n -> n.contains("a new order saves at expected version 0 only once"))
        .anyMatch(n -> n.contains("unexpected receipts save conditionally"))
        .anyMatch(n -> n.contains("exactly one wins"));
    List<String> passed = tests.succeeded().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(passed).anyMatch(n -> n.contains("unknown ids")).anyMatch(n -> n.contains("no one else's"));
  }
}
