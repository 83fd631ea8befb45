package dev.ecomops.fulfillment.routing;

import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortest picker route in a parallel-aisle warehouse, by the dynamic programme of Ratliff
 * and Rosenthal (1983), "Order-picking in a rectangular warehouse: a solvable case of the traveling
 * salesman problem", Operations Research 31(3), extended to several blocks in the way Roodbergen
 * and De Koster (2001), "Routing order pickers in a warehouse with a middle aisle", EJOR 133(1),
 * extend it to two: the boundary carries one node per cross aisle instead of two.
 *
 * <p>A route is a connected multigraph on the aisles' cross-aisle nodes, the picks and the depot
 * in which every vertex has even degree; an Euler tour of it is the walk. The programme builds it
 * aisle by aisle, left to right, alternating two kinds of step. In aisle j each block's stretch of
 * aisle takes one of the vertical configurations that cover its picks: walk through once, walk
 * through twice, come in from the lower cross aisle to the farthest pick and back, the same from
 * the upper one, or come in from both leaving the largest gap between adjacent picks unwalked
 * (nothing at all without picks). Between aisles j and j + 1 each cross aisle gets 0, 1 or 2 copies
 * of its segment. The state after each step is the equivalence class of the partial graph: per
 * cross-aisle node of aisle j, its degree parity and whether it has any edge, and which of those
 * nodes are in one component. A state is dropped when a component would be cut off from the
 * aisles to come or a node would keep an odd degree. The cheapest final state with even degrees
 * and one component is the optimum; its choices are rebuilt from back pointers and walked by
 * Hierholzer's algorithm from the depot. Time is linear in aisles and picks; the number of states
 * grows quickly with blocks, so at most 4 blocks are accepted.
 */
final class OptimalRouting implements PickerRouter {
  static final OptimalRouting INSTANCE = new OptimalRouting();
  static final int MAX_BLOCKS = 4;

  private static final int NONE = 0;
  private static final int TRAVERSE = 1;
  private static final int DOUBLE = 2;
  private static final int FRONT = 3;
  private static final int BACK = 4;
  private static final int GAP = 5;
  private static final int CONFIGS = 6;
  /** Degree each configuration adds at a block's lower node and upper node, and whether it joins them. */
  private static final int[] ADD_LOW = {0, 1, 2, 2, 0, 2};
  private static final int[] ADD_HIGH = {0, 1, 2, 0, 2, 2};
  private static final boolean[] JOINS = {false, true, true, false, false, false};

  /** The cost of reaching a state, and how. */
  private record Step(double cost, long previous, int choice) {}

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
  public Route route(WarehouseLayout layout, List<Position> picks) {
    if (layout.blocks() > MAX_BLOCKS) {
      throw ValidationException.of("blocks", "must be at most " + MAX_BLOCKS + " for optimal routing", layout.blocks());
    }
    Aisles grouped = Aisles.of(layout, picks);
    if (grouped.count() == 0) {
      return new Route(name(), 0, List.of());
    }
    int blocks = layout.blocks();
    int depot = layout.depotAisle();
    int left = Math.min(grouped.aisles[0], depot);
    int right = Math.max(grouped.aisles[grouped.count() - 1], depot);
    int width = right - left + 1;
    double[][][] offsets = offsets(layout, grouped, left, width);
    States states = new States(blocks + 1);
    double length = layout.aisleLength();

    List<Map<Long, Step>> after = new ArrayList<>();
    List<Map<Long, Step>> before = new ArrayList<>();
    Map<Long, Step> start = new HashMap<>();
    start.put(0L, new Step(0, -1, -1));
    before.add(start);
    int combos = (int) Math.pow(CONFIGS, blocks);
    int horizontals = (int) Math.pow(3, blocks + 1);
    for (int j = 0; j < width; j++) {
      double[][] cost = new double[blocks][CONFIGS];
      for (int t = 0; t < blocks; t++) {
        for (int c = 0; c < CONFIGS; c++) {
          cost[t][c] = verticalCost(c, offsets[j][t], length);
        }
      }
      Map<Long, Step> next = new HashMap<>();
      for (Map.Entry<Long, Step> e : before.get(j).entrySet()) {
        combos:
        for (int combo = 0; combo < combos; combo++) {
          double total = e.getValue().cost();
          for (int t = 0, rest = combo; t < blocks; t++, rest /= CONFIGS) {
            total += cost[t][rest % CONFIGS];
            if (total == Double.POSITIVE_INFINITY) {
              continue combos;
            }
          }
          relax(next, states.vertical(e.getKey(), combo, blocks), total, e.getKey(), combo);
        }
      }
      after.add(next);
      if (j == width - 1) {
        break;
      }
      boolean depotHere = left + j == depot;
      Map<Long, Step> following = new HashMap<>();
      for (Map.Entry<Long, Step> e : next.entrySet()) {
        for (int h = 0; h < horizontals; h++) {
          long s = states.horizontal(e.getKey(), h, depotHere);
          if (s >= 0) {
            relax(following, s, e.getValue().cost() + states.copies(h) * layout.aisleSpacing(), e.getKey(), h);
          }
        }
      }
      before.add(following);
    }
    long end = -1;
    Step best = null;
    for (Map.Entry<Long, Step> e : after.get(width - 1).entrySet()) {
      if (states.complete(e.getKey(), right == depot) && (best == null || e.getValue().cost() < best.cost())) {
        best = e.getValue();
        end = e.getKey();
      }
    }
    if (best == null) {
      throw new IllegalStateException("no closed route; the programme's transitions are incomplete");
    }
    int[] vertical = new int[width];
    int[] horizontal = new int[width];
    long s = end;
    for (int j = width - 1; j >= 0; j--) {
      Step v = after.get(j).get(s);
      vertical[j] = v.choice();
      s = v.previous();
      if (j > 0) {
        Step h = before.get(j).get(s);
        horizontal[j - 1] = h.choice();
        s = h.previous();
      }
    }
    return tour(layout, grouped, left, offsets, vertical, horizontal);
  }

