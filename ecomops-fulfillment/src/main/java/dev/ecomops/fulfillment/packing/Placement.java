package dev.ecomops.fulfillment.packing;

/**
 * Where an item sits in its carton: the corner nearest the carton's origin (x along the length,
 * y along the width, z up) and its dimensions as placed, all in cm.
 */
public record Placement(Item item, double x, double y, double z, double dx, double dy, double dz) {

  /** Whether the two boxes share interior volume (touching faces do not count). */
  public boolean overlaps(Placement o) {
    return x < o.x + o.dx && o.x < x + dx && y < o.y + o.dy && o.y < y + dy && z < o.z + o.dz && o.z < z + dz;
  }
}
