package dev.ecomops.core.memory;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.spi.Catalog;
import dev.ecomops.core.validation.EcomopsValidation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe catalog held in memory. Entries are validated with the Jakarta constraints on
 * their types when added; adding an entry with an existing key replaces it.
 */
public final class InMemoryCatalog implements Catalog {
  private final ConcurrentHashMap<Sku, Product> products = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<LocationId, Location> locations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Sku, Kit> kits = new ConcurrentHashMap<>();
  private final Validator validator;
  /** Locations in priority order, rebuilt on change: allocation asks for them on every order. */
  private volatile List<Location> ordered = List.of();

  private InMemoryCatalog(Validator validator) {
    this.validator = validator;
  }

  /** An empty catalog with the default validator. */
  public static InMemoryCatalog create() {
    return new InMemoryCatalog(EcomopsValidation.shared());
  }

  /**
   * Adds or replaces a product.
   *
   * @return this catalog
   * @throws ValidationException if the product breaks a constraint
   */
  public InMemoryCatalog add(Product product) {
    EcomopsValidation.validate(validator, product);
    products.put(product.sku(), product);
    return this;
  }

  /**
   * Adds or replaces a location.
   *
   * @return this catalog
   * @throws ValidationException if the location breaks a constraint
   */
  public InMemoryCatalog add(Location location) {
    EcomopsValidation.validate(validator, location);
    synchronized (locations) {
      locations.put(location.id(), location);
      ordered = locations.values().stream()
          .sorted(Comparator.comparingInt(Location::priority).thenComparing(Location::id))
          .toList();
    }
    return this;
  }

  /**
   * Adds or replaces a kit. The kit's SKU and every component must already be products.
   *
   * @return this catalog
   * @throws ValidationException naming the unknown SKU otherwise, or if a component is a kit
   */
  public InMemoryCatalog add(Kit kit) {
    if (!products.containsKey(kit.sku())) {
      throw ValidationException.of("sku", "must be a known product", kit.sku());
    }
    for (Sku c : kit.components().keySet()) {
      if (!products.containsKey(c)) {
        throw ValidationException.of("components[" + c + "]", "must be a known product", c);
      }
      if (kits.containsKey(c)) {
        throw ValidationException.of("components[" + c + "]", "must not itself be a kit", c);
      }
    }
    kits.put(kit.sku(), kit);
    return this;
  }

  @Override
  public Optional<Product> product(Sku sku) {
    return Optional.ofNullable(products.get(sku));
  }

  @Override
  public Optional<Location> location(LocationId id) {
    return Optional.ofNullable(locations.get(id));
  }

  @Override
  public Optional<Kit> kit(Sku sku) {
    return Optional.ofNullable(kits.get(sku));
  }

  @Override
  public List<Location> locations() {
    return ordered;
  }
}
