package dev.ecomops.core.inventory.service;

import dev.ecomops.core.LotConsumption;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.LotBalance;
import dev.ecomops.core.inventory.StockKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Chooses which lots units leave from: FIFO by first receipt, or FEFO by expiry date. */
final class Lots {
  private Lots() {}

  /** A quantity taken from one lot. */
  record Take(String lot, @Nullable LocalDate expiry, long quantity) {}

  private static final Comparator<LotBalance> FIFO = Comparator.comparingLong(LotBalance::firstSequence);
  private static final Comparator<LotBalance> FEFO = Comparator
      .comparing(LotBalance::expiryDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
      .thenComparingLong(LotBalance::firstSequence);

  /**
   * Lots to take {@code quantity} sellable units from, in the product's consumption order.
   *
   * @param includeExpired whether expired lots may be taken (write-offs) or not (picks)
   * @throws InsufficientStockException if the eligible lots hold too few units
   */
  static List<Take> take(StockKey key, Balance b, long quantity, LotConsumption policy, LocalDate today,
      boolean includeExpired) {
    List<LotBalance> order = new ArrayList<>(b.lots());
    order.sort(policy == LotConsumption.FEFO ? FEFO : FIFO);
    List<Take> out = new ArrayList<>();
    long left = quantity;
    for (LotBalance l : order) {
      if (left == 0) {
        break;
      }
      if (!includeExpired && l.expiredOn(today)) {
        continue;
      }
      long q = Math.min(left, l.quantity());
      out.add(new Take(l.lot(), l.expiryDate(), q));
      left -= q;
    }
    if (left > 0) {
      throw new InsufficientStockException(key.toString(), includeExpired ? "sellable in lots" : "sellable in unexpired lots",
          quantity, quantity - left);
    }
    return out;
  }
}
