package dev.ecomops.supply.sourcing;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.supply.purchase.PurchaseOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns supplier choices into draft purchase orders: one per supplier and delivery location, a
 * line per SKU with the chosen quantity (already rounded to the offer's MOQ and case pack) at the
 * offer's unit cost for that quantity.
 */
public final class PurchasePlan {
  private PurchasePlan() {}

  /**
   * A SKU to buy for a location, and the supplier chosen for it.
   *
   * @param location where it is delivered
   * @param choice the {@link SupplierChoice} made for it
   */
  public record Buy(LocationId location, SupplierChoice.Choice choice) {
    /** Checks presence. */
    public Buy {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(choice, "choice");
    }
  }

  /**
   * Draft purchase orders for the buys, with ids {@code <prefix><supplier>-<location>}, ordered by
   * id; lines numbered from 1 in the order the buys were given. Buys with quantity 0 are left out.
   */
  public static List<PurchaseOrder> drafts(String prefix, List<Buy> buys) {
    Map<String, List<Buy>> grouped = new TreeMap<>();
    for (Buy b : buys) {
      if (b.choice().chosen().quantity() > 0) {
        grouped.computeIfAbsent(prefix + b.choice().chosen().offer().supplier() + "-" + b.location().value(),
            k -> new ArrayList<>()).add(b);
      }
    }
    List<PurchaseOrder> out = new ArrayList<>();
    grouped.forEach((id, group) -> {
      List<PurchaseOrder.Line> lines = new ArrayList<>();
      for (Buy b : group) {
        SupplierChoice.Candidate c = b.choice().chosen();
        lines.add(PurchaseOrder.Line.of(Integer.toString(lines.size() + 1), c.offer().sku(), c.quantity(),
            c.offer().unitCost(c.quantity())));
      }
      out.add(PurchaseOrder.draft(PurchaseOrderId.of(id), group.get(0).choice().chosen().offer().supplier(), group.get(0).location(), lines));
    });
    return out;
  }
}
