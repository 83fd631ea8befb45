package dev.ecomops.fulfillment.planning;

import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.picking.PickOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Zone picking: each zone (a run of aisles) has its own pickers; an order's picks are split into
 * one pick list per zone it touches, and orders that touch several zones are brought together at
 * consolidation. Zones must not overlap and must cover every pick.
 */
public final class ZonePicking {
  private final List<Zone> zones;

  /**
   * A zone.
   *
   * @param name its name
   * @param firstAisle its first aisle
   * @param lastAisle its last aisle, at least the first
   */
  public record Zone(String name, int firstAisle, int lastAisle) {
    /** @throws ValidationException naming {@code lastAisle} when before the first */
    public Zone {
      Objects.requireNonNull(name, "name");
      if (firstAisle < 0 || lastAisle < firstAisle) {
        throw ValidationException.of("lastAisle", "must be at least firstAisle (" + firstAisle + ") and 0", lastAisle);
      }
    }

    boolean holds(Position p) {
      return p.aisle() >= firstAisle && p.aisle() <= lastAisle;
    }
  }

  /**
   * The plan.
   *
   * @param pickLists per zone name, the orders' picks in that zone (an order appears once per zone it touches)
   * @param consolidation the orders that touch more than one zone, with the zones to bring together
   */
  public record Plan(Map<String, List<PickOrder>> pickLists, Map<String, List<String>> consolidation) {}

  /**
   * @param zones non-overlapping zones
   * @throws ValidationException naming {@code zones} when two overlap
   */
  public ZonePicking(List<Zone> zones) {
    for (int i = 0; i < zones.size(); i++) {
      for (int j = i + 1; j < zones.size(); j++) {
        Zone a = zones.get(i);
        Zone b = zones.get(j);
        if (a.firstAisle() <= b.lastAisle() && b.firstAisle() <= a.lastAisle()) {
          throw ValidationException.of("zones", "must not overlap: " + a.name() + " and " + b.name(), a.name());
        }
      }
    }
    this.zones = List.copyOf(zones);
  }

  /**
   * Splits orders by zone.
   *
   * @throws ValidationException naming {@code picks} when a pick lies in no zone
   */
  public Plan plan(List<PickOrder> orders) {
    Map<String, List<PickOrder>> lists = new LinkedHashMap<>();
    zones.forEach(z -> lists.put(z.name(), new ArrayList<>()));
    Map<String, List<String>> consolidation = new LinkedHashMap<>();
    for (PickOrder o : orders) {
      Map<String, List<Position>> byZone = new LinkedHashMap<>();
      for (Position p : o.picks()) {
        Zone z = zones.stream().filter(zone -> zone.holds(p)).findFirst().orElseThrow(
            () -> ValidationException.of("picks", "must lie in a zone; order " + o.orderId() + " has aisle " + p.aisle(),
                p.aisle()));
        byZone.computeIfAbsent(z.name(), k -> new ArrayList<>()).add(p);
      }
      byZone.forEach((zone, picks) -> lists.get(zone).add(new PickOrder(o.orderId(), picks)));
      if (byZone.size() > 1) {
        consolidation.put(o.orderId().value(), List.copyOf(byZone.keySet()));
      }
    }
    lists.replaceAll((k, v) -> List.copyOf(v));
    return new Plan(Map.copyOf(lists), consolidation);
  }
}
