package dev.ecomops.jdbc;

import com.google.gson.Gson;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.spi.Outbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link OrderRepository} on PostgreSQL (schema version 3 of {@link EcomopsSchema}): one row
 * per order with its version, the columns its lookups need (customer, payment fingerprint,
 * ship-to key, whether an intent is pending, each indexed) and the order as JSON; a write's events
 * go to the schema's {@link JdbcOutbox} in the same transaction. {@link #replace} is a conditional
 * {@code UPDATE ... WHERE version = ?}; a lost race (SQL states 40001, 40P01) answers false like a
 * version mismatch. Other database failures throw {@link IllegalStateException}; such a write may
 * or may not have applied. Thread safe.
 */
public final class JdbcOrderRepository implements OrderRepository {
  private final DataSource dataSource;
  private final JdbcOutbox outbox;
  private final Gson gson = EventJson.gson();
  private final String t;

  private JdbcOrderRepository(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.outbox = JdbcOutbox.create(dataSource, schema);
    this.t = schema + ".orders";
  }

  /**
   * The repository of a migrated schema, writing events to that schema's outbox.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcOrderRepository create(DataSource dataSource, String schema) {
    return new JdbcOrderRepository(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public Optional<Order> find(OrderId id) {
    List<Order> found = query("SELECT body FROM " + t + " WHERE id = ?", id.value(), Integer.MAX_VALUE);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public boolean insert(Order order, List<EventEnvelope> events) {
    return Sql.write(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " (version, customer_id, payment_fingerprint,"
          + " ship_to_key, placed_at, pending, body, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
        bind(ps, order);
        if (ps.executeUpdate() != 1) {
          return Sql.Decision.rollback(false);
        }
      }
      outbox.append(c, events);
      return Sql.Decision.commit(true);
    }, false);
  }

  @Override
  public boolean replace(Order next, long expectedVersion, List<EventEnvelope> events) {
    if (next.version() != expectedVersion + 1) {
      return false;
    }
    return Sql.write(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + t + " SET version = ?, customer_id = ?,"
          + " payment_fingerprint = ?, ship_to_key = ?, placed_at = ?, pending = ?, body = ? WHERE id = ? AND version = ?")) {
        bind(ps, next);
        ps.setLong(9, expectedVersion);
        if (ps.executeUpdate() != 1) {
          return Sql.Decision.rollback(false);
        }
      }
      outbox.append(c, events);
      return Sql.Decision.commit(true);
    }, false);
  }

  private void bind(PreparedStatement ps, Order o) throws SQLException {
    ps.setLong(1, o.version());
    ps.setString(2, o.customerId());
    ps.setString(3, o.paymentFingerprint().orElse(null));
    ps.setString(4, o.shipToKey());
    ps.setObject(5, OffsetDateTime.ofInstant(o.placedAt(), ZoneOffset.UTC));
    ps.setBoolean(6, o.pending().isPresent());
    ps.setString(7, gson.toJson(o, Order.class));
    ps.setString(8, o.id().value());
  }

  @Override
  public List<Order> pending(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit was " + limit + " but must be at least 1");
    }
    return query("SELECT body FROM " + t + " WHERE pending ORDER BY placed_at, id LIMIT ?", null, limit);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public List<Order> byCustomer(String customerId) {
    return query("SELECT body FROM " + t + " WHERE customer_id = ? ORDER BY placed_at, id", customerId, Integer.MAX_VALUE);
  }

  @Override
  public List<Order> byPaymentFingerprint(String fingerprint) {
    return query("SELECT body FROM " + t + " WHERE payment_fingerprint = ? ORDER BY placed_at, id", fingerprint,
        Integer.MAX_VALUE);
  }

  @Override
  public List<Order> byShipToKey(String shipToKey) {
    return query("SELECT body FROM " + t + " WHERE ship_to_key = ? ORDER BY placed_at, id", shipToKey, Integer.MAX_VALUE);
  }

  /** Orders a query returns; {@code argument} is its one text parameter, or (null) {@code limit} is. */
  private List<Order> query(String sql, String argument, int limit) {
    return Sql.read(dataSource, c -> {
      List<Order> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (argument != null) {
          ps.setString(1, argument);
        } else {
          ps.setInt(1, limit);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(gson.fromJson(rs.getString(1), Order.class));
          }
        }
      }
      return out;
    });
  }
}
