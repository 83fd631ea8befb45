package dev.ecomops.fulfillment.routing;

import dev.ecomops.fulfillment.layout.BlockLayout;
import dev.ecomops.fulfillment.layout.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shortest picker route in a single-block parallel-aisle warehouse, by the dynamic programme
 * of Ratliff and Rosenthal (1983), "Order-picking in a rectangular warehouse: a solvable case of
 * the traveling salesman problem", Operations Research 31(3).
 *
 * <p>A route is a connected multigraph on the aisle ends (a_j front, b_j back), the picks and the
 * depot, in which every vertex has even degree; an Euler tour of it is the walk. The programme
 * builds it aisle by aisle, left to right, alternating two kinds of step. In aisle j it adds one
 * of the vertical configurations that cover the aisle's picks: walk through once, walk through
 * twice, come in from the front to the farthest pick and back, the same from the back, or come in
 * from both ends leaving the largest gap between adjacent picks unwalked (nothing at all for an
 * aisle without picks). Between aisles j and j + 1 it adds 0, 1 or 2 copies of the front and of the
 * back cross-aisle segment. The state after each step is Ratliff and Rosenthal's equivalence class
 * of the partial graph: the degree parity of a_j and b_j, whether each has any edge, and whether
 * they are in one component. A state is dropped when a component would be cut off from the
 * aisles still to come, or an aisle end would keep an odd degree. The cheapest final state with
 * even degrees and one component is the optimum; its configurations are rebuilt from back
 * pointers and walked by Hierholzer's algorithm from the depot. Time and memory are linear in the
 * number of aisles and picks.
 */
final class OptimalRouting implements PickerRouter {
  static final OptimalRouting INSTANCE = new OptimalRouting();

  private static final int NONE = 0;
  private static final int TRAVERSE = 1;
  private static final int DOUBLE = 2;
  private static final int FRONT = 3;
  private static final int BACK = 4;
  private static final int GAP = 5;
  /** Degree each configuration adds at the front end (a) and the back end (b), and whether it joins them. */
  private static final int[] ADD_A = {0, 1, 2, 2, 0, 2};
  private static final int[] ADD_B = {0, 1, 2, 0, 2, 2};
  private static final boolean[] JOINS = {false, true, true, false, false, false};
  /** State bits: parity of a, parity of b, a touched, b touched, a and b connected. */
  private static final int PA = 1;
  private static final int PB = 2;
  private static final int TA = 4;
  private static final int TB = 8;
  private static final int CONN = 16;
  private static final int STATES = 32;

  private OptimalRouting() {}

