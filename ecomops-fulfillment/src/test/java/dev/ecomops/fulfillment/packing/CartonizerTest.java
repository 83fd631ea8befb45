package dev.ecomops.fulfillment.packing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Cartonization")
class CartonizerTest {
  static final Cartonizer CARTONIZER = Cartonizer.withDivisor(5000);
  static final List<Carton> CATALOG = List.of(new Carton("S", 20, 15, 10, 5, 0.40), new Carton("M", 30, 25, 20, 15, 0.80),
      new Carton("L", 50, 40, 30, 25, 1.50));

  static Item cube(String id, double side, double weight) {
    return new Item(id, side, side, side, weight, true);
  }

  @Test
  @DisplayName("eight 10 cm cubes fill a 20 cm cube exactly; an item too big for every carton is reported")
  void byHand() {
    List<Item> cubes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      cubes.add(cube("c" + i, 10, 1));
    }
    Packing p = CARTONIZER.pack(cubes, List.of(new Carton("C20", 20, 20, 20, 10, 1), new Carton("C40", 40, 40, 40, 30, 2)),
        PackingObjective.COUNT);
    assertThat(p.cartons()).hasSize(1);
    assertThat(p.cartons().get(0).carton().id()).isEqualTo("C20");
    assertThat(p.fillRate()).isCloseTo(1, within(1e-12));
    // 8 kg of items against 8000 / 5000 = 1.6 kg dimensional: billable 8
    assertThat(p.billableWeight()).isCloseTo(8, within(1e-12));
    Packing tooBig = CARTONIZER.pack(List.of(cube("huge", 60, 1), cube("small", 5, 0.1)), CATALOG, PackingObjective.COUNT);
    assertThat(tooBig.unpacked()).extracting(Item::id).containsExactly("huge");
    assertThat(tooBig.cartons()).hasSize(1);
    Packing heavy = CARTONIZER.pack(List.of(cube("lead", 5, 40)), CATALOG, PackingObjective.COUNT);
    assertThat(heavy.unpacked()).extracting(Item::id).containsExactly("lead");
  }

  @Test
  @DisplayName("a flat item too tall to stand in the small carton lies down in it; one that must stay upright takes the next size")
  void rotation() {
    Item lying = new Item("poster", 18, 8, 14, 0.5, true);
    assertThat(CARTONIZER.pack(List.of(lying), CATALOG, PackingObjective.COUNT).cartons().get(0).carton().id())
        .isEqualTo("S");
    Item upright = new Item("plant", 18, 8, 14, 0.5, false);
    Packing p = CARTONIZER.pack(List.of(upright), CATALOG, PackingObjective.COUNT);
    assertThat(p.cartons().get(0).carton().id()).isEqualTo("M");
    assertThat(p.cartons().get(0).placements().get(0).dz()).isEqualTo(14);
  }

  @Test
  @DisplayName("the objective decides between cartons that both take everything")
  void objectives() {
    // a cheap big carton and a dear small one: cost takes the big one, count and billable weight the small
    List<Carton> catalog = List.of(new Carton("BIG-CHEAP", 40, 40, 40, 30, 0.20), new Carton("SMALL-DEAR", 20, 20, 20, 30, 2));
    List<Item> items = List.of(cube("a", 10, 1), cube("b", 10, 1));
    assertThat(CARTONIZER.pack(items, catalog, PackingObjective.COST).cartons().get(0).carton().id())
        .isEqualTo("BIG-CHEAP");
    assertThat(CARTONIZER.pack(items, catalog, PackingObjective.COUNT).cartons().get(0).carton().id())
        .isEqualTo("SMALL-DEAR");
    assertThat(CARTONIZER.pack(items, catalog, PackingObjective.BILLABLE_WEIGHT).cartons().get(0).carton().id())
        .isEqualTo("SMALL-DEAR");
  }

  static Gen<Item> items() {
    return integers().between(1, 45).zip(integers().between(1, 35), integers().between(1, 25), integers().between(0, 8),
        booleans().all(), (l, w, h, kg, rot) -> new Item("i", l, w, h, kg, rot));
  }

  @Test
  @DisplayName("every item is placed once or reported; placed items lie inside their carton without overlap; weights hold; upright items stay upright")
  void invariants() {
    qt().withExamples(400).forAll(lists().of(items()).ofSizeBetween(0, 20)).checkAssert(items -> {
      for (PackingObjective objective : PackingObjective.values()) {
        Packing p = CARTONIZER.pack(items, CATALOG, objective);
        Set<Item> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PackedCarton c : p.cartons()) {
          assertThat(c.placements()).isNotEmpty();
          assertThat(c.weight()).isLessThanOrEqualTo(c.carton().maxWeight() + 1e-9);
          for (Placement a : c.placements()) {
            assertThat(seen.add(a.item())).as("placed once").isTrue();
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.z()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.dx()).isLessThanOrEqualTo(c.carton().length() + 1e-9);
            assertThat(a.y() + a.dy()).isLessThanOrEqualTo(c.carton().width() + 1e-9);
            assertThat(a.z() + a.dz()).isLessThanOrEqualTo(c.carton().height() + 1e-9);
            double[] placed = {a.dx(), a.dy(), a.dz()};
            double[] own = {a.item().length(), a.item().width(), a.item().height()};
            java.util.Arrays.sort(placed);
            java.util.Arrays.sort(own);
            assertThat(placed).as("a rotation of the item").containsExactly(own);
            if (!a.item().rotatable()) {
              assertThat(a.dz()).as("this side up").isEqualTo(a.item().height());
            }
            for (Placement b : c.placements()) {
              if (a != b) {
                assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isFalse();
              }
            }
          }
        }
        for (Item u : p.unpacked()) {
          assertThat(seen.add(u)).as("reported once").isTrue();
        }
        assertThat(seen).hasSize(items.size());
        assertThat(p.fillRate()).isBetween(0.0, 1.0 + 1e-9);
      }
    });
  }

  @Test
  @DisplayName("bad items, cartons and catalogs are refused naming the field")
  void bad() {
    assertThatThrownBy(() -> new Item("x", 0, 1, 1, 1, true)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> new Item(" ", 1, 1, 1, 1, true)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> new Carton("C", 1, 1, 1, 0, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("maxWeight");
    assertThatThrownBy(() -> CARTONIZER.pack(List.of(cube("a", 1, 1)), List.of(), PackingObjective.COUNT))
        .isInstanceOf(ValidationException.class).hasMessageContaining("catalog");
    assertThatThrownBy(() -> Cartonizer.withDivisor(0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("divisor");
  }
}