  private static void relax(Map<Long, Step> map, long state, double cost, long previous, int choice) {
    Step known = map.get(state);
    if (known == null || cost < known.cost()) {
      map.put(state, new Step(cost, previous, choice));
    }
  }

  /** Distinct pick offsets per aisle and block, relative to the block's lower cross aisle. */
  private static double[][][] offsets(WarehouseLayout layout, Aisles grouped, int left, int width) {
    int blocks = layout.blocks();
    double[][][] out = new double[width][blocks][];
    for (double[][] aisle : out) {
      Arrays.fill(aisle, new double[0]);
    }
    for (int i = 0; i < grouped.count(); i++) {
      int j = grouped.aisles[i] - left;
      for (int t = 0; t < blocks; t++) {
        int block = t;
        out[j][t] = Arrays.stream(grouped.picks[i]).filter(p -> blockOf(layout, p) == block)
            .mapToDouble(p -> p.offset() - layout.crossAisle(block)).distinct().sorted().toArray();
      }
    }
    return out;
  }

  private static int blockOf(WarehouseLayout layout, Position p) {
    return Math.min((int) Math.floor(p.offset() / layout.aisleLength()), layout.blocks() - 1);
  }

  /** The length a configuration adds in a block's stretch of aisle; +∞ when it does not apply. */
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

  /**
   * The equivalence classes, packed in a long: per node k (cross aisle k of the current aisle) a
   * parity bit (bit k), a touched bit (bit n + k) and a 3-bit component label (bits 2n + 3k), labels
   * numbered in order of first appearance among touched nodes.
   */
  private static final class States {
    private final int n;

    States(int nodes) {
      this.n = nodes;
    }

    private int parity(long s, int k) {
      return (int) (s >> k) & 1;
    }

    private boolean touched(long s, int k) {
      return ((s >> (n + k)) & 1) != 0;
    }

    private int label(long s, int k) {
      return (int) (s >> (2 * n + 3 * k)) & 7;
    }

    /** Packs parities, touched flags and component ids (any ints), relabelling canonically. */
    private long pack(int[] parity, boolean[] touched, int[] component) {
      long s = 0;
      int[] seen = new int[n];
      int labels = 0;
      for (int k = 0; k < n; k++) {
        s |= (long) parity[k] << k;
        if (touched[k]) {
          s |= 1L << (n + k);
          int label = -1;
          for (int q = 0; q < k; q++) {
            if (touched[q] && component[q] == component[k]) {
              label = seen[q];
              break;
            }
          }
          if (label < 0) {
            label = labels++;
          }
          seen[k] = label;
          s |= (long) label << (2 * n + 3 * k);
        }
      }
      return s;
    }

    long vertical(long s, int combo, int blocks) {
      int[] parity = new int[n];
      boolean[] touched = new boolean[n];
      int[] component = new int[n];
      for (int k = 0; k < n; k++) {
        parity[k] = parity(s, k);
        touched[k] = touched(s, k);
        component[k] = touched[k] ? label(s, k) : n + k;
      }
      for (int t = 0, rest = combo; t < blocks; t++, rest /= CONFIGS) {
        int c = rest % CONFIGS;
        if (ADD_LOW[c] > 0) {
          touched[t] = true;
          parity[t] ^= ADD_LOW[c] & 1;
        }
        if (ADD_HIGH[c] > 0) {
          touched[t + 1] = true;
          parity[t + 1] ^= ADD_HIGH[c] & 1;
        }
        if (JOINS[c]) {
          int from = component[t + 1];
          int to = component[t];
          for (int k = 0; k < n; k++) {
            if (component[k] == from) {
              component[k] = to;
            }
          }
        }
      }
      return pack(parity, touched, component);
    }

