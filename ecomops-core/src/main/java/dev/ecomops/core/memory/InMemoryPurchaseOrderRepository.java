package dev.ecomops.core.memory;

import dev.ecomops.core.supply.PurchaseOrder;
import dev.ecomops.core.supply.UnexpectedReceipt;
import dev.ecomops.core.supply.spi.PurchaseOrderRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The embedded {@link PurchaseOrderRepository}: two {@link VersionedMap}s. Thread safe. */
public final class InMemoryPurchaseOrderRepository implements PurchaseOrderRepository {
  private final VersionedMap<PurchaseOrder> pos = new VersionedMap<>(PurchaseOrder::id, PurchaseOrder::version);
  private final VersionedMap<UnexpectedReceipt> unexpected = new VersionedMap<>(UnexpectedReceipt::id,
      UnexpectedReceipt::version);

  @Override
  public boolean save(PurchaseOrder po, long expectedVersion) {
    return pos.save(po, expectedVersion);
  }

  @Override
  public Optional<PurchaseOrder> find(String id) {
    return pos.find(id);
  }

  @Override
  public List<PurchaseOrder> bySupplier(String supplier) {
    return pos.values().stream().filter(p -> p.supplier().equals(supplier))
        .sorted(Comparator.comparing(PurchaseOrder::id)).toList();
  }

  @Override
  public boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion) {
    return unexpected.save(receipt, expectedVersion);
  }

  @Override
  public Optional<UnexpectedReceipt> findUnexpected(String id) {
    return unexpected.find(id);
  }

  @Override
  public List<UnexpectedReceipt> heldUnexpected() {
    return unexpected.values().stream().filter(UnexpectedReceipt::held)
        .sorted(Comparator.comparing(UnexpectedReceipt::id)).toList();
  }
}
