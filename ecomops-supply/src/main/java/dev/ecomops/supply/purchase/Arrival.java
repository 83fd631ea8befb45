package dev.ecomops.supply.purchase;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Units of one purchase-order line arriving at the dock: what {@code PurchaseOrders.receive}
 * books. Build with {@link #of} and the {@code with}-methods.
 *
 * @param receiptId the receipt's id; the same receipt counts once
 * @param lineId the purchase-order line
 * @param good units in good order, at least 0
 * @param damaged units damaged on arrival, at least 0; good plus damaged at least 1
 * @param qualityHold whether good units wait for inspection ({@code PurchaseOrders.inspect}) before they are sellable
 * @param lot the lot of lot-tracked goods, else null
 * @param expiry the lot's expiry, else null
 * @param putaway the location the units are put away to; null for the order's own location
 * @param noticeId the advance shipping notice they arrive under, else null
 */
public record Arrival(String receiptId, String lineId, long good, long damaged, boolean qualityHold, @Nullable String lot,
    @Nullable LocalDate expiry, @Nullable LocationId putaway, @Nullable String noticeId) {

  /** @throws ValidationException naming the field that breaks its rule */
  public Arrival {
    if (receiptId == null || receiptId.isBlank()) {
      throw ValidationException.of("receiptId", "must not be blank", receiptId);
    }
    Objects.requireNonNull(lineId, "lineId");
    if (good < 0 || damaged < 0 || good + damaged == 0) {
      throw ValidationException.of("good", "good and damaged must be at least 0 and not both 0", good);
    }
  }

  /** Good units of a line, straight to sellable stock at the order's location. */
  public static Arrival of(String receiptId, String lineId, long good) {
    return new Arrival(receiptId, lineId, good, 0, false, null, null, null, null);
  }

  /** The same with some units damaged. */
  public Arrival withDamaged(long units) {
    return new Arrival(receiptId, lineId, good, units, qualityHold, lot, expiry, putaway, noticeId);
  }

  /** The same with the good units held for inspection. */
  public Arrival withQualityHold() {
    return new Arrival(receiptId, lineId, good, damaged, true, lot, expiry, putaway, noticeId);
  }

  /** The same with a lot and its expiry (null when it does not expire). */
  public Arrival withLot(String lotCode, @Nullable LocalDate lotExpiry) {
    return new Arrival(receiptId, lineId, good, damaged, qualityHold, lotCode, lotExpiry, putaway, noticeId);
  }

  /** The same put away to another location than the order's. */
  public Arrival withPutaway(LocationId location) {
    return new Arrival(receiptId, lineId, good, damaged, qualityHold, lot, expiry, location, noticeId);
  }

  /** The same arriving under an advance shipping notice. */
  public Arrival underNotice(String notice) {
    return new Arrival(receiptId, lineId, good, damaged, qualityHold, lot, expiry, putaway, notice);
  }
}
