package dev.ecomops.fulfillment.qc;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.FulfillmentEvent.Discrepancy;
import dev.ecomops.core.event.FulfillmentEvent.DiscrepancyKind;
import dev.ecomops.core.event.FulfillmentEvent.PackVerified;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.outbox.ProcessOutbox;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks the units scanned into a package against the units expected, SKU by SKU: a SKU not
 * expected is a wrong item, an expected SKU not scanned is missing, fewer units than expected is a
 * wrong quantity, more is extra. Publishes a {@link PackVerified} event for every check, pass or
 * fail, which is what order accuracy is computed from. Thread safe.
 */
public final class PackVerifier {
  private final ProcessOutbox outbox;
  private final Clock clock;

  /**
   * A verifier whose events are relayed to {@code events} with times from {@code clock}: written to
   * an in-process outbox with each check, so a publisher that throws delays them, never loses them
   * nor fails the check.
   */
  public PackVerifier(EventPublisher events, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = ProcessOutbox.of(events, clock);
  }

  /** The outbox of this verifier's events, for a host that relays it itself. */
  public Outbox outbox() {
    return outbox.outbox();
  }

  /**
   * Verifies a package.
   *
   * @param expected units expected per SKU, each positive
   * @param scans the SKUs scanned, one entry per unit scanned
   * @throws ValidationException naming {@code expected} for a quantity below 1 or {@code packageId} when blank
   */
  public PackCheck verify(OrderId orderId, String packageId, Map<Sku, Long> expected, List<Sku> scans) {
    if (packageId.isBlank()) {
      throw ValidationException.of("packageId", "must not be blank", packageId);
    }
    for (Map.Entry<Sku, Long> e : expected.entrySet()) {
      if (e.getValue() < 1) {
        throw ValidationException.of("expected[" + e.getKey().value() + "]", "must be at least 1", e.getValue());
      }
    }
    Map<Sku, Long> scanned = new TreeMap<>();
    for (Sku s : scans) {
      scanned.merge(s, 1L, Long::sum);
    }
    List<Discrepancy> wrong = new ArrayList<>();
    for (Map.Entry<Sku, Long> e : new TreeMap<>(expected).entrySet()) {
      long got = scanned.getOrDefault(e.getKey(), 0L);
      long want = e.getValue();
      if (got == 0) {
        wrong.add(new Discrepancy(e.getKey(), DiscrepancyKind.MISSING, want, 0));
      } else if (got < want) {
        wrong.add(new Discrepancy(e.getKey(), DiscrepancyKind.WRONG_QUANTITY, want, got));
      } else if (got > want) {
        wrong.add(new Discrepancy(e.getKey(), DiscrepancyKind.EXTRA, want, got));
      }
    }
    for (Map.Entry<Sku, Long> e : scanned.entrySet()) {
      if (!expected.containsKey(e.getKey())) {
        wrong.add(new Discrepancy(e.getKey(), DiscrepancyKind.WRONG_ITEM, 0, e.getValue()));
      }
    }
    PackCheck check = new PackCheck(wrong.isEmpty(), wrong);
    outbox.append("pack", orderId.value() + "/" + packageId, new PackVerified(orderId, packageId, check.passed(), wrong,
        clock.instant()));
    outbox.relay();
    return check;
  }
}
