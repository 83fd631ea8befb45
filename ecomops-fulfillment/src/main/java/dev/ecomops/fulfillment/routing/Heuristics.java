package dev.ecomops.fulfillment.routing;

import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.Position;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** The heuristic routing methods, each a walk over the aisles with picks from left to right. */
final class Heuristics implements PickerRouter {
  static final Heuristics S_SHAPE = new Heuristics("sshape", Heuristics::sShape);
  static final Heuristics RETURN = new Heuristics("return", Heuristics::returning);
  static final Heuristics MIDPOINT = new Heuristics("midpoint", (l, a) -> split(l, a, "midpoint", false));
  static final Heuristics LARGEST_GAP = new Heuristics("largest-gap", (l, a) -> split(l, a, "largest-gap", true));
  static final Heuristics COMBINED = new Heuristics("combined", Heuristics::combined);

  private final String name;
  private final BiFunction<WarehouseLayout, Aisles, Route> walk;

  private Heuristics(String name, BiFunction<WarehouseLayout, Aisles, Route> walk) {
    this.name = name;
    this.walk = walk;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  @Override
  public Route route(WarehouseLayout layout, List<Position> picks) {
    if (layout.blocks() > 1) {
      throw ValidationException.of("blocks", "must be 1 for " + name + " (route several blocks with optimal)",
          layout.blocks());
    }
    return walk.apply(layout, Aisles.of(layout, picks));
  }

  private static Route sShape(WarehouseLayout layout, Aisles a) {
    Walk w = new Walk(layout);
    for (int i = 0; i < a.count(); i++) {
      w.across(a.aisles[i]);
      boolean front = w.atFront();
      w.pickAll(a.picks[i], front);
      if (front && i == a.count() - 1) {
        w.along(0); // an odd count: the last aisle is left the way it was entered
      } else {
        w.along(front ? layout.aisleLength() : 0);
      }
    }
    return w.home("sshape");
  }

  private static Route returning(WarehouseLayout layout, Aisles a) {
    Walk w = new Walk(layout);
    for (int i = 0; i < a.count(); i++) {
      w.across(a.aisles[i]).pickAll(a.picks[i], true).along(0);
    }
    return w.home("return");
  }

  /**
   * Midpoint and largest gap: the first aisle up, the middle aisles' back parts from the back
   * cross aisle going right, the last aisle down, the middle aisles' front parts going left.
   */
  private static Route split(WarehouseLayout layout, Aisles a, String method, boolean largestGap) {
    if (a.count() < 2) {
      Route r = returning(layout, a);
      return new Route(method, r.length(), r.visits());
    }
    double length = layout.aisleLength();
    int last = a.count() - 1;
    // per middle aisle: picks [0, cut) from the front, [cut, k) from the back
    int[] cut = new int[a.count()];
    for (int i = 1; i < last; i++) {
      Position[] p = a.picks[i];
      if (largestGap) {
        int best = p.length; // the gap above the last pick: everything from the front
        double widest = length - p[p.length - 1].offset();
        if (p[0].offset() > widest) {
          best = 0;
          widest = p[0].offset();
        }
        for (int k = 1; k < p.length; k++) {
          double gap = p[k].offset() - p[k - 1].offset();
          if (gap > widest) {
            widest = gap;
            best = k;
          }
        }
        cut[i] = best;
      } else {
        int k = 0;
        while (k < p.length && p[k].offset() <= length / 2) {
          k++;
        }
        cut[i] = k;
      }
    }
    Walk w = new Walk(layout);
    w.across(a.aisles[0]).pickAll(a.picks[0], true).along(length);
    for (int i = 1; i < last; i++) {
      Position[] p = a.picks[i];
      if (cut[i] < p.length) {
        w.across(a.aisles[i]).pickAll(Arrays.copyOfRange(p, cut[i], p.length), false).along(length);
      }
    }
    w.across(a.aisles[last]).pickAll(a.picks[last], false).along(0);
    for (int i = last - 1; i >= 1; i--) {
      if (cut[i] > 0) {
        w.across(a.aisles[i]).pickAll(Arrays.copyOfRange(a.picks[i], 0, cut[i]), true).along(0);
      }
    }
    return w.home(method);
  }

  /**
   * Dynamic programme over the aisles with picks: cost[s] is the shortest way to have served
   * aisles 0..i and stand at the front (s = 0) or back (s = 1) of aisle i; the route must end at
   * the front.
   */
  private static Route combined(WarehouseLayout layout, Aisles a) {
    int n = a.count();
    if (n == 0) {
      return new Walk(layout).home("combined");
    }
    double length = layout.aisleLength();
    double[][] cost = new double[n][2];
    boolean[][] traverse = new boolean[n][2]; // how aisle i was served to end on side s
    for (int i = 0; i < n; i++) {
      double move = i == 0 ? 0 : (a.aisles[i] - a.aisles[i - 1]) * layout.aisleSpacing();
      double fromFront = i == 0 ? 0 : cost[i - 1][0] + move;
      double fromBack = i == 0 ? Double.POSITIVE_INFINITY : cost[i - 1][1] + move;
      double returnFront = fromFront + 2 * a.highest(i);
      double traverseUp = fromFront + length;
      double returnBack = fromBack + 2 * (length - a.lowest(i));
      double traverseDown = fromBack + length;
      cost[i][0] = Math.min(returnFront, traverseDown);
      traverse[i][0] = traverseDown < returnFront;
      cost[i][1] = Math.min(returnBack, traverseUp);
      traverse[i][1] = traverseUp <= returnBack;
    }
    boolean[] plan = new boolean[n]; // whether aisle i is traversed
    int side = 0;
    for (int i = n - 1; i >= 0; i--) {
      plan[i] = traverse[i][side];
      if (plan[i]) {
        side = 1 - side;
      }
    }
    Walk w = new Walk(layout);
    for (int i = 0; i < n; i++) {
      w.across(a.aisles[i]);
      boolean front = w.atFront();
      w.pickAll(a.picks[i], front);
      w.along(plan[i] == front ? length : 0);
    }
    return w.home("combined");
  }
}
