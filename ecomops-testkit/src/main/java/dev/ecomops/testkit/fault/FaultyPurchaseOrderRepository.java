package dev.ecomops.testkit.fault;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@link PurchaseOrderRepository} whose writes and reads fail as a database's do (see {@link FaultInjector}). */
public final class FaultyPurchaseOrderRepository implements PurchaseOrderRepository {
  private final PurchaseOrderRepository delegate;
  private final FaultInjector faults;
  private final Outbox outbox;

  /**
   * A wrapper.
   *
   * @param delegate the real repository
   * @param faults the source of faults
   */
  public FaultyPurchaseOrderRepository(PurchaseOrderRepository delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.outbox = new FaultyOutbox(delegate.outbox(), faults);
  }

  @Override
  public boolean save(PurchaseOrder po, long expectedVersion, List<EventEnvelope> events) {
    return faults.write("PurchaseOrderRepository.save", () -> delegate.save(po, expectedVersion, events), false);
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    faults.read("PurchaseOrderRepository.find");
    return delegate.find(id);
  }

  @Override
  public List<PurchaseOrder> bySupplier(String supplier) {
    faults.read("PurchaseOrderRepository.bySupplier");
    return delegate.bySupplier(supplier);
  }

  @Override
  public boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion, List<EventEnvelope> events) {
    return faults.write("PurchaseOrderRepository.saveUnexpected",
        () -> delegate.saveUnexpected(receipt, expectedVersion, events), false);
  }

  @Override
  public Optional<UnexpectedReceipt> findUnexpected(String id) {
    faults.read("PurchaseOrderRepository.findUnexpected");
    return delegate.findUnexpected(id);
  }

  @Override
  public List<UnexpectedReceipt> heldUnexpected() {
    faults.read("PurchaseOrderRepository.heldUnexpected");
    return delegate.heldUnexpected();
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
