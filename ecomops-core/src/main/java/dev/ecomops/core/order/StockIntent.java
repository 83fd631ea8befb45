package dev.ecomops.core.order;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.inventory.ReservationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stock command an order has recorded and not yet seen through: the intent half of the unit of
 * work that spans the order repository and the inventory store. {@code OrderManager} saves the
 * intent on the order first, then runs the stock command (idempotent by key or by reservation
 * state), then saves the order's new lines and clears the intent. A crash, a lost acknowledgement
 * or a lost version race anywhere in between leaves the intent on the order, and the next
 * command on the order (or {@code OrderManager.settle}) completes it before anything else, so an
 * order's lines never run ahead of its stock and no reservation is stranded.
 */
public sealed interface StockIntent {

  /**
   * Operations on reservations whose outcome the order does not depend on (release, pick, ship),
   * and the order's lines once they are done.
   *
   * @param ops the operations, in order; each idempotent
   * @param lines the lines to store afterwards
   */
  record Apply(List<StockOp> ops, List<OrderLineState> lines) implements StockIntent {
    /** Copies the lists. */
    public Apply {
      ops = List.copyOf(ops);
      lines = List.copyOf(lines);
    }
  }

  /**
   * Allocation of the order's waiting units under a key (placement, backorders, a longer line),
   * after adopting a checkout hold's reservations, if any. Completing it again replays the keyed
   * allocation's first result.
   *
   * @param key the allocation's idempotency key
   * @param cart the checkout hold's units to adopt first; empty for none
   */
  record Allocate(IdempotencyKey key, List<CartUnit> cart) implements StockIntent {
    /** Copies the list. */
    public Allocate {
      Objects.requireNonNull(key, "key");
      cart = List.copyOf(cart);
    }
  }

  /**
   * Moving what a location holds for the order elsewhere: the reservations to give up there and
   * the units per line, as found when the intent was recorded.
   *
   * @param failed the location giving up the units
   * @param key the new allocation's idempotency key
   * @param there the reservations at {@code failed}, per line id
   * @param units the units they hold, per line id
   */
  record Reallocate(LocationId failed, IdempotencyKey key, Map<String, List<ReservationId>> there,
      Map<String, Long> units) implements StockIntent {
    /** Copies the maps. */
    public Reallocate {
      Objects.requireNonNull(failed, "failed");
      Objects.requireNonNull(key, "key");
      there = Map.copyOf(there);
      units = Map.copyOf(units);
    }
  }

  /**
   * One reservation of a checkout hold, as the order adopts it.
   *
   * @param lineId the order line it holds for
   * @param sku its SKU
   * @param reservation the reservation
   */
  record CartUnit(String lineId, Sku sku, ReservationId reservation) {}

  /**
   * One idempotent operation on reservations.
   *
   * @param kind what to do
   * @param reservations the reservations (several only for {@link Kind#RELEASE_ALL})
   * @param quantity units, for {@link Kind#RELEASE_PART}; else 0
   * @param key the idempotency key, for {@link Kind#RELEASE_PART}; else null
   */
  record StockOp(Kind kind, List<ReservationId> reservations, long quantity, @Nullable IdempotencyKey key) {
    /** What a {@link StockOp} does. */
    public enum Kind {
      /** Release everything the reservations hold, in one commit. */
      RELEASE_ALL,
      /** Release some units of one reservation, under a key. */
      RELEASE_PART,
      /** Confirm (pick) everything one reservation holds. */
      CONFIRM,
      /** Put what one reservation has picked back on the shelf. */
      PUT_BACK,
      /** Ship what one reservation has picked. */
      SHIP
    }

    /** Copies the list. */
    public StockOp {
      Objects.requireNonNull(kind, "kind");
      reservations = List.copyOf(reservations);
    }
  }
}