    /** Copies of cross-aisle segments in horizontal choice h (base 3, one digit per node). */
    int copies(int h) {
      int sum = 0;
      for (int k = 0; k < n; k++, h /= 3) {
        sum += h % 3;
      }
      return sum;
    }

    /** The state at the next aisle after horizontal choice h; −1 when not allowed. */
    long horizontal(long s, int h, boolean depotHere) {
      int[] count = new int[n];
      boolean any = false;
      for (int k = 0, rest = h; k < n; k++, rest /= 3) {
        count[k] = rest % 3;
        if ((parity(s, k) + count[k]) % 2 != 0) {
          return -1; // the node's degree is final now, and must be even
        }
        any |= count[k] > 0 || touched(s, k);
      }
      if (!any || depotHere && !touched(s, 0) && count[0] == 0) {
        return -1; // nothing carries on, or the depot is left off the route
      }
      for (int k = 0; k < n; k++) {
        if (touched(s, k)) {
          boolean continues = false;
          for (int q = 0; q < n; q++) {
            continues |= touched(s, q) && label(s, q) == label(s, k) && count[q] > 0;
          }
          if (!continues) {
            return -1; // a component would be cut off from the aisles to come
          }
        }
      }
      int[] parity = new int[n];
      boolean[] touched = new boolean[n];
      int[] component = new int[n];
      for (int k = 0; k < n; k++) {
        parity[k] = count[k] % 2;
        touched[k] = count[k] > 0;
        component[k] = touched(s, k) ? label(s, k) : n + k;
      }
      return pack(parity, touched, component);
    }

    boolean complete(long s, boolean depotHere) {
      boolean any = false;
      for (int k = 0; k < n; k++) {
        if (parity(s, k) != 0 || touched(s, k) && label(s, k) != 0) {
          return false;
        }
        any |= touched(s, k);
      }
      return any && (!depotHere || touched(s, 0));
    }
  }

  /** Builds the chosen multigraph and walks it from the depot (Hierholzer). */
  private Route tour(WarehouseLayout layout, Aisles grouped, int left, double[][][] offsets, int[] vertical,
      int[] horizontal) {
    int width = offsets.length;
    int blocks = layout.blocks();
    double length = layout.aisleLength();
    int[][] cross = new int[width][blocks + 1];
    int[][][] pickNode = new int[width][blocks][];
    int vertices = 0;
    for (int j = 0; j < width; j++) {
      for (int k = 0; k <= blocks; k++) {
        cross[j][k] = vertices++;
      }
      for (int t = 0; t < blocks; t++) {
        pickNode[j][t] = new int[offsets[j][t].length];
        for (int i = 0; i < pickNode[j][t].length; i++) {
          pickNode[j][t][i] = vertices++;
        }
      }
    }
    Graph g = new Graph(vertices);
    for (int j = 0; j < width; j++) {
      for (int t = 0, rest = vertical[j]; t < blocks; t++, rest /= CONFIGS) {
        int config = rest % CONFIGS;
        double[] y = offsets[j][t];
        int m = y.length;
        int[] chain = new int[m + 2];
        double[] at = new double[m + 2];
        chain[0] = cross[j][t];
        chain[m + 1] = cross[j][t + 1];
        at[m + 1] = length;
        for (int i = 0; i < m; i++) {
          chain[i + 1] = pickNode[j][t][i];
          at[i + 1] = y[i];
        }
        int skip = config == GAP ? largestGap(y) : -1;
        for (int seg = 0; seg <= m; seg++) {
          int copies = switch (config) {
            case TRAVERSE -> 1;
            case DOUBLE -> 2;
            case FRONT -> seg < m ? 2 : 0;
            case BACK -> seg > 0 ? 2 : 0;
            case GAP -> seg == skip ? 0 : 2;
            default -> 0;
          };
          for (int c = 0; c < copies; c++) {
            g.add(chain[seg], chain[seg + 1], at[seg + 1] - at[seg]);
          }
        }
      }
      if (j < width - 1) {
        for (int k = 0, rest = horizontal[j]; k <= blocks; k++, rest /= 3) {
          for (int c = 0; c < rest % 3; c++) {
            g.add(cross[j][k], cross[j + 1][k], layout.aisleSpacing());
          }
        }
      }
    }
    Map<Integer, List<Position>> at = new HashMap<>();
    for (int i = 0; i < grouped.count(); i++) {
      int j = grouped.aisles[i] - left;
      for (Position p : grouped.picks[i]) {
        int t = blockOf(layout, p);
        int v = pickNode[j][t][Arrays.binarySearch(offsets[j][t], p.offset() - layout.crossAisle(t))];
        at.computeIfAbsent(v, key -> new ArrayList<>()).add(p);
      }
    }
    List<Position> visits = new ArrayList<>();
    for (int v : g.eulerCircuit(cross[layout.depotAisle() - left][0])) {
      List<Position> here = at.remove(v);
      if (here != null) {
        visits.addAll(here);
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
