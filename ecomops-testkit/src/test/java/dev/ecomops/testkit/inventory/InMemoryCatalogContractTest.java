package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecomops.core.Product;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.spi.Catalog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

@DisplayName("InMemoryCatalog meets the Catalog contract")
class InMemoryCatalogContractTest extends CatalogContract {
  @Override
  protected Catalog catalogOf(List<Product> products, List<Location> locations, List<Kit> kits) {
    InMemoryCatalog c = InMemoryCatalog.create();
    products.forEach(c::add);
    locations.forEach(c::add);
    kits.forEach(c::add);
    return c;
  }

  @Test
  @DisplayName("the kit fails a catalog that lists locations as they were added, in its ordering test only")
  void kitCatchesUnorderedLocations() {
    var tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnorderedCatalogRun.class)).execute()
        .testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).singleElement().asString().contains("by priority then id");
    assertThat(tests.succeeded().count()).isEqualTo(3);
  }
}
