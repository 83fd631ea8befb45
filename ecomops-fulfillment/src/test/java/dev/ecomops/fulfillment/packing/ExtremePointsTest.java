package dev.ecomops.fulfillment.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("extreme-point fill of one carton")
class ExtremePointsTest {
  private static final Carton BOX = new Carton("B", 10, 10, 10, 100, 1);

  /** A 10×10×9 block (leaving a 1 cm layer on top), then {@code misses} 2×2×2 cubes that fit only by volume, then a 1 cm tile. */
  private static List<Item> blockThenMissesThenTile(int misses) {
    List<Item> items = new ArrayList<>();
    items.add(new Item("block", 10, 10, 9, 1, false));
    for (int i = 0; i < misses; i++) {
      items.add(new Item("cube" + i, 2, 2, 2, 0.1, true));
    }
    items.add(new Item("tile", 10, 10, 1, 0.1, false));
    return items;
  }

  @Test
  @DisplayName("a carton counts as full after MAX_MISSES items in a row fail to fit, so filling from n left-over items costs O(1) searches, not O(n)")
  void boundedSearch() {
    // the cubes' 8 cm³ fit the 100 cm³ left by volume but not in the 1 cm layer: each is a real search
    List<Placement> under = ExtremePoints.fill(BOX, blockThenMissesThenTile(ExtremePoints.MAX_MISSES - 1));
    assertThat(under).extracting(p -> p.item().id()).containsExactly("block", "tile");
    List<Placement> over = ExtremePoints.fill(BOX, blockThenMissesThenTile(ExtremePoints.MAX_MISSES));
    assertThat(over).extracting(p -> p.item().id()).containsExactly("block");
  }

  @Test
  @DisplayName("items too large for the volume or weight left are passed over without a search, and do not count as misses")
  void cheapRefusals() {
    List<Item> items = new ArrayList<>();
    items.add(new Item("block", 10, 10, 9, 1, false));
    for (int i = 0; i < 3 * ExtremePoints.MAX_MISSES; i++) {
      items.add(new Item("big" + i, 5, 5, 5, 0.1, true)); // 125 cm³ > the 100 left
    }
    items.add(new Item("tile", 10, 10, 1, 0.1, false));
    assertThat(ExtremePoints.fill(BOX, items)).extracting(p -> p.item().id()).containsExactly("block", "tile");
  }
}
