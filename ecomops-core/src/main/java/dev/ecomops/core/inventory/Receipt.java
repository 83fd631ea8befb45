package dev.ecomops.core.inventory;

import dev.ecomops.core.Check;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Units arriving at a location, from a supplier, a production run or an opening balance.
 *
 * <p>Rules checked on build: quantity at least 1; an expiry date needs a lot. Rules checked by
 * {@code StockKeeper.receive}: SKU and location known; a lot is given exactly when the
 * product is lot-tracked; the expiry date is not before today.
 */
@Value.Immutable
public abstract class Receipt {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Receipt}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutableReceipt.Builder {}

  /** The SKU received. */
  public abstract Sku sku();

  /** Where it was received. */
  public abstract LocationId location();

  /** Units received, at least 1. */
  public abstract long quantity();

  /** The lot, for lot-tracked products. */
  public abstract Optional<String> lot();

  /** The lot's last sellable day; defaults to today plus the product's shelf life, if any. */
  public abstract Optional<LocalDate> lotExpiry();

  /** The expected supply this receipt fulfils (see {@code StockKeeper.expectSupply}). */
  public abstract Optional<String> supplyReference();

  /** The state the units arrive in; sellable unless they go to quality hold or arrive damaged. */
  @Value.Default
  public StockState state() {
    return StockState.SELLABLE;
  }

  /** The command's idempotency key. */
  public abstract IdempotencyKey idempotencyKey();

  /** The stock key received into. */
  public StockKey key() {
    return StockKey.of(sku(), location());
  }

  /** A digest of the receipt, to tell a replay from a reused key. */
  public String fingerprint() {
    return "receipt|" + key() + "|" + quantity() + "|" + lot().orElse("-") + "|" + lotExpiry().map(LocalDate::toString).orElse("-")
        + "|" + supplyReference().orElse("-") + "|" + state();
  }

  @Value.Check
  protected void check() {
    Check.quantity("quantity", quantity());
    if (lotExpiry().isPresent() && lot().isEmpty()) {
      throw ValidationException.of("lot", "must be set when lotExpiry is", lotExpiry().get());
    }
    lot().ifPresent(l -> Check.text("lot", l, 100));
  }
}
