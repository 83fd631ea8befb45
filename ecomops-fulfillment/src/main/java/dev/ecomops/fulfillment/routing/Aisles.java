package dev.ecomops.fulfillment.routing;

import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/** A pick list grouped by aisle, offsets ascending within each; checked against the layout. */
final class Aisles {
  /** The aisles with picks, ascending. */
  final int[] aisles;
  /** Per aisle with picks (same index), its picks by offset. */
  final Position[][] picks;

  private Aisles(int[] aisles, Position[][] picks) {
    this.aisles = aisles;
    this.picks = picks;
  }

  static Aisles of(WarehouseLayout layout, List<Position> picks) {
    TreeMap<Integer, List<Position>> by = new TreeMap<>();
    for (Position p : picks) {
      layout.check(p);
      by.computeIfAbsent(p.aisle(), k -> new ArrayList<>()).add(p);
    }
    int[] aisles = new int[by.size()];
    Position[][] grouped = new Position[by.size()][];
    int i = 0;
    for (var e : by.entrySet()) {
      aisles[i] = e.getKey();
      grouped[i] = e.getValue().toArray(Position[]::new);
      Arrays.sort(grouped[i]);
      i++;
    }
    return new Aisles(aisles, grouped);
  }

  int count() {
    return aisles.length;
  }

  double lowest(int i) {
    return picks[i][0].offset();
  }

  double highest(int i) {
    return picks[i][picks[i].length - 1].offset();
  }
}
