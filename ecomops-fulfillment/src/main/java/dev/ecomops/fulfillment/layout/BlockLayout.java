package dev.ecomops.fulfillment.layout;

import dev.ecomops.core.ValidationException;

/**
 * A single-block parallel-aisle warehouse (the layout of Ratliff and Rosenthal 1983): {@code
 * aisles} parallel aisles of equal length, their centre lines {@code aisleSpacing} apart, joined
 * by a front cross aisle (offset 0) and a back cross aisle (offset {@code aisleLength}). The depot,
 * where every route starts and ends, is on the front cross aisle in line with aisle {@code
 * depotAisle}. Travel runs along aisle centre lines and cross aisles; lengths are in one unit
 * (metres, say) throughout. Immutable.
 *
 * @param aisles number of aisles, at least 1
 * @param aisleLength length of every aisle between the cross aisles, positive
 * @param aisleSpacing distance between neighbouring aisles' centre lines, positive
 * @param depotAisle the aisle the depot lines up with, in [0, aisles)
 */
public record BlockLayout(int aisles, double aisleLength, double aisleSpacing, int depotAisle) {
  /** @throws ValidationException naming the field that breaks its rule */
  public BlockLayout {
    if (aisles < 1) {
      throw ValidationException.of("aisles", "must be at least 1", aisles);
    }
    if (!(aisleLength > 0) || Double.isInfinite(aisleLength)) {
      throw ValidationException.of("aisleLength", "must be positive and finite", aisleLength);
    }
    if (!(aisleSpacing > 0) || Double.isInfinite(aisleSpacing)) {
      throw ValidationException.of("aisleSpacing", "must be positive and finite", aisleSpacing);
    }
    if (depotAisle < 0 || depotAisle >= aisles) {
      throw ValidationException.of("depotAisle", "must be in [0, " + aisles + ")", depotAisle);
    }
  }

  /** The depot: the front end of the depot aisle. */
  public Position depot() {
    return Position.of(depotAisle, 0);
  }

  /**
   * Checks that a position lies in this layout.
   *
   * @throws ValidationException naming {@code aisle} or {@code offset} when outside it
   */
  public Position check(Position p) {
    if (p.aisle() >= aisles) {
      throw ValidationException.of("aisle", "must be below " + aisles, p.aisle());
    }
    if (p.offset() > aisleLength) {
      throw ValidationException.of("offset", "must be at most the aisle length " + aisleLength, p.offset());
    }
    return p;
  }

  /**
   * The shortest travel distance between two positions: along the aisle when they share it,
   * otherwise out of one aisle, along the front or the back cross aisle (whichever is shorter), and
   * into the other.
   */
  public double distance(Position a, Position b) {
    if (a.aisle() == b.aisle()) {
      return Math.abs(a.offset() - b.offset());
    }
    double across = Math.abs(a.aisle() - b.aisle()) * aisleSpacing;
    double viaFront = a.offset() + b.offset();
    double viaBack = 2 * aisleLength - a.offset() - b.offset();
    return across + Math.min(viaFront, viaBack);
  }
}
