package dev.ecomops.supply.purchase;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Units that arrived matching no purchase-order line: they are in stock on quality hold (so nothing
 * received is lost, and nothing unverified is sold) until matched to a line or written off.
 *
 * @param id the receipt's id
 * @param supplier who sent them, if known
 * @param sku the SKU
 * @param location where they are held
 * @param quantity units, at least 1
 * @param note what the receiver wrote (packing slip, carrier)
 * @param receivedAt when
 * @param resolution how it was settled ({@code po:<id>/<line>} or {@code written-off: <reason>}), null while held
 * @param version for optimistic concurrency, from 1
 */
public record UnexpectedReceipt(String id, @Nullable String supplier, Sku sku, LocationId location, long quantity,
    String note, Instant receivedAt, @Nullable String resolution, long version) {

  /** @throws ValidationException naming the field that breaks its rule */
  public UnexpectedReceipt {
    if (id == null || id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (quantity < 1) {
      throw ValidationException.of("quantity", "must be at least 1", quantity);
    }
  }

  /** Whether it still waits for a match. */
  public boolean held() {
    return resolution == null;
  }

  /** The supply reference its ledger receipt carries: {@code unexpected:<id>}. */
  public String reference() {
    return "unexpected:" + id;
  }

  /** The next version, resolved as {@code how} says. */
  public UnexpectedReceipt resolved(String how) {
    return new UnexpectedReceipt(id, supplier, sku, location, quantity, note, receivedAt, how, version + 1);
  }
}
