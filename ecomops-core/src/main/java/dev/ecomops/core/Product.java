package dev.ecomops.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product in the catalog: what a SKU is physically and commercially.
 *
 * <p>Rules checked on build: unit cost and price share one currency and are not negative; a shelf
 * life or FEFO consumption requires lot tracking. Input rules (name length, HS code format) are
 * Jakarta constraints checked where products enter a service.
 */
@Value.Immutable
public abstract class Product {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Product}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutableProduct.Builder {}

  /** The SKU. */
  public abstract Sku sku();

  /** Display name. */
  @NotBlank(message = "must not be blank")
  @Size(max = 200, message = "must be at most 200 characters")
  public abstract String name();

  /** Category used for segmenting (KPIs, return rules), e.g. {@code apparel}. */
  public abstract Optional<String> category();

  /** Outer dimensions of one unit as packed. */
  public abstract Optional<Dimensions> dimensions();

  /** Weight of one unit as packed. */
  public abstract Optional<Weight> weight();

  /** What one unit costs us. */
  public abstract Optional<Money> unitCost();

  /** The list price of one unit. */
  public abstract Optional<Money> price();

  /** Harmonized System code for customs: 6 to 10 digits. */
  public abstract Optional<@Pattern(regexp = "\\d{6,10}", message = "must be 6 to 10 digits") String> hsCode();

  /** Whether stock is tracked by lot (batch), with optional expiry dates. */
  @Value.Default
  public boolean lotTracked() {
    return false;
  }

  /** Shelf life in days from receipt, for perishable products. */
  public abstract Optional<@Positive(message = "must be at least 1") Integer> shelfLifeDays();

  /**
   * How lots are consumed: FEFO when the product has a shelf life, FIFO otherwise, unless set.
   */
  @Value.Default
  public LotConsumption lotConsumption() {
    return shelfLifeDays().isPresent() ? LotConsumption.FEFO : LotConsumption.FIFO;
  }

  /** Whether the unit must stay upright ("this side up") when packed. */
  @Value.Default
  public boolean nonRotatable() {
    return false;
  }

  @Value.Check
  protected void check() {
    if (unitCost().isPresent() && price().isPresent()
        && !unitCost().get().currency().equals(price().get().currency())) {
      throw ValidationException.of("price", "must be in the currency of unitCost "
          + unitCost().get().currency(), price().get());
    }
    unitCost().filter(Money::isNegative).ifPresent(m -> {
      throw ValidationException.of("unitCost", "must be at least 0", m);
    });
    price().filter(Money::isNegative).ifPresent(m -> {
      throw ValidationException.of("price", "must be at least 0", m);
    });
    if (!lotTracked() && (shelfLifeDays().isPresent() || lotConsumption() == LotConsumption.FEFO)) {
      throw ValidationException.of("lotTracked", "must be true when the product has a shelf life or FEFO consumption", false);
    }
  }
}
