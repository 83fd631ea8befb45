package dev.ecomops.core.spi;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import java.util.List;
import java.util.Optional;

/**
 * Read access to products, locations and kits. Services use it to refuse unknown SKUs and
 * locations and to learn lot rules and kit structure. The embedded implementation is {@code
 * InMemoryCatalog}; a host may back it with its product database.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.inventory.CatalogContract}:
 *
 * <ol>
 *   <li><b>Known and unknown.</b> A product, location or kit the catalog holds is returned as
 *       given; an unknown one is an empty optional, never an exception.
 *   <li><b>Locations in priority order.</b> {@link #locations()} lists every location, by
 *       priority then id, as a list the caller cannot change.
 *   <li><b>Stable lists.</b> While the locations are unchanged, {@link #locations()} may return
 *       the same list; when they change it returns a new one (the allocator caches what it derives
 *       from a list by its identity). A fresh list on every call is also correct, only slower.
 *   <li><b>Thread safe, fast.</b> Every method may be called from many threads at once and is
 *       called on every command: serve reads from memory (a cache of the product database).
 * </ol>
 */
public interface Catalog {

  /** The product of a SKU (kits are products too), or empty if unknown. */
  Optional<Product> product(Sku sku);

  /** A location by id, or empty if unknown. */
  Optional<Location> location(LocationId id);

  /** The kit definition of a SKU, or empty if it is not a kit. */
  Optional<Kit> kit(Sku sku);

  /**
   * Every location, ordered by priority then id: an immutable snapshot. Return the same list
   * while the locations are unchanged and a new one when they change (the allocator caches what it
   * derives from a list by its identity); a fresh list on every call is also correct, only slower.
   */
  List<Location> locations();
}
