package dev.ecomops.fulfillment.packing;

/**
 * Where an item sits in its carton: the corner nearest the carton's origin (x along the length,
 * y along the width, z up) and its dimensions as placed, all in cm.
 */
public record Placement(Item item, double x, double y, double z, double dx, double dy, double dz) {

  /** The corner's coordinate on an axis: 0 x, 1 y, 2 z. */
  double at(int axis) {
    return axis == 0 ? x : axis == 1 ? y : z;
  }

  /** The placed size along an axis: 0 dx, 1 dy, 2 dz. */
  double size(int axis) {
    return axis == 0 ? dx : axis == 1 ? dy : dz;
  }

  /** Whether the two boxes share interior volume (touching faces do not count). */
  public boolean overlaps(Placement o) {
    return x < o.x + o.dx && o.x < x + dx && y < o.y + o.dy && o.y < y + dy && z < o.z + o.dz && o.z < z + dz;
  }
}
