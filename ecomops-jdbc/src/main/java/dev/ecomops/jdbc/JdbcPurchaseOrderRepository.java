package dev.ecomops.jdbc;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link PurchaseOrderRepository} on PostgreSQL (schema version 4 of {@link EcomopsSchema}):
 * purchase orders indexed by supplier and unexpected receipts indexed by whether they are held,
 * each saved by a conditional write with its events in the outbox, in one transaction. A lost
 * race answers false like a version mismatch; other failures throw {@link IllegalStateException}.
 */
public final class JdbcPurchaseOrderRepository implements PurchaseOrderRepository {
  private final JdbcOutbox outbox;
  private final VersionedTable<PurchaseOrder> orders;
  private final VersionedTable<UnexpectedReceipt> unexpected;

  private JdbcPurchaseOrderRepository(DataSource dataSource, String schema) {
    this.outbox = JdbcOutbox.create(dataSource, schema);
    this.orders = new VersionedTable<>(dataSource, outbox, schema, "purchase_order", PurchaseOrder.class,
        v -> v.id().value(), PurchaseOrder::version, PurchaseOrder::supplier, p -> false);
    this.unexpected = new VersionedTable<>(dataSource, outbox, schema, "unexpected_receipt", UnexpectedReceipt.class,
        UnexpectedReceipt::id, UnexpectedReceipt::version, r -> null, UnexpectedReceipt::held);
  }

  /**
   * The repository of a migrated schema, writing events to that schema's outbox.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcPurchaseOrderRepository create(DataSource dataSource, String schema) {
    return new JdbcPurchaseOrderRepository(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public boolean save(PurchaseOrder po, long expectedVersion, List<EventEnvelope> events) {
    return orders.save(po, expectedVersion, events);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    return orders.find(id.value());
  }

  @Override
  public List<PurchaseOrder> bySupplier(String supplier) {
    return orders.byLookup(supplier);
  }

  @Override
  public boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion, List<EventEnvelope> events) {
    return unexpected.save(receipt, expectedVersion, events);
  }

  @Override
  public Optional<UnexpectedReceipt> findUnexpected(String id) {
    return unexpected.find(id);
  }

  @Override
  public List<UnexpectedReceipt> heldUnexpected() {
    return unexpected.flagged();
  }
}
