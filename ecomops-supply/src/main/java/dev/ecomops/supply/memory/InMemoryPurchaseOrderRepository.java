package dev.ecomops.supply.memory;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The embedded {@link PurchaseOrderRepository}: two {@link VersionedMap}s. Thread safe. */
public final class InMemoryPurchaseOrderRepository implements PurchaseOrderRepository {
  private final VersionedMap<PurchaseOrder> pos = new VersionedMap<>(p -> p.id().value(), PurchaseOrder::version);
  private final VersionedMap<UnexpectedReceipt> unexpected = new VersionedMap<>(UnexpectedReceipt::id,
      UnexpectedReceipt::version);
  private final InMemoryOutbox outbox;

  /** An empty repository with an outbox of its own. */
  public InMemoryPurchaseOrderRepository() {
    this(InMemoryOutbox.create());
  }

  /** An empty repository writing its events to {@code outbox}, which other stores may share. */
  public InMemoryPurchaseOrderRepository(InMemoryOutbox outbox) {
    this.outbox = java.util.Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public boolean save(PurchaseOrder po, long expectedVersion, List<EventEnvelope> events) {
    return pos.save(po, expectedVersion, events, outbox);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    return pos.find(id.value());
  }

  @Override
  public List<PurchaseOrder> bySupplier(String supplier) {
    return pos.values().stream().filter(p -> p.supplier().equals(supplier))
        .sorted(Comparator.comparing(PurchaseOrder::id)).toList();
  }

  @Override
  public boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion, List<EventEnvelope> events) {
    return unexpected.save(receipt, expectedVersion, events, outbox);
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
