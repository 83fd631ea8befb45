package dev.ecomops.core.catalog;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A sellable SKU made of components (a bundle or kit). It has no stock of its own: its
 * availability at a location is the minimum over components of {@code floor(available /
 * quantity per kit)}, and reserving it reserves every component atomically.
 */
@Value.Immutable
public abstract class Kit {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Kit}. */
  public static class Builder extends ImmutableKit.Builder {}

  /** The kit's own SKU. */
  public abstract Sku sku();

  /** Component SKUs with units per kit. */
  public abstract Map<Sku, Integer> components();

  @Value.Check
  protected void check() {
    if (components().isEmpty()) {
      throw ValidationException.of("components", "must not be empty", "{}");
    }
    components().forEach((sku, q) -> {
      if (q < 1) {
        throw ValidationException.of("components[" + sku + "]", "must be at least 1", q);
      }
      if (sku.equals(sku())) {
        throw ValidationException.of("components", "must not contain the kit itself", sku);
      }
    });
  }
}
