package dev.ecomops.fulfillment.packing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills one carton by the extreme-point first-fit rule of Crainic, Perboli and Tadei (2008),
 * "Extreme point-based heuristics for three-dimensional bin packing", INFORMS Journal on
 * Computing 20(3). Items are tried in the order given; each goes to the first extreme point
 * (lowest, then nearest the back wall, then nearest the side wall) and the first orientation at
 * which it lies inside the carton, overlaps no item and keeps the weight limit. Placing an item at
 * (x, y, z) with size (w, d, h) adds its three outer corners and their projections onto the
 * nearest surfaces below and behind them (the six projections of the paper), so that items settle
 * into the gaps others leave.
 */
final class ExtremePoints {
  private static final double EPS = 1e-9;
  private static final Comparator<double[]> ORDER = Comparator.<double[]>comparingDouble(p -> p[2])
      .thenComparingDouble(p -> p[1]).thenComparingDouble(p -> p[0]);

  private ExtremePoints() {}

  /**
   * Items searched in a row without placing one, after which the carton counts as full. A carton
   * holds tens of items; without the bound, filling one from thousands of small left-over items
   * searched every one of them, and a packing of n items took time in n².
   */
  static final int MAX_MISSES = 1000;

  /**
   * The placements of the items that fit, in the order placed; the others are left out.
   *
   * <p>Cost: an item is only searched for when its volume and weight still fit what the carton has
   * left, and the search stops once the smallest item left over could not; so a carton filled from
   * thousands of items costs about what its own items cost, plus one cheap look at each other item.
   */
  static List<Placement> fill(Carton carton, List<Item> items) {
    List<Placement> placed = new ArrayList<>();
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0, 0});
    double weight = 0;
    double freeVolume = carton.volume();
    // the smallest volume and weight from each position on: once even they cannot fit, stop
    double[] minVolumeFrom = new double[items.size() + 1];
    double[] minWeightFrom = new double[items.size() + 1];
    minVolumeFrom[items.size()] = Double.POSITIVE_INFINITY;
    minWeightFrom[items.size()] = Double.POSITIVE_INFINITY;
    for (int i = items.size() - 1; i >= 0; i--) {
      minVolumeFrom[i] = Math.min(minVolumeFrom[i + 1], items.get(i).volume());
      minWeightFrom[i] = Math.min(minWeightFrom[i + 1], items.get(i).weight());
    }
    boolean pointsSorted = true;
    int misses = 0;
    for (int i = 0; i < items.size() && misses < MAX_MISSES; i++) {
      if (minVolumeFrom[i] > freeVolume * (1 + EPS) + EPS || weight + minWeightFrom[i] > carton.maxWeight() + EPS) {
        break;
      }
      Item item = items.get(i);
      if (weight + item.weight() > carton.maxWeight() + EPS || item.volume() > freeVolume * (1 + EPS) + EPS) {
        continue;
      }
      if (!pointsSorted) {
        points.sort(ORDER);
        pointsSorted = true;
      }
      Placement chosen = null;
      double[][] orientations = item.orientations(); // once per item, not per point tried
      search:
      for (double[] p : points) {
        for (double[] o : orientations) {
          if (p[0] + o[0] > carton.length() + EPS || p[1] + o[1] > carton.width() + EPS
              || p[2] + o[2] > carton.height() + EPS) {
            continue;
          }
          Placement candidate = new Placement(item, p[0], p[1], p[2], o[0], o[1], o[2]);
          boolean free = true;
          for (Placement q : placed) {
            if (candidate.overlaps(q)) {
              free = false;
              break;
            }
          }
          if (free) {
            chosen = candidate;
            break search;
          }
        }
      }
      if (chosen == null) {
        misses++;
      } else {
        misses = 0;
        placed.add(chosen);
        weight += item.weight();
        freeVolume -= item.volume();
        addPoints(carton, placed, points, chosen);
        pointsSorted = false;
      }
    }
    return placed;
  }

  private static void addPoints(Carton carton, List<Placement> placed, List<double[]> points, Placement k) {
    double[] origin = {k.x(), k.y(), k.z()};
    List<double[]> fresh = new ArrayList<>(9);
    // each outer corner of k (origin pushed along one axis), itself and slid back along the other two axes
    for (int axis = 0; axis < 3; axis++) {
      double[] corner = origin.clone();
      corner[axis] += k.size(axis);
      fresh.add(corner);
      fresh.add(slide(placed, corner, (axis + 1) % 3));
      fresh.add(slide(placed, corner, (axis + 2) % 3));
    }
    points.removeIf(p -> occupied(placed, p));
    for (double[] p : fresh) {
      if (p[0] < carton.length() - EPS && p[1] < carton.width() - EPS && p[2] < carton.height() - EPS
          && !occupied(placed, p) && points.stream().noneMatch(q -> q[0] == p[0] && q[1] == p[1] && q[2] == p[2])) {
        points.add(p);
      }
    }
  }

  /** Whether a point lies in an item's box (its near faces included, its far faces not). */
  private static boolean occupied(List<Placement> placed, double[] p) {
    for (Placement q : placed) {
      if (spans(q, p, 0) && spans(q, p, 1) && spans(q, p, 2)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the point's coordinate on an axis falls within the item's extent there (near face in, far face out). */
  private static boolean spans(Placement q, double[] p, int axis) {
    return p[axis] >= q.at(axis) && p[axis] < q.at(axis) + q.size(axis);
  }

  /** A copy of the point slid towards 0 along an axis until it meets an item's far face or the wall. */
  private static double[] slide(List<Placement> placed, double[] p, int axis) {
    double best = 0;
    for (Placement q : placed) {
      double face = q.at(axis) + q.size(axis);
      if (face <= p[axis] && face > best && spans(q, p, (axis + 1) % 3) && spans(q, p, (axis + 2) % 3)) {
        best = face;
      }
    }
    double[] out = p.clone();
    out[axis] = best;
    return out;
  }
}