  @Override
  public String name() {
    return "optimal";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public Route route(BlockLayout layout, List<Position> picks) {
    Aisles grouped = Aisles.of(layout, picks);
    if (grouped.count() == 0) {
      return new Route(name(), 0, List.of());
    }
    int depot = layout.depotAisle();
    int left = Math.min(grouped.aisles[0], depot);
    int right = Math.max(grouped.aisles[grouped.count() - 1], depot);
    int width = right - left + 1;
    // distinct pick offsets per aisle from left to right
    double[][] offsets = new double[width][];
    Arrays.fill(offsets, new double[0]);
    for (int i = 0; i < grouped.count(); i++) {
      offsets[grouped.aisles[i] - left] = Arrays.stream(grouped.picks[i]).mapToDouble(Position::offset).distinct()
          .toArray();
    }
    double length = layout.aisleLength();
    double spacing = layout.aisleSpacing();

    double[][] before = new double[width][STATES];
    double[][] after = new double[width][STATES];
    int[][] toAfter = new int[width][STATES]; // previous state · 8 + configuration
    int[][] toBefore = new int[width][STATES]; // previous state · 9 + front count · 3 + back count
    for (double[] row : before) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    for (double[] row : after) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    before[0][0] = 0;
    for (int j = 0; j < width; j++) {
      double[] y = offsets[j];
      for (int s = 0; s < STATES; s++) {
        if (before[j][s] == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int c = NONE; c <= GAP; c++) {
          double cost = verticalCost(c, y, length);
          if (cost == Double.POSITIVE_INFINITY) {
            continue;
          }
          int next = vertical(s, c);
          double total = before[j][s] + cost;
          if (total < after[j][next]) {
            after[j][next] = total;
            toAfter[j][next] = s * 8 + c;
          }
        }
      }
      if (j == width - 1) {
        break;
      }
      boolean depotHere = left + j == depot;
      for (int s = 0; s < STATES; s++) {
        if (after[j][s] == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int u = 0; u <= 2; u++) {
          for (int t = 0; t <= 2; t++) {
            int next = horizontal(s, u, t, depotHere);
            if (next < 0) {
              continue;
            }
            double total = after[j][s] + (u + t) * spacing;
            if (total < before[j + 1][next]) {
              before[j + 1][next] = total;
              toBefore[j + 1][next] = s * 9 + u * 3 + t;
            }
          }
        }
      }
    }
    int end = -1;
    for (int s = 0; s < STATES; s++) {
      if (after[width - 1][s] < Double.POSITIVE_INFINITY && complete(s, right == depot)
          && (end < 0 || after[width - 1][s] < after[width - 1][end])) {
        end = s;
      }
    }
    if (end < 0) {
      throw new IllegalStateException("no closed route; the programme's transitions are incomplete");
    }
    int[] config = new int[width];
    int[] front = new int[width];
    int[] back = new int[width];
    int s = end;
    for (int j = width - 1; j >= 0; j--) {
      config[j] = toAfter[j][s] % 8;
      s = toAfter[j][s] / 8;
      if (j > 0) {
        int h = toBefore[j][s];
        front[j - 1] = h % 9 / 3;
        back[j - 1] = h % 3;
        s = h / 9;
      }
    }
    return tour(layout, grouped, left, offsets, config, front, back);
  }

  /** The length a configuration adds in an aisle with the given pick offsets; +∞ when it does not apply. */
  private static double verticalCost(int c, double[] y, double length) {
    int k = y.length;
    return switch (c) {
      case NONE -> k == 0 ? 0 : Double.POSITIVE_INFINITY;
      case TRAVERSE -> length;
      case DOUBLE -> 2 * length;
      case FRONT -> k >= 1 ? 2 * y[k - 1] : Double.POSITIVE_INFINITY;
      case BACK -> k >= 1 ? 2 * (length - y[0]) : Double.POSITIVE_INFINITY;
      default -> k >= 2 ? 2 * (length - y[largestGap(y)] + y[largestGap(y) - 1]) : Double.POSITIVE_INFINITY;
    };
  }

  /** The index i of the largest gap between y[i − 1] and y[i] (1 ≤ i < k). */
  private static int largestGap(double[] y) {
    int best = 1;
    for (int i = 2; i < y.length; i++) {
      if (y[i] - y[i - 1] > y[best] - y[best - 1]) {
        best = i;
      }
    }
    return best;
  }

  private static int vertical(int s, int c) {
    boolean ta = (s & TA) != 0 || ADD_A[c] > 0;
    boolean tb = (s & TB) != 0 || ADD_B[c] > 0;
    boolean conn = JOINS[c] || (s & CONN) != 0;
    int pa = ((s & PA) != 0 ? 1 : 0) ^ (ADD_A[c] & 1);
    int pb = ((s & PB) != 0 ? 1 : 0) ^ (ADD_B[c] & 1);
    return pa * PA + pb * PB + (ta ? TA : 0) + (tb ? TB : 0) + (conn && ta && tb ? CONN : 0);
  }

  /** The state at aisle j + 1 after u front and t back cross-aisle copies from aisle j; −1 if not allowed. */
  private static int horizontal(int s, int u, int t, boolean depotHere) {
    boolean ta = (s & TA) != 0;
    boolean tb = (s & TB) != 0;
    boolean conn = (s & CONN) != 0;
    int pa = (s & PA) != 0 ? 1 : 0;
    int pb = (s & PB) != 0 ? 1 : 0;
    if ((pa + u) % 2 != 0 || (pb + t) % 2 != 0) {
      return -1; // a_j's and b_j's degrees are final now, and must be even
    }
    if (ta && !(u > 0 || conn && t > 0) || tb && !(t > 0 || conn && u > 0)) {
      return -1; // a component would be cut off from the aisles to come
    }
    if (depotHere && !ta && u == 0) {
      return -1; // the depot must be on the route
    }
    if (!ta && !tb && u == 0 && t == 0) {
      return -1; // nothing carries on
    }
    return (u % 2) * PA + (t % 2) * PB + (u > 0 ? TA : 0) + (t > 0 ? TB : 0) + (u > 0 && t > 0 && conn ? CONN : 0);
  }

  private static boolean complete(int s, boolean depotHere) {
    boolean ta = (s & TA) != 0;
    boolean tb = (s & TB) != 0;
    return (s & (PA | PB)) == 0 && (ta || tb) && (!(ta && tb) || (s & CONN) != 0) && (!depotHere || ta);
  }

  /** Builds the chosen multigraph and walks it from the depot (Hierholzer). */
  private Route tour(BlockLayout layout, Aisles grouped, int left, double[][] offsets, int[] config, int[] front,
      int[] back) {
    int width = offsets.length;
    double length = layout.aisleLength();
    int[][] chain = new int[width][];
    int vertices = 0;
    for (int j = 0; j < width; j++) {
      chain[j] = new int[offsets[j].length + 2];
      for (int i = 0; i < chain[j].length; i++) {
        chain[j][i] = vertices++;
      }
    }
    Graph g = new Graph(vertices);
    for (int j = 0; j < width; j++) {
      double[] y = offsets[j];
      int m = y.length;
      double[] at = new double[m + 2];
      System.arraycopy(y, 0, at, 1, m);
      at[m + 1] = length;
      int skip = config[j] == GAP ? largestGap(y) : -1; // segment (chain index) left out
      for (int seg = 0; seg <= m; seg++) {
        int copies = switch (config[j]) {
          case TRAVERSE -> 1;
          case DOUBLE -> 2;
          case FRONT -> seg < m ? 2 : 0;
          case BACK -> seg > 0 ? 2 : 0;
          case GAP -> seg == skip ? 0 : 2;
          default -> 0;
        };
        for (int c = 0; c < copies; c++) {
          g.add(chain[j][seg], chain[j][seg + 1], at[seg + 1] - at[seg]);
        }
      }
      if (j < width - 1) {
        for (int c = 0; c < front[j]; c++) {
          g.add(chain[j][0], chain[j + 1][0], layout.aisleSpacing());
        }
        for (int c = 0; c < back[j]; c++) {
          g.add(chain[j][m + 1], chain[j + 1][offsets[j + 1].length + 1], layout.aisleSpacing());
        }
      }
    }
    // which input picks sit at each pick vertex
    List<List<Position>> at = new ArrayList<>();
    for (int v = 0; v < vertices; v++) {
      at.add(null);
    }
    for (int i = 0; i < grouped.count(); i++) {
      int j = grouped.aisles[i] - left;
      for (Position p : grouped.picks[i]) {
        int v = chain[j][1 + Arrays.binarySearch(offsets[j], p.offset())];
        if (at.get(v) == null) {
          at.set(v, new ArrayList<>());
        }
        at.get(v).add(p);
      }
    }
    List<Position> visits = new ArrayList<>();
    for (int v : g.eulerCircuit(chain[layout.depotAisle() - left][0])) {
      List<Position> here = at.get(v);
      if (here != null) {
        visits.addAll(here);
        at.set(v, null);
      }
    }
    return new Route(name(), g.total(), visits);
  }

  /** A small multigraph with an Euler circuit. */
  private static final class Graph {
    private final List<List<Integer>> incident = new ArrayList<>();
    private final List<int[]> ends = new ArrayList<>();
    private double total;

    Graph(int vertices) {
      for (int v = 0; v < vertices; v++) {
        incident.add(new ArrayList<>());
      }
    }

    void add(int a, int b, double length) {
      int id = ends.size();
      ends.add(new int[] {a, b});
      incident.get(a).add(id);
      incident.get(b).add(id);
      total += length;
    }

    double total() {
      return total;
    }

    /** Hierholzer's algorithm: the vertices of a closed walk using every edge once, from {@code start}. */
    List<Integer> eulerCircuit(int start) {
      boolean[] used = new boolean[ends.size()];
      int[] next = new int[incident.size()];
      List<Integer> circuit = new ArrayList<>();
      int[] stack = new int[ends.size() + 1];
      int top = 0;
      stack[top++] = start;
      while (top > 0) {
        int v = stack[top - 1];
        List<Integer> edges = incident.get(v);
        while (next[v] < edges.size() && used[edges.get(next[v])]) {
          next[v]++;
        }
        if (next[v] == edges.size()) {
          circuit.add(v);
          top--;
        } else {
          int e = edges.get(next[v]);
          used[e] = true;
          int[] ab = ends.get(e);
          stack[top++] = ab[0] == v ? ab[1] : ab[0];
        }
      }
      return circuit;
    }
  }
}
