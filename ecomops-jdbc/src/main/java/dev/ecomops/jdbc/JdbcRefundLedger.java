package dev.ecomops.jdbc;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.RefundRecord;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link RefundLedger} on PostgreSQL (schema version 6 of {@link EcomopsSchema}): a
 * conditional write per save; an order's refunds through an index on the order id. A lost race
 * answers false like a version mismatch; other failures throw {@link IllegalStateException}.
 */
public final class JdbcRefundLedger implements RefundLedger {
  private final VersionedTable<RefundRecord> records;

  private JdbcRefundLedger(DataSource dataSource, String schema) {
    this.records = new VersionedTable<>(dataSource, JdbcOutbox.create(dataSource, schema), schema, "refund",
        RefundRecord.class, RefundRecord::key, RefundRecord::version, r -> r.orderId().value(), RefundRecord::paid);
  }

  /**
   * The ledger of a migrated schema.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcRefundLedger create(DataSource dataSource, String schema) {
    return new JdbcRefundLedger(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public boolean save(RefundRecord record, long expectedVersion) {
    return records.save(record, expectedVersion, List.of());
  }

  @Override
  public Optional<RefundRecord> find(String key) {
    return records.find(key);
  }

  @Override
  public List<RefundRecord> byOrder(OrderId orderId) {
    return records.byLookup(orderId.value());
  }
}
