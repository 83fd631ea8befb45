package dev.ecomops.fulfillment.packing;

import dev.ecomops.core.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Chooses cartons for a shipment's items and places every item. Items that fit no carton type on
 * their own, in any allowed orientation and within its weight limit, are reported as unpacked.
 * The rest go carton by carton: each round fills every carton type with the remaining items by the
 * extreme-point rule (Crainic, Perboli and Tadei 2008), trying the items by volume, by height and
 * by base area (largest first) and keeping the order that places the most, and keeps one type.
 * When some types take everything left, the best of those by the objective wins (the smallest
 * for {@link PackingObjective#COUNT}, the least billable weight, or the cheapest); otherwise the
 * type that packs the most volume. Finally each carton is swapped for the best type by the
 * objective that still holds all its items.
 * Stateless and thread safe.
 */
public final class Cartonizer {
  private final double divisor;

  private Cartonizer(double divisor) {
    this.divisor = divisor;
  }

  /**
   * A cartonizer that prices billable weight with the given dimensional divisor.
   *
   * @param divisor cm³ per kg, e.g. 5000
   * @throws ValidationException naming {@code divisor} unless positive
   */
  public static Cartonizer withDivisor(double divisor) {
    Checks.positive("divisor", divisor);
    return new Cartonizer(divisor);
  }

  /**
   * Packs the items.
   *
   * @param items what to pack
   * @param catalog the carton types to choose from, at least one
   * @throws ValidationException naming {@code catalog} when empty
   */
  public Packing pack(List<Item> items, List<Carton> catalog, PackingObjective objective) {
    if (catalog.isEmpty()) {
      throw ValidationException.of("catalog", "must have at least one carton", "[]");
    }
    List<Item> unpacked = new ArrayList<>();
    List<Item> remaining = new ArrayList<>();
    for (Item item : items) {
      (catalog.stream().anyMatch(c -> fitsAlone(item, c)) ? remaining : unpacked).add(item);
    }
    remaining.sort(ORDERS.get(0));
    // the item orders are sorted once and filtered each round: a stable sort of what is left
    // equals what is left of the stable sort, and sorting thousands of items per round was most
    // of the time of a large packing
    List<List<Item>> orders = new ArrayList<>();
    for (Comparator<Item> order : ORDERS) {
      List<Item> sorted = new ArrayList<>(remaining);
      sorted.sort(order);
      orders.add(sorted);
    }
    List<PackedCarton> cartons = new ArrayList<>();
    while (!remaining.isEmpty()) {
      PackedCarton best = null;
      boolean bestAll = false;
      for (Carton c : catalog) {
        List<Placement> placed = fillSorted(c, orders, remaining.size());
        if (placed.isEmpty()) {
          continue;
        }
        PackedCarton candidate = new PackedCarton(c, placed);
        boolean all = placed.size() == remaining.size();
        if (best == null || all && !bestAll || all == bestAll && better(candidate, best, all, objective)) {
          best = candidate;
          bestAll = all;
        }
      }
      if (best == null) {
        throw new IllegalStateException("no carton took any of " + remaining.size() + " items that each fit alone");
      }
      cartons.add(best);
      Set<Item> placed = Collections.newSetFromMap(new IdentityHashMap<>());
      best.placements().forEach(p -> placed.add(p.item()));
      remaining.removeIf(placed::contains);
      for (List<Item> sorted : orders) {
        sorted.removeIf(placed::contains);
      }
    }
    // a carton chosen for the most volume may hold its items in a better type: change it then
    for (int i = 0; i < cartons.size(); i++) {
      PackedCarton now = cartons.get(i);
      List<Item> its = now.placements().stream().map(Placement::item).toList();
      for (Carton c : catalog) {
        if (c != now.carton()) {
          List<Placement> placed = fill(c, its);
          PackedCarton other = new PackedCarton(c, placed);
          if (placed.size() == its.size() && better(other, now, true, objective)) {
            now = other;
          }
        }
      }
      cartons.set(i, now);
    }
    return new Packing(cartons, unpacked, divisor);
  }

  private boolean better(PackedCarton a, PackedCarton b, boolean all, PackingObjective objective) {
    if (all) {
      double ka = switch (objective) {
        case COUNT -> a.carton().volume();
        case BILLABLE_WEIGHT -> a.billableWeight(divisor);
        case COST -> a.carton().cost();
      };
      double kb = switch (objective) {
        case COUNT -> b.carton().volume();
        case BILLABLE_WEIGHT -> b.billableWeight(divisor);
        case COST -> b.carton().cost();
      };
      return ka < kb || ka == kb && a.carton().volume() < b.carton().volume();
    }
    double va = packedVolume(a);
    double vb = packedVolume(b);
    return va > vb || va == vb && a.carton().volume() < b.carton().volume();
  }

  /** Item orders tried, after Crainic, Perboli and Tadei's sorting rules: volume, height then area, area then height. */
  private static final List<Comparator<Item>> ORDERS = List.of(
      Comparator.comparingDouble(Item::volume).thenComparingDouble(Item::height).reversed(),
      Comparator.comparingDouble(Item::height).thenComparingDouble(i -> i.length() * i.width()).reversed(),
      Comparator.<Item>comparingDouble(i -> i.length() * i.width()).thenComparingDouble(Item::height).reversed());

  /** The extreme-point fill of the three item orders that places the most volume (everything, if any does). */
  private static List<Placement> fill(Carton c, List<Item> items) {
    List<List<Item>> orders = new ArrayList<>();
    for (Comparator<Item> order : ORDERS) {
      List<Item> sorted = new ArrayList<>(items);
      sorted.sort(order);
      orders.add(sorted);
    }
    return fillSorted(c, orders, items.size());
  }

  /** As {@link #fill}, given the items already in each of {@link #ORDERS}. */
  private static List<Placement> fillSorted(Carton c, List<List<Item>> orders, int count) {
    List<Placement> best = List.of();
    double bestVolume = -1;
    for (List<Item> sorted : orders) {
      List<Placement> placed = ExtremePoints.fill(c, sorted);
      double v = placed.stream().mapToDouble(p -> p.item().volume()).sum();
      if (v > bestVolume) {
        best = placed;
        bestVolume = v;
      }
      if (placed.size() == count) {
        break;
      }
    }
    return best;
  }

  private static double packedVolume(PackedCarton c) {
    return c.placements().stream().mapToDouble(p -> p.item().volume()).sum();
  }

  private static boolean fitsAlone(Item item, Carton c) {
    if (item.weight() > c.maxWeight()) {
      return false;
    }
    for (double[] o : item.orientations()) {
      if (o[0] <= c.length() && o[1] <= c.width() && o[2] <= c.height()) {
        return true;
      }
    }
    return false;
  }
}
