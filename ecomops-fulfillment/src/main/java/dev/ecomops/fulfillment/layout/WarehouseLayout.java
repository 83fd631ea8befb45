package dev.ecomops.fulfillment.layout;

import dev.ecomops.core.ValidationException;

/**
 * A parallel-aisle warehouse (the layouts of Ratliff and Rosenthal 1983 and, with several blocks,
 * Roodbergen and De Koster 2001): {@code aisles} parallel aisles, their centre lines {@code
 * aisleSpacing} apart, crossed by {@code blocks + 1} cross aisles: the front one at offset 0, the
 * back one at {@code blocks × aisleLength}, and a middle one between each pair of blocks, every
 * {@code aisleLength} along. (A cross aisle's own width is taken as part of the blocks beside it.)
 * The depot, where every route starts and ends, is on the front cross aisle in line with aisle
 * {@code depotAisle}. Travel runs along aisle centre lines and cross aisles; lengths are in one
 * unit (metres, say) throughout. Immutable.
 *
 * @param aisles number of aisles, at least 1
 * @param aisleLength length of each block's stretch of aisle, positive
 * @param aisleSpacing distance between neighbouring aisles' centre lines, positive
 * @param depotAisle the aisle the depot lines up with, in [0, aisles)
 * @param blocks number of blocks, at least 1
 */
public record WarehouseLayout(int aisles, double aisleLength, double aisleSpacing, int depotAisle, int blocks) {
  /** @throws ValidationException naming the field that breaks its rule */
  public WarehouseLayout {
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
    if (blocks < 1) {
      throw ValidationException.of("blocks", "must be at least 1", blocks);
    }
  }

  /**
   * A single block: front and back cross aisles only.
   *
   * @throws ValidationException naming the field that breaks its rule
   */
  public WarehouseLayout(int aisles, double aisleLength, double aisleSpacing, int depotAisle) {
    this(aisles, aisleLength, aisleSpacing, depotAisle, 1);
  }

  /** Offset of the back cross aisle: blocks × aisle length. */
  public double depth() {
    return blocks * aisleLength;
  }

  /** Offset of cross aisle k, from 0 (front) to {@code blocks} (back). */
  public double crossAisle(int k) {
    return k == blocks ? depth() : k * aisleLength;
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
    if (p.offset() > depth()) {
      throw ValidationException.of("offset", "must be at most the aisle's full length " + depth(), p.offset());
    }
    return p;
  }

  /**
   * The shortest travel distance between two positions: along the aisle when they share it,
   * otherwise along the first aisle to the best cross aisle, across, and along the second.
   */
  public double distance(Position a, Position b) {
    if (a.aisle() == b.aisle()) {
      return Math.abs(a.offset() - b.offset());
    }
    double across = Math.abs(a.aisle() - b.aisle()) * aisleSpacing;
    double best = Double.POSITIVE_INFINITY;
    for (int k = 0; k <= blocks; k++) {
      double y = crossAisle(k);
      best = Math.min(best, Math.abs(a.offset() - y) + Math.abs(b.offset() - y));
    }
    return across + best;
  }
}
