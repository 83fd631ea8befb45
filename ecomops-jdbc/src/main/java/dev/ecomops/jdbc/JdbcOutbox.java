package dev.ecomops.jdbc;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * The outbox as a PostgreSQL table ({@code outbox} of the schema {@link EcomopsSchema} migrated).
 * Stores write a commit's events with {@link #append} on the connection of the commit's own
 * transaction, so events exist if and only if the state does. Relays on any number of nodes
 * {@link #claim} with {@code SELECT ... FOR UPDATE SKIP LOCKED}: a row another relay is claiming
 * is skipped, not waited for.
 *
 * <p>Order per aggregate across relays: a claim first takes transaction-scoped advisory locks on
 * the aggregates of the oldest claimable events (a hash of each name; an aggregate another relay
 * holds is left for the next claim), then, in a statement whose snapshot is taken after those
 * locks, takes each locked aggregate's events that have no earlier event under a live lease. The
 * order matters: in one statement, PostgreSQL's READ COMMITTED snapshot could predate a lease
 * another relay committed a moment before, and a later event would overtake a leased earlier one
 * (the contract's concurrent test caught exactly that). A hash collision only makes one of two
 * aggregates wait for the next claim. Acknowledged events are deleted; {@link #pending} counts
 * the rest.
 *
 * <p>Every method runs in a transaction of its own and throws {@link IllegalStateException} (the
 * cause is the driver's {@link SQLException}) when the database fails; nothing changes then, and
 * a claim's events stay claimable.
 */
public final class JdbcOutbox implements Outbox {
  private final DataSource dataSource;
  private final String insert;
  private final String lockAggregates;
  private final String claim;
  private final String acknowledge;
  private final String unclaim;
  private final String pending;

  private JdbcOutbox(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    String t = schema + ".outbox";
    this.insert = "INSERT INTO " + t + " (event_id, aggregate, sequence, schema_version, type, payload)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
    // 1: lock (transaction-scoped, try) the aggregates of the oldest claimable events: a walk of
    // the primary key in position order that stops after `limit` rows, whatever the backlog
    this.lockAggregates = "SELECT DISTINCT a.aggregate FROM (SELECT aggregate FROM " + t
        + " WHERE leased_until IS NULL OR leased_until <= ? ORDER BY position LIMIT ?) a"
        + " WHERE pg_try_advisory_xact_lock(hashtextextended(a.aggregate, 0))";
    // 2: in a new snapshot, taken once those locks are held, so every lease another relay wrote on
    // them is visible: claim their events with no earlier event under a live lease
    this.claim = "WITH picked AS ("
        + " SELECT o.position FROM " + t + " o"
        + " WHERE o.aggregate = ANY (?) AND (o.leased_until IS NULL OR o.leased_until <= ?)"
        + " AND NOT EXISTS (SELECT 1 FROM " + t + " e WHERE e.aggregate = o.aggregate AND e.sequence < o.sequence"
        + "   AND e.leased_until > ?)"
        + " ORDER BY o.position LIMIT ? FOR UPDATE SKIP LOCKED)"
        + " UPDATE " + t + " o SET leased_until = ? FROM picked WHERE o.position = picked.position"
        + " RETURNING o.position, o.aggregate, o.sequence, o.schema_version, o.type, o.payload";
    this.acknowledge = "DELETE FROM " + t + " WHERE event_id = ANY (?)";
    this.unclaim = "UPDATE " + t + " SET leased_until = NULL WHERE event_id = ANY (?)";
    this.pending = "SELECT count(*) FROM " + t;
  }

  /**
   * The outbox of a migrated schema.
   *
   * @param dataSource the database
   * @param schema the schema {@link EcomopsSchema#migrate} created
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcOutbox create(DataSource dataSource, String schema) {
    return new JdbcOutbox(dataSource, EcomopsSchema.checked(schema));
  }

  /**
   * Writes events in the caller's transaction, in order (one batched round trip). The caller
   * commits or rolls back; the events go with it.
   *
   * @param connection the connection of the transaction that writes the events' state
   * @param events the events, each aggregate's in sequence order
   * @throws SQLException as the driver reports it (an event id written before is a unique violation)
   */
  public void append(Connection connection, List<EventEnvelope> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(insert)) {
      for (EventEnvelope e : events) {
        ps.setString(1, e.id());
        ps.setString(2, e.aggregate());
        ps.setLong(3, e.sequence());
        ps.setInt(4, e.schemaVersion());
        ps.setString(5, EventJson.typeName(e.event()));
        ps.setString(6, EventJson.write(e.event()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Events as the JSON rows {@code commit_inventory} inserts into the outbox, in order. */
  static com.google.gson.JsonArray rows(List<EventEnvelope> events) {
    com.google.gson.JsonArray out = new com.google.gson.JsonArray();
    for (EventEnvelope e : events) {
      com.google.gson.JsonObject o = new com.google.gson.JsonObject();
      o.addProperty("id", e.id());
      o.addProperty("aggregate", e.aggregate());
      o.addProperty("sequence", e.sequence());
      o.addProperty("schemaVersion", e.schemaVersion());
      o.addProperty("type", EventJson.typeName(e.event()));
      o.addProperty("payload", EventJson.write(e.event()));
      out.add(o);
    }
    return out;
  }

  @Override
  public List<EventEnvelope> claim(Instant now, Duration lease, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit was " + limit + " but must be at least 1");
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease was " + lease + " but must be positive");
    }
    record Row(long position, EventEnvelope envelope) {}
    List<Row> rows = new ArrayList<>();
    inTransaction(c -> {
      rows.clear();
      OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
      List<String> locked = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(lockAggregates)) {
        ps.setObject(1, at);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            locked.add(rs.getString(1));
          }
        }
      }
      if (locked.isEmpty()) {
        return null;
      }
      Array aggregates = c.createArrayOf("text", locked.toArray());
      try (PreparedStatement ps = c.prepareStatement(claim)) {
        ps.setArray(1, aggregates);
        ps.setObject(2, at);
        ps.setObject(3, at);
        ps.setInt(4, limit);
        ps.setObject(5, OffsetDateTime.ofInstant(now.plus(lease), ZoneOffset.UTC));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new Row(rs.getLong(1), EventEnvelope.restore(rs.getString(2), rs.getLong(3), rs.getInt(4),
                EventJson.read(rs.getString(5), rs.getString(6)))));
          }
        }
      } finally {
        aggregates.free();
      }
      return null;
    });
    rows.sort(Comparator.comparingLong(Row::position));
    return rows.stream().map(Row::envelope).toList();
  }

  @Override
  public void acknowledge(Collection<EventEnvelope> delivered) {
    byIds(acknowledge, delivered);
  }

  @Override
  public void unclaim(Collection<EventEnvelope> undelivered) {
    byIds(unclaim, undelivered);
  }

  @Override
  public long pending() {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(pending); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private void byIds(String sql, Collection<EventEnvelope> envelopes) {
    if (envelopes.isEmpty()) {
      return;
    }
    inTransaction(c -> {
      Array ids = c.createArrayOf("text", envelopes.stream().map(EventEnvelope::id).toArray());
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setArray(1, ids);
        ps.executeUpdate();
      } finally {
        ids.free();
      }
      return null;
    });
  }

  private <T> T inTransaction(Sql.Work<T> work) {
    return Sql.write(dataSource, c -> Sql.Decision.commit(work.run(c)), null);
  }
}
