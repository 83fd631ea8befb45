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

  /** The placements of the items that fit, in the order placed; the others are left out. */
  static List<Placement> fill(Carton carton, List<Item> items) {
    List<Placement> placed = new ArrayList<>();
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0, 0});
    double weight = 0;
    for (Item item : items) {
      if (weight + item.weight() > carton.maxWeight() + EPS) {
        continue;
      }
      points.sort(ORDER);
      Placement chosen = null;
      search:
      for (double[] p : points) {
        for (double[] o : item.orientations()) {
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
      if (chosen != null) {
        placed.add(chosen);
        weight += item.weight();
        addPoints(carton, placed, points, chosen);
      }
    }
    return placed;
  }

  private static void addPoints(Carton carton, List<Placement> placed, List<double[]> points, Placement k) {
    double x = k.x();
    double y = k.y();
    double z = k.z();
    double xw = x + k.dx();
    double yd = y + k.dy();
    double zh = z + k.dz();
    double[][] fresh = {
        {xw, y, z}, {x, yd, z}, {x, y, zh},
        {xw, projectY(placed, xw, y, z), z}, {xw, y, projectZ(placed, xw, y, z)},
        {projectX(placed, x, yd, z), yd, z}, {x, yd, projectZ(placed, x, yd, z)},
        {projectX(placed, x, y, zh), y, zh}, {x, projectY(placed, x, y, zh), zh}};
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
      if (p[0] >= q.x() && p[0] < q.x() + q.dx() && p[1] >= q.y() && p[1] < q.y() + q.dy() && p[2] >= q.z()
          && p[2] < q.z() + q.dz()) {
        return true;
      }
    }
    return false;
  }

  /** Slides (x, y, z) towards x = 0 until it meets an item's far face or the wall. */
  private static double projectX(List<Placement> placed, double x, double y, double z) {
    double best = 0;
    for (Placement q : placed) {
      double face = q.x() + q.dx();
      if (face <= x && face > best && y >= q.y() && y < q.y() + q.dy() && z >= q.z() && z < q.z() + q.dz()) {
        best = face;
      }
    }
    return best;
  }

  private static double projectY(List<Placement> placed, double x, double y, double z) {
    double best = 0;
    for (Placement q : placed) {
      double face = q.y() + q.dy();
      if (face <= y && face > best && x >= q.x() && x < q.x() + q.dx() && z >= q.z() && z < q.z() + q.dz()) {
        best = face;
      }
    }
    return best;
  }

  private static double projectZ(List<Placement> placed, double x, double y, double z) {
    double best = 0;
    for (Placement q : placed) {
      double face = q.z() + q.dz();
      if (face <= z && face > best && x >= q.x() && x < q.x() + q.dx() && y >= q.y() && y < q.y() + q.dy()) {
        best = face;
      }
    }
    return best;
  }
}
