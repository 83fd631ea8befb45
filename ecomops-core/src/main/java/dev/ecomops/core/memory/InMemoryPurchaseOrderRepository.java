package dev.ecomops.core.memory;

import dev.ecomops.core.supply.PurchaseOrder;
import dev.ecomops.core.supply.spi.PurchaseOrderRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded {@link PurchaseOrderRepository}: a concurrent map, compare-and-set on versions. */
public final class InMemoryPurchaseOrderRepository implements PurchaseOrderRepository {
  private final ConcurrentHashMap<String, PurchaseOrder> pos = new ConcurrentHashMap<>();

  @Override
  public boolean save(PurchaseOrder po, long expectedVersion) {
    boolean[] saved = {false};
    pos.compute(po.id(), (id, stored) -> {
      if ((stored == null ? 0 : stored.version()) != expectedVersion) {
        return stored;
      }
      saved[0] = true;
      return po;
    });
    return saved[0];
  }

  @Override
  public Optional<PurchaseOrder> find(String id) {
    return Optional.ofNullable(pos.get(id));
  }

  @Override
  public List<PurchaseOrder> bySupplier(String supplier) {
    return pos.values().stream().filter(p -> p.supplier().equals(supplier))
        .sorted(Comparator.comparing(PurchaseOrder::id)).toList();
  }
}
