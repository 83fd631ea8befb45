package dev.ecomops.core.catalog;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import java.util.List;
import java.util.Optional;

/**
 * Read access to products, locations and kits. Services use it to refuse unknown SKUs and
 * locations and to learn lot rules and kit structure. Implementations must be thread safe; the
 * embedded one is {@link InMemoryCatalog}, and a host may back it with its product database.
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
