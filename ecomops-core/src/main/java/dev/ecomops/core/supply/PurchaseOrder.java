package dev.ecomops.core.supply;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order: immutable; every change makes a new one with the version one higher.
 *
 * @param id its identifier, not blank
 * @param supplier the supplier, not blank
 * @param location where it is delivered
 * @param status where it stands
 * @param lines what is ordered, at least one line, line ids unique
 * @param receipts receipt ids already applied (a receipt counts once)
 * @param version for optimistic concurrency, from 1
 */
public record PurchaseOrder(String id, String supplier, LocationId location, PoStatus status, List<Line> lines,
    Set<String> receipts, long version) {

  /**
   * One line.
   *
   * @param lineId its id
   * @param sku the SKU
   * @param ordered units ordered, at least 1
   * @param unitCost the price per unit
   * @param promised the date the supplier promised, once confirmed
   * @param received units received in good order
   * @param damaged units received damaged
   */
  public record Line(String lineId, Sku sku, long ordered, Money unitCost, @Nullable LocalDate promised, long received,
      long damaged) {
    /** @throws ValidationException naming {@code ordered} when below 1 */
    public Line {
      Objects.requireNonNull(lineId, "lineId");
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(unitCost, "unitCost");
      if (ordered < 1) {
        throw ValidationException.of("ordered", "must be at least 1", ordered);
      }
    }

    /** Units still to come: ordered less everything received, never below 0. */
    public long open() {
      return Math.max(0, ordered - received - damaged);
    }
  }

  /** @throws ValidationException naming the field that breaks its rule */
  public PurchaseOrder {
    if (id == null || id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    if (supplier == null || supplier.isBlank()) {
      throw ValidationException.of("supplier", "must not be blank", supplier);
    }
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(status, "status");
    lines = List.copyOf(lines);
    receipts = Set.copyOf(receipts);
    if (lines.isEmpty()) {
      throw ValidationException.of("lines", "must have at least one line", id);
    }
    Set<String> ids = new HashSet<>();
    for (Line l : lines) {
      if (!ids.add(l.lineId())) {
        throw ValidationException.of("lines", "must have unique line ids", l.lineId());
      }
    }
  }

  /** A new draft. */
  public static PurchaseOrder draft(String id, String supplier, LocationId location, List<Line> lines) {
    return new PurchaseOrder(id, supplier, location, PoStatus.DRAFT, lines, Set.of(), 1);
  }

  /**
   * The line with an id.
   *
   * @throws ValidationException naming {@code lineId} when there is none
   */
  public Line line(String lineId) {
    return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
        .orElseThrow(() -> ValidationException.of("lineId", "must be a line of purchase order " + id, lineId));
  }

  /** The supply reference under which a line's open units are expected: {@code po:<id>/<line>}. */
  public String supplyReference(String lineId) {
    return "po:" + id + "/" + lineId;
  }
}
