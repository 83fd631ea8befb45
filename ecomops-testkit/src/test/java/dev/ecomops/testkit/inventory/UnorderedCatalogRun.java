package dev.ecomops.testkit.inventory;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.spi.Catalog;
import java.util.List;
import java.util.Optional;

/**
 * The kit against a catalog that breaks rule 2 (locations in the order they were given). Not a
 * test of its own (its name keeps Surefire away): {@link
 * InMemoryCatalogContractTest#kitCatchesUnorderedLocations} runs it.
 */
class UnorderedCatalogRun extends CatalogContract {
  @Override
  protected Catalog catalogOf(List<Product> products, List<Location> locations, List<Kit> kits) {
    return new Catalog() {
      @Override
      public Optional<Product> product(Sku sku) {
        return products.stream().filter(p -> p.sku().equals(sku)).findFirst();
      }

      @Override
      public Optional<Location> location(LocationId id) {
        return locations.stream().filter(l -> l.id().equals(id)).findFirst();
      }

      @Override
      public Optional<Kit> kit(Sku sku) {
        return kits.stream().filter(k -> k.sku().equals(sku)).findFirst();
      }

      @Override
      public List<Location> locations() {
        return List.copyOf(locations);
      }
    };
  }
}
