package dev.ecomops.fulfillment.routing;

import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import java.util.Arrays;
import java.util.List;

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
    // sorted once by aisle then offset (Position's order), then cut into aisles: routing calls this
    // for every candidate batch, so no maps or lists per call
    Position[] sorted = picks.toArray(new Position[0]);
    for (Position p : sorted) {
      layout.check(p);
    }
    Arrays.sort(sorted);
    int count = 0;
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k].aisle() != sorted[k - 1].aisle()) {
        count++;
      }
    }
    int[] aisles = new int[count];
    Position[][] grouped = new Position[count][];
    int from = 0;
    for (int i = 0; i < count; i++) {
      int to = from + 1;
      while (to < sorted.length && sorted[to].aisle() == sorted[from].aisle()) {
        to++;
      }
      aisles[i] = sorted[from].aisle();
      grouped[i] = Arrays.copyOfRange(sorted, from, to);
      from = to;
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
