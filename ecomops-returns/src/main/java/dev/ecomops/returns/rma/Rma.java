package dev.ecomops.returns.rma;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.order.OrderId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A return merchandise authorization: immutable; every change makes a new one with the version
 * one higher.
 *
 * @param id its identifier
 * @param orderId the order returned from
 * @param location where returns come back to
 * @param status where it stands
 * @param lines what is returned and how far each line has come
 * @param packages packages received so far (a package counts once)
 * @param applied idempotency keys of inspections already applied
 * @param refunded whether the refund was paid
 * @param version for optimistic concurrency, from 1
 * @param pendingPosts inspections graded on the RMA whose units are not yet confirmed posted to the
 *     inventory ledger: the intent, recorded with the grading and cleared once the ledger has the
 *     units, so a crash between the two is completed by the next command on the RMA
 */
public record Rma(RmaId id, OrderId orderId, LocationId location, RmaStatus status, List<Line> lines, Set<String> packages,
    Set<String> applied, boolean refunded, long version, List<StockPost> pendingPosts) {

  /** An RMA with no pending ledger posts. */
  public Rma(RmaId id, OrderId orderId, LocationId location, RmaStatus status, List<Line> lines, Set<String> packages,
      Set<String> applied, boolean refunded, long version) {
    this(id, orderId, location, status, lines, packages, applied, refunded, version, List.of());
  }

  /**
   * Units an inspection graded that go to the ledger under the inspection's key.
   *
   * @param key the inspection's idempotency key
   * @param sku the units' SKU
   * @param quantity units
   * @param disposition where they go
   */
  public record StockPost(String key, Sku sku, long quantity, Grade.Disposition disposition) {}

  /**
   * One returned line.
   *
   * @param lineId the order line
   * @param sku its SKU
   * @param quantity units authorized
   * @param received units arrived
   * @param graded units inspected, per grade
   */
  public record Line(String lineId, Sku sku, long quantity, long received, Map<Grade, Long> graded) {
    /** Copies the map. */
    public Line {
      graded = Map.copyOf(graded);
    }

    /** Units inspected. */
    public long inspected() {
      return graded.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Copies the collections. */
  public Rma {
    lines = List.copyOf(lines);
    packages = Set.copyOf(packages);
    applied = Set.copyOf(applied);
    pendingPosts = List.copyOf(pendingPosts);
  }

  /** This RMA with other pending posts and the version one higher. */
  public Rma withPendingPosts(List<StockPost> posts) {
    return new Rma(id, orderId, location, status, lines, packages, applied, refunded, version + 1, posts);
  }

  /** The line of an order line. */
  public Line line(String lineId) {
    return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElseThrow(
        () -> dev.ecomops.core.ValidationException.of("lineId", "must be a line of RMA " + id, lineId));
  }
}
