package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.spi.Catalog;
import dev.ecomops.testkit.Concurrently;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Catalog}: extend with a factory of catalogs holding given products,
 * locations and kits. Each test traces to a numbered rule of the SPI's javadoc: known entries come
 * back as given and unknown ones as empty (1), locations are listed by priority then id in a list
 * the caller cannot change (2), repeated reads agree (3), and reads from many threads agree (4).
 */
public abstract class CatalogContract {

  /** A catalog holding exactly these products, locations and kits. */
  protected abstract Catalog catalogOf(List<Product> products, List<Location> locations, List<Kit> kits);

  private static final Sku TEE = Sku.of("TEE");
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku GIFT = Sku.of("GIFT-SET");

  private static Location location(String id, int priority) {
    return Location.builder().id(LocationId.of(id)).name(id).country("US").position(GeoPoint.of(40, -74))
        .priority(priority).build();
  }

  private final List<Product> products = List.of(Product.builder().sku(TEE).name("tee").build(),
      Product.builder().sku(MUG).name("mug").build(), Product.builder().sku(GIFT).name("gift set").build());
  // given out of order on purpose: rule 2 is the catalog's to keep
  private final List<Location> locations = List.of(location("DC9", 2), location("DC2", 1), location("DC1", 2),
      location("STORE", 5));
  private final List<Kit> kits = List.of(Kit.builder().sku(GIFT).putComponents(TEE, 1).putComponents(MUG, 2).build());

  @Test
  @DisplayName("rule 1: products, locations and kits come back as given; unknown ones are empty")
  void knownAndUnknown() {
    Catalog c = catalogOf(products, locations, kits);
    for (Product p : products) {
      assertThat(c.product(p.sku())).contains(p);
    }
    for (Location l : locations) {
      assertThat(c.location(l.id())).contains(l);
    }
    assertThat(c.kit(GIFT)).contains(kits.get(0));
    assertThat(c.product(Sku.of("NOPE"))).isEmpty();
    assertThat(c.location(LocationId.of("NOWHERE"))).isEmpty();
    assertThat(c.kit(TEE)).as("a product that is not a kit").isEmpty();
  }

  @Test
  @DisplayName("rule 2: every location, by priority then id, in a list the caller cannot change")
  void locationsInPriorityOrder() {
    Catalog c = catalogOf(products, locations, kits);
    List<Location> listed = c.locations();
    assertThat(listed).extracting(l -> l.id().value()).containsExactly("DC2", "DC1", "DC9", "STORE");
    assertThatThrownBy(() -> listed.add(location("X", 0))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(c.locations()).hasSize(4);
  }

  @Test
  @DisplayName("rule 3: reads without a change in between agree")
  void repeatedReadsAgree() {
    Catalog c = catalogOf(products, locations, kits);
    assertThat(c.locations()).isEqualTo(c.locations());
    assertThat(c.product(TEE)).isEqualTo(c.product(TEE));
  }

  @Test
  @DisplayName("rule 4: 8 threads reading at once all see the same catalog")
  void concurrentReads() throws Exception {
    Catalog c = catalogOf(products, locations, kits);
    List<Map.Entry<List<Location>, Boolean>> seen = Concurrently.run(8, t -> {
      boolean all = true;
      for (int i = 0; i < 1_000; i++) {
        all &= c.product(TEE).isPresent() && c.kit(GIFT).isPresent() && c.location(LocationId.of("DC1")).isPresent();
      }
      return Map.entry(c.locations(), all);
    });
    assertThat(seen).allSatisfy(e -> assertThat(e.getValue()).isTrue());
    assertThat(new HashSet<>(seen.stream().map(Map.Entry::getKey).toList())).hasSize(1);
  }
}
