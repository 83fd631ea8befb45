package dev.ecomops.testkit.supply;

import dev.ecomops.core.supply.PurchaseOrder;
import dev.ecomops.core.supply.UnexpectedReceipt;
import dev.ecomops.core.supply.spi.PurchaseOrderRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A repository that stores whatever it is given, ignoring versions. */
final class VersionBlindPurchaseOrderRepository implements PurchaseOrderRepository {
  private final Map<String, PurchaseOrder> pos = new ConcurrentHashMap<>();
  private final Map<String, UnexpectedReceipt> unexpected = new ConcurrentHashMap<>();

  @Override
  public boolean save(PurchaseOrder po, long expectedVersion) {
    pos.put(po.id(), po);
    return true;
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

  @Override
  public boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion) {
    unexpected.put(receipt.id(), receipt);
    return true;
  }

  @Override
  public Optional<UnexpectedReceipt> findUnexpected(String id) {
    return Optional.ofNullable(unexpected.get(id));
  }

  @Override
  public List<UnexpectedReceipt> heldUnexpected() {
    return unexpected.values().stream().filter(UnexpectedReceipt::held)
        .sorted(Comparator.comparing(UnexpectedReceipt::id)).toList();
  }
}
