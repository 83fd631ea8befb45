/**
 * PostgreSQL implementations of ecomops's SPIs on plain JDBC over a host's {@link
 * javax.sql.DataSource} (the host owns the pool): the inventory store ({@link
 * dev.ecomops.jdbc.JdbcInventoryStore}), the transactional outbox ({@link
 * dev.ecomops.jdbc.JdbcOutbox}), ids ({@link dev.ecomops.jdbc.JdbcIdGenerator}), and the schema
 * they need as Flyway migrations ({@link dev.ecomops.jdbc.EcomopsSchema}). Events are stored as
 * JSON ({@link dev.ecomops.jdbc.EventJson}).
 */
@NullMarked
package dev.ecomops.jdbc;

import org.jspecify.annotations.NullMarked;
