package dev.ecomops.testkit.supply;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.util.List;
import java.util.Optional;

/**
 * A repository that stores whatever it is given, ignoring versions: the embedded one, each save
 * told to expect whatever is stored and retried until it lands, so the last writer wins.
 */
final class VersionBlindPurchaseOrderRepository implements PurchaseOrderRepository {
  private final InMemoryPurchaseOrderRepository real = new InMemoryPurchaseOrderRepository();

  @Override
  public boolean save(PurchaseOrder po, long expectedVersion, List<EventEnvelope> events) {
    while (!real.save(po, real.find(po.id()).map(PurchaseOrder::version).orElse(0L), events)) {
      Thread.onSpinWait();
    }
    return true;
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    return real.find(id);
  }

  @Override
  public List<PurchaseOrder> bySupplier(String supplier) {
    return real.bySupplier(supplier);
  }

  @Override
  public boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion, List<EventEnvelope> events) {
    while (!real.saveUnexpected(receipt, real.findUnexpected(receipt.id()).map(UnexpectedReceipt::version).orElse(0L),
        events)) {
      Thread.onSpinWait();
    }
    return true;
  }

  @Override
  public Optional<UnexpectedReceipt> findUnexpected(String id) {
    return real.findUnexpected(id);
  }

  @Override
  public List<UnexpectedReceipt> heldUnexpected() {
    return real.heldUnexpected();
  }

  @Override
  public Outbox outbox() {
    return real.outbox();
  }
}
