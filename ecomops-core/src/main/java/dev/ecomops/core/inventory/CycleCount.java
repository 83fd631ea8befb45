package dev.ecomops.core.inventory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The state or result of a cycle count: one line per key counted.
 *
 * @param id the count id
 * @param version 1 when opened, one more after each change; a {@code CountRepository} saves against it
 * @param tolerance how far a line may differ and still count as accurate
 * @param lines one per key, in the order the count was opened
 * @param posted whether corrections were posted (the count is closed)
 */
public record CycleCount(String id, long version, CountTolerance tolerance, List<Line> lines, boolean posted) {

  /** Copies the list. */
  public CycleCount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tolerance, "tolerance");
    lines = List.copyOf(lines);
  }

  /** This count at the next version, with other lines and posted flag. */
  public CycleCount next(List<Line> newLines, boolean nowPosted) {
    return new CycleCount(id, version + 1, tolerance, newLines, nowPosted);
  }

  /** The line of a key, if the key belongs to this count. */
  public Optional<Line> line(StockKey key) {
    return lines.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** What happened to one line's variance. */
  public enum Status {
    /** Not counted yet. */
    OPEN,
    /** Counted; correction not posted yet. */
    COUNTED,
    /** Counted equal to the book: nothing to post. */
    NO_CHANGE,
    /** The correction was posted to the ledger. */
    POSTED,
    /**
     * The correction could not be posted: the shortfall is promised to reservations (release them
     * and count again) or a lot-tracked gain needs its lot named.
     */
    BLOCKED
  }

  /**
   * One counted key.
   *
   * @param key the (SKU, location)
   * @param book on hand per the ledger when counted (-1 before counting)
   * @param counted units found (-1 before counting)
   * @param withinTolerance whether the difference is within the count's tolerance
   * @param status what happened to the variance
   * @param note why a line is blocked, else empty
   */
  public record Line(StockKey key, long book, long counted, boolean withinTolerance, Status status, String note) {
    /** Counted minus book, in units (0 before counting). */
    public long variance() {
      return counted < 0 ? 0 : counted - book;
    }
  }

  /**
   * Inventory record accuracy: the share of counted lines within tolerance, from 0 to 1; empty
   * if nothing was counted.
   */
  public OptionalDouble accuracy() {
    long counted = lines.stream().filter(l -> l.status() != Status.OPEN).count();
    if (counted == 0) {
      return OptionalDouble.empty();
    }
    long ok = lines.stream().filter(l -> l.status() != Status.OPEN && l.withinTolerance()).count();
    return OptionalDouble.of((double) ok / counted);
  }
}
