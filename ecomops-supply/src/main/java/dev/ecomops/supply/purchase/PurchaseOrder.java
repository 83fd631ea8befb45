package dev.ecomops.supply.purchase;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.PoStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order: immutable; every change makes a new one with the version one higher.
 *
 * <p>Each line's units are accounted for exactly once: {@code ordered = received + damaged +
 * cancelled + open} while nothing arrives beyond the order (over-deliveries make {@code open} 0,
 * never negative). Open units are expected supply: those announced by an advance shipping notice
 * under the notice's reference on its arrival date, the rest under the order's reference on the
 * promised date, never both (see {@link #expectedUnderOrder}).
 *
 * @param id its identifier, not blank
 * @param supplier the supplier, not blank
 * @param location where it is delivered
 * @param status where it stands
 * @param lines what is ordered, at least one line, line ids unique
 * @param applied ids of the receipts and date changes already applied (each counts once)
 * @param notices the advance shipping notices received, in the order they came
 * @param version for optimistic concurrency, from 1
 */
public record PurchaseOrder(PurchaseOrderId id, String supplier, LocationId location, PoStatus status, List<Line> lines,
    Set<String> applied, List<Notice> notices, long version) {

  /**
   * One line.
   *
   * @param lineId its id
   * @param sku the SKU
   * @param ordered units ordered, at least 1
   * @param unitCost the price per unit
   * @param promised the date the supplier promised, once confirmed
   * @param received units received in good order, at least 0
   * @param damaged units received damaged, at least 0
   * @param cancelled units no longer expected (the order closed short or was cancelled), at least 0
   */
  public record Line(String lineId, Sku sku, long ordered, Money unitCost, @Nullable LocalDate promised, long received,
      long damaged, long cancelled) {
    /** @throws ValidationException naming the field that breaks its rule */
    public Line {
      Objects.requireNonNull(lineId, "lineId");
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(unitCost, "unitCost");
      if (ordered < 1) {
        throw ValidationException.of("ordered", "must be at least 1", ordered);
      }
      if (received < 0 || damaged < 0 || cancelled < 0) {
        throw ValidationException.of("received", "received, damaged and cancelled must be at least 0", lineId);
      }
    }

    /** A new line: nothing promised, received or cancelled yet. */
    public static Line of(String lineId, Sku sku, long ordered, Money unitCost) {
      return new Line(lineId, sku, ordered, unitCost, null, 0, 0, 0);
    }

    /** Units still to come: ordered less everything received or cancelled, never below 0. */
    public long open() {
      return Math.max(0, ordered - received - damaged - cancelled);
    }

    /** This line with a new promised date; the service's confirmation step. */
    public Line promisedFor(LocalDate date) {
      return new Line(lineId, sku, ordered, unitCost, date, received, damaged, cancelled);
    }

    /** This line after {@code good} units and {@code bad} damaged units arrived against it. */
    public Line plusReceived(long good, long bad) {
      return new Line(lineId, sku, ordered, unitCost, promised, received + good, damaged + bad, cancelled);
    }

    /** This line with its open units cancelled. */
    public Line cancelOpen() {
      return new Line(lineId, sku, ordered, unitCost, promised, received, damaged, cancelled + open());
    }
  }

  /**
   * An advance shipping notice: the supplier says units of some lines are on their way and when
   * they will arrive.
   *
   * @param id its identifier
   * @param arrival the day the units are expected
   * @param quantities units announced per line id, each at least 1
   * @param arrived units of each line that arrived against it so far
   */
  public record Notice(String id, LocalDate arrival, Map<String, Long> quantities, Map<String, Long> arrived) {
    /** @throws ValidationException naming {@code quantities} when empty or not positive */
    public Notice {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(arrival, "arrival");
      quantities = Map.copyOf(quantities);
      arrived = Map.copyOf(arrived);
      if (quantities.isEmpty() || quantities.values().stream().anyMatch(q -> q < 1)) {
        throw ValidationException.of("quantities", "must announce at least 1 unit of each line it names", id);
      }
    }

    /** Units of a line announced and not yet arrived. */
    public long outstanding(String lineId) {
      return Math.max(0, quantities.getOrDefault(lineId, 0L) - arrived.getOrDefault(lineId, 0L));
    }

    /** This notice after {@code units} of a line arrived against it. */
    public Notice plusArrived(String lineId, long units) {
      Map<String, Long> a = new LinkedHashMap<>(arrived);
      a.merge(lineId, units, Long::sum);
      return new Notice(id, arrival, quantities, a);
    }

    /** The supply reference under which a line's announced units are expected: {@code asn:<id>/<line>}. */
    public String supplyReference(String lineId) {
      return "asn:" + id + "/" + lineId;
    }
  }

  /** @throws ValidationException naming the field that breaks its rule */
  public PurchaseOrder {
    Objects.requireNonNull(id, "id");
    if (supplier == null || supplier.isBlank()) {
      throw ValidationException.of("supplier", "must not be blank", supplier);
    }
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(status, "status");
    lines = List.copyOf(lines);
    applied = Set.copyOf(applied);
    notices = List.copyOf(notices);
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
  public static PurchaseOrder draft(PurchaseOrderId id, String supplier, LocationId location, List<Line> lines) {
    return new PurchaseOrder(id, supplier, location, PoStatus.DRAFT, lines, Set.of(), List.of(), 1);
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

  /**
   * The notice with an id.
   *
   * @throws ValidationException naming {@code noticeId} when there is none
   */
  public Notice notice(String noticeId) {
    return notices.stream().filter(n -> n.id().equals(noticeId)).findFirst()
        .orElseThrow(() -> ValidationException.of("noticeId", "must be a notice of purchase order " + id, noticeId));
  }

  /** The supply reference under which a line's open units are expected: {@code po:<id>/<line>}. */
  public String supplyReference(String lineId) {
    return "po:" + id + "/" + lineId;
  }

  /**
   * Open units of a line expected under the order's own reference: open units less those still
   * outstanding on notices (which are expected under the notices' references instead), never below 0.
   */
  public long expectedUnderOrder(String lineId) {
    long open = line(lineId).open();
    long noticed = notices.stream().mapToLong(n -> n.outstanding(lineId)).sum();
    return Math.max(0, open - noticed);
  }

  /**
   * Open units of a line expected under a notice: what it still announces, as far as the line is
   * still open after earlier notices.
   */
  public long expectedUnderNotice(String noticeId, String lineId) {
    long left = line(lineId).open();
    for (Notice n : notices) {
      long here = Math.min(left, n.outstanding(lineId));
      if (n.id().equals(noticeId)) {
        return here;
      }
      left -= here;
    }
    return 0;
  }

  /** The next version: status {@code to}, every line changed by {@code eachLine}. Values only; the service checks the transition. */
  public PurchaseOrder next(PoStatus to, UnaryOperator<Line> eachLine) {
    return new PurchaseOrder(id, supplier, location, to, lines.stream().map(eachLine).toList(), applied, notices,
        version + 1);
  }

  /**
   * The next version with one line changed, {@code commandId} recorded as applied and the notices
   * replaced. Values only; the service checks the transition and the quantities.
   */
  public PurchaseOrder withLine(String lineId, UnaryOperator<Line> change, PoStatus to, String commandId,
      List<Notice> newNotices) {
    Set<String> r = new HashSet<>(applied);
    r.add(commandId);
    return new PurchaseOrder(id, supplier, location, to, lines.stream().map(l -> l.lineId().equals(lineId)
        ? change.apply(l) : l).toList(), r, newNotices, version + 1);
  }
}
