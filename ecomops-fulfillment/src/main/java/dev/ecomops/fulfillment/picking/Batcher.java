package dev.ecomops.fulfillment.picking;

import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.routing.PickerRouter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups orders into batches that fit a cart, to shorten the total travel of picking them. Every
 * method measures a batch by the length of its route under the given {@link PickerRouter}.
 *
 * <ul>
 *   <li>{@link Method#SINGLE}: one order per tour, the baseline.
 *   <li>{@link Method#SEED}: seed heuristics (De Koster, Van der Poort and Wolters 1999,
 *       "Efficient orderbatching methods in warehouses", IJPR 37(7)): a batch starts from the
 *       unbatched order with the longest route and takes, while the cart has room, the order that
 *       adds the least route length.
 *   <li>{@link Method#SAVINGS}: Clarke and Wright's (1964) savings as adapted to order batching
 *       by the same authors (their CW(i)): for every pair of orders the saving d_i + d_j − d_ij of
 *       picking them together; pairs are taken by decreasing saving, merging the two orders'
 *       batches when the cart holds both.
 * </ul>
 *
 * Seed and savings batches are then improved by local search: an order moves to another batch, or
 * two orders in different batches swap, whenever that shortens the total and the carts hold,
 * until no such move is left (first improvement). Stateless and thread safe.
 */
public final class Batcher {
  /** How to form batches. */
  public enum Method {
    /** One order per batch. */
    SINGLE,
    /** Seed heuristics with the longest-route seed and least-added-length order selection. */
    SEED,
    /** Clarke-Wright savings, CW(i). */
    SAVINGS
  }

  private final WarehouseLayout layout;
  private final PickerRouter router;
  private final int capacity;

  /**
   * @param capacity units one cart holds, at least 1
   * @throws ValidationException naming {@code capacity} when below 1
   */
  public Batcher(WarehouseLayout layout, PickerRouter router, int capacity) {
    if (capacity < 1) {
      throw ValidationException.of("capacity", "must be at least 1", capacity);
    }
    this.layout = layout;
    this.router = router;
    this.capacity = capacity;
  }

  /**
   * Batches the orders.
   *
   * @throws ValidationException naming {@code orders} when one order alone exceeds the cart
   */
  public List<Batch> batch(List<PickOrder> orders, Method method) {
    for (PickOrder o : orders) {
      if (o.size() > capacity) {
        throw ValidationException.of("orders", "order " + o.orderId() + " has " + o.size()
            + " units, more than a cart holds (" + capacity + ")", o.orderId());
      }
    }
    List<List<PickOrder>> groups = switch (method) {
      case SINGLE -> orders.stream().map(o -> new ArrayList<>(List.of(o))).map(l -> (List<PickOrder>) l).toList();
      case SEED -> improve(seed(orders));
      case SAVINGS -> improve(savings(orders));
    };
    return groups.stream().map(g -> new Batch(g, router.route(layout, picks(g)))).toList();
  }

  /** Total route length of a list of batches. */
  public static double totalLength(List<Batch> batches) {
    return batches.stream().mapToDouble(b -> b.route().length()).sum();
  }

  private double length(List<PickOrder> group) {
    return group.isEmpty() ? 0 : router.route(layout, picks(group)).length();
  }

  private static List<Position> picks(List<PickOrder> group) {
    List<Position> all = new ArrayList<>();
    group.forEach(o -> all.addAll(o.picks()));
    return all;
  }

  private static int size(List<PickOrder> group) {
    return group.stream().mapToInt(PickOrder::size).sum();
  }

  private List<List<PickOrder>> seed(List<PickOrder> orders) {
    List<PickOrder> open = new ArrayList<>(orders);
    List<List<PickOrder>> out = new ArrayList<>();
    while (!open.isEmpty()) {
      PickOrder first = open.stream().max(Comparator.comparingDouble(o -> length(List.of(o)))).orElseThrow();
      open.remove(first);
      List<PickOrder> batch = new ArrayList<>(List.of(first));
      double current = length(batch);
      while (true) {
        PickOrder best = null;
        double bestAdded = Double.POSITIVE_INFINITY;
        int room = capacity - size(batch);
        for (PickOrder o : open) {
          if (o.size() <= room) {
            batch.add(o);
            double added = length(batch) - current;
            batch.remove(batch.size() - 1);
            if (added < bestAdded) {
              bestAdded = added;
              best = o;
            }
          }
        }
        if (best == null) {
          break;
        }
        batch.add(best);
        open.remove(best);
        current += bestAdded;
      }
      out.add(batch);
    }
    return out;
  }

  private List<List<PickOrder>> savings(List<PickOrder> orders) {
    int n = orders.size();
    double[] alone = new double[n];
    for (int i = 0; i < n; i++) {
      alone[i] = length(List.of(orders.get(i)));
    }
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (orders.get(i).size() + orders.get(j).size() <= capacity) {
          double saving = alone[i] + alone[j] - length(List.of(orders.get(i), orders.get(j)));
          if (saving > 0) {
            pairs.add(new double[] {saving, i, j});
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((double[] p) -> p[0]).reversed());
    int[] batchOf = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    int[] units = new int[n];
    for (int i = 0; i < n; i++) {
      batchOf[i] = i;
      members.add(new ArrayList<>(List.of(i)));
      units[i] = orders.get(i).size();
    }
    for (double[] p : pairs) {
      int a = batchOf[(int) p[1]];
      int b = batchOf[(int) p[2]];
      if (a != b && units[a] + units[b] <= capacity) {
        for (int o : members.get(b)) {
          batchOf[o] = a;
        }
        members.get(a).addAll(members.get(b));
        members.get(b).clear();
        units[a] += units[b];
        units[b] = 0;
      }
    }
    List<List<PickOrder>> batches = new ArrayList<>();
    for (List<Integer> m : members) {
      if (!m.isEmpty()) {
        batches.add(new ArrayList<>(m.stream().map(orders::get).toList()));
      }
    }
    return batches;
  }

  /** First-improvement local search over moves and swaps of orders between batches. */
  private List<List<PickOrder>> improve(List<List<PickOrder>> batches) {
    List<List<PickOrder>> b = new ArrayList<>();
    batches.forEach(g -> b.add(new ArrayList<>(g)));
    List<Double> len = new ArrayList<>();
    b.forEach(g -> len.add(length(g)));
    boolean improved = true;
    for (int round = 0; improved && round < 50; round++) {
      improved = false;
      for (int x = 0; x < b.size(); x++) {
        for (int y = 0; y < b.size(); y++) {
          if (x == y) {
            continue;
          }
          for (int i = 0; i < b.get(x).size(); i++) {
            PickOrder o = b.get(x).get(i);
            // move o from x to y
            boolean changed = false;
            if (size(b.get(y)) + o.size() <= capacity) {
              List<PickOrder> nx = new ArrayList<>(b.get(x));
              nx.remove(i);
              List<PickOrder> ny = new ArrayList<>(b.get(y));
              ny.add(o);
              changed = keepIfShorter(b, len, x, nx, y, ny);
            }
            // swap o with an order of y
            for (int k = 0; !changed && k < b.get(y).size(); k++) {
              PickOrder q = b.get(y).get(k);
              if (size(b.get(x)) - o.size() + q.size() <= capacity && size(b.get(y)) - q.size() + o.size() <= capacity) {
                List<PickOrder> nx = new ArrayList<>(b.get(x));
                nx.set(i, q);
                List<PickOrder> ny = new ArrayList<>(b.get(y));
                ny.set(k, o);
                changed = keepIfShorter(b, len, x, nx, y, ny);
              }
            }
            if (changed) {
              improved = true;
              break;
            }
          }
        }
      }
      for (int x = b.size() - 1; x >= 0; x--) {
        if (b.get(x).isEmpty()) {
          b.remove(x);
          len.remove(x);
        }
      }
    }
    return b;
  }

  /** Puts {@code nx} and {@code ny} in place of batches x and y if together they walk less; says whether it did. */
  private boolean keepIfShorter(List<List<PickOrder>> b, List<Double> len, int x, List<PickOrder> nx, int y,
      List<PickOrder> ny) {
    double lx = length(nx);
    double ly = length(ny);
    if (lx + ly >= len.get(x) + len.get(y) - 1e-9) {
      return false;
    }
    b.set(x, nx);
    b.set(y, ny);
    len.set(x, lx);
    len.set(y, ly);
    return true;
  }
}
