package dev.ecomops.jdbc;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.LotBalance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ScheduledSupply;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.spi.Outbox;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@link InventoryStore} on PostgreSQL (schema version 2 of {@link EcomopsSchema}): balances
 * in columns ({@code stock_balance}, read without replaying the ledger), the ledger ({@code
 * stock_movement}), reservations with the keys they draw on, commit records by idempotency key,
 * and the commit's events in the {@link JdbcOutbox}, all in one transaction per commit.
 *
 * <p>A commit: the idempotency key's row first ({@code INSERT ... ON CONFLICT DO NOTHING}; a
 * second commit with the key waits for the first, then finds its record and answers {@code
 * DUPLICATE}); then each stock update in key order (a conditional {@code UPDATE ... WHERE version
 * = ?}, or an {@code INSERT} for a new key; a read check takes a share lock and compares), the
 * movements, each reservation in id order (conditional update or insert), and the events. Any
 * guard that does not hold rolls everything back and answers {@code CONFLICT}; so do PostgreSQL's
 * serialization failures and deadlocks (SQL states 40001 and 40P01), which the keeper's retry
 * policy then retries. Other database failures throw {@link IllegalStateException} with the
 * driver's exception as cause; such a commit may or may not have applied, and its retry with the
 * same key is answered from the record (rule 2 of the contract).
 *
 * <p>Thread safe: it holds no state but the data source.
 */
public final class JdbcInventoryStore implements InventoryStore {
  private static final Type LOTS = new TypeToken<List<LotBalance>>() {}.getType();
  private static final Type SCHEDULE = new TypeToken<List<ScheduledSupply>>() {}.getType();
  private static final Type MOVEMENTS = new TypeToken<List<Movement>>() {}.getType();
  private static final Type RESERVATIONS = new TypeToken<List<Reservation>>() {}.getType();

  /** What a commit record's body holds. */
  private record Written(List<Movement> movements, List<Reservation> reservations) {}

  private final DataSource dataSource;
  private final JdbcOutbox outbox;
  private final Gson gson = EventJson.gson();
  private final String s;

  private JdbcInventoryStore(DataSource dataSource, String schema, JdbcOutbox outbox) {
    this.dataSource = dataSource;
    this.s = schema + ".";
    this.outbox = outbox;
  }

  /**
   * The store of a migrated schema, writing events to that schema's outbox.
   *
   * @param dataSource the database (the host's pool)
   * @param schema the schema {@link EcomopsSchema#migrate} created
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcInventoryStore create(DataSource dataSource, String schema) {
    return new JdbcInventoryStore(dataSource, EcomopsSchema.checked(schema), JdbcOutbox.create(dataSource, schema));
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Balance balance(StockKey key) {
    return Sql.read(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT on_hand, reserved, picked, damaged, on_hold, in_transit,"
          + " incoming, safety_stock, version, lots, schedule FROM " + s + "stock_balance WHERE sku = ? AND location = ?")) {
        ps.setString(1, key.sku().value());
        ps.setString(2, key.location().value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Balance.EMPTY;
          }
          return Balance.restore(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
              rs.getLong(7), rs.getLong(8), rs.getLong(9), gson.fromJson(rs.getString(10), LOTS),
              gson.fromJson(rs.getString(11), SCHEDULE));
        }
      }
    });
  }

  @Override
  public List<Movement> movements(StockKey key) {
    return Sql.read(dataSource, c -> {
      List<Movement> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT body FROM " + s + "stock_movement WHERE sku = ? AND location = ?"
          + " ORDER BY sequence")) {
        ps.setString(1, key.sku().value());
        ps.setString(2, key.location().value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(gson.fromJson(rs.getString(1), Movement.class));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  @Override
  public List<StockKey> keys() {
    return Sql.read(dataSource, c -> {
      List<StockKey> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT sku, location FROM " + s + "stock_balance");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(StockKey.of(rs.getString(1), rs.getString(2)));
        }
      }
      return List.copyOf(out);
    });
  }

  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    return Sql.read(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT body FROM " + s + "reservation WHERE id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(gson.fromJson(rs.getString(1), Reservation.class)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<Reservation> dueReservations(StockKey key, Instant now) {
    return Sql.read(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT r.body FROM " + s + "reservation r JOIN " + s
          + "reservation_key k ON k.reservation_id = r.id WHERE k.sku = ? AND k.location = ? AND r.status = 'ACTIVE'"
          + " AND r.expires_at <= ? ORDER BY r.expires_at, r.id")) {
        ps.setString(1, key.sku().value());
        ps.setString(2, key.location().value());
        ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return reservations(ps);
      }
    });
  }

  @Override
  public List<Reservation> dueReservations(Instant now, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit was " + limit + " but must be at least 1");
    }
    return Sql.read(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT body FROM " + s + "reservation WHERE status = 'ACTIVE'"
          + " AND expires_at IS NOT NULL AND expires_at <= ? ORDER BY expires_at, id LIMIT ?")) {
        ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        ps.setInt(2, limit);
        return reservations(ps);
      }
    });
  }

  private List<Reservation> reservations(PreparedStatement ps) throws SQLException {
    List<Reservation> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(gson.fromJson(rs.getString(1), Reservation.class));
      }
    }
    return out;
  }

  @Override
  public Optional<CommitRecord> committed(IdempotencyKey key) {
    return Sql.read(dataSource, c -> record(c, key));
  }

  private Optional<CommitRecord> record(Connection c, IdempotencyKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, body FROM " + s
        + "commit_record WHERE idempotency_key = ?")) {
      ps.setString(1, key.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Written w = gson.fromJson(rs.getString(2), Written.class);
        return Optional.of(new CommitRecord(key, rs.getString(1), w.movements(), w.reservations()));
      }
    }
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    return Sql.write(dataSource, c -> {
      IdempotencyKey key = commit.idempotencyKey();
      if (key != null) {
        CommitRecord record = CommitRecord.of(commit);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + "commit_record (idempotency_key, fingerprint,"
            + " body) VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING")) {
          ps.setString(1, key.value());
          ps.setString(2, record.fingerprint());
          ps.setString(3, gson.toJson(new Written(record.movements(), record.reservations())));
          if (ps.executeUpdate() == 0) {
            return Sql.Decision.rollback(CommitOutcome.duplicate(record(c, key).orElseThrow(
                () -> new IllegalStateException("commit record " + key.value() + " vanished"))));
          }
        }
      }
      List<Commit.StockUpdate> stock = new ArrayList<>(commit.stock());
      stock.sort(Comparator.comparing(Commit.StockUpdate::key)); // one lock order for every commit: no deadlock
      for (Commit.StockUpdate u : stock) {
        if (!stockUpdate(c, u)) {
          return Sql.Decision.rollback(CommitOutcome.conflict());
        }
      }
      List<Commit.ReservationUpdate> reservations = new ArrayList<>(commit.reservations());
      reservations.sort(Comparator.comparing(r -> r.reservation().id().value()));
      for (Commit.ReservationUpdate u : reservations) {
        if (!reservationUpdate(c, u)) {
          return Sql.Decision.rollback(CommitOutcome.conflict());
        }
      }
      outbox.append(c, commit.events());
      return Sql.Decision.commit(CommitOutcome.applied());
    }, CommitOutcome.conflict());
  }

  private boolean stockUpdate(Connection c, Commit.StockUpdate u) throws SQLException {
    StockKey key = u.key();
    if (u.movements().isEmpty()) { // a read check: the version must still be the one read
      try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + s + "stock_balance WHERE sku = ? AND"
          + " location = ? FOR SHARE")) {
        ps.setString(1, key.sku().value());
        ps.setString(2, key.location().value());
        try (ResultSet rs = ps.executeQuery()) {
          return (rs.next() ? rs.getLong(1) : 0) == u.expectedVersion();
        }
      }
    }
    Balance b = u.balance();
    String sql = u.expectedVersion() == 0
        ? "INSERT INTO " + s + "stock_balance (on_hand, reserved, picked, damaged, on_hold, in_transit, incoming,"
            + " safety_stock, version, lots, schedule, sku, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (sku, location) DO NOTHING"
        : "UPDATE " + s + "stock_balance SET on_hand = ?, reserved = ?, picked = ?, damaged = ?, on_hold = ?,"
            + " in_transit = ?, incoming = ?, safety_stock = ?, version = ?, lots = ?, schedule = ?"
            + " WHERE sku = ? AND location = ? AND version = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      long[] figures = {b.onHand(), b.reserved(), b.picked(), b.damaged(), b.onHold(), b.inTransit(), b.incoming(),
          b.safetyStock(), b.version()};
      for (int i = 0; i < figures.length; i++) {
        ps.setLong(i + 1, figures[i]);
      }
      ps.setString(10, gson.toJson(b.lots(), LOTS));
      ps.setString(11, gson.toJson(b.schedule(), SCHEDULE));
      ps.setString(12, key.sku().value());
      ps.setString(13, key.location().value());
      if (u.expectedVersion() != 0) {
        ps.setLong(14, u.expectedVersion());
      }
      if (ps.executeUpdate() != 1) {
        return false;
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + "stock_movement (sku, location, sequence, body)"
        + " VALUES (?, ?, ?, ?)")) {
      for (Movement m : u.movements()) {
        ps.setString(1, key.sku().value());
        ps.setString(2, key.location().value());
        ps.setLong(3, m.sequence());
        ps.setString(4, gson.toJson(m, Movement.class));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return true;
  }

  private boolean reservationUpdate(Connection c, Commit.ReservationUpdate u) throws SQLException {
    Reservation r = u.reservation();
    boolean insert = u.expectedVersion() == 0;
    String sql = insert
        ? "INSERT INTO " + s + "reservation (version, status, expires_at, body, id) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING"
        : "UPDATE " + s + "reservation SET version = ?, status = ?, expires_at = ?, body = ? WHERE id = ? AND version = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, r.version());
      ps.setString(2, r.status().name());
      ps.setObject(3, r.expiresAt().map(at -> OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).orElse(null));
      ps.setString(4, gson.toJson(r, Reservation.class));
      ps.setString(5, r.id().value());
      if (!insert) {
        ps.setLong(6, u.expectedVersion());
      }
      if (ps.executeUpdate() != 1) {
        return false;
      }
    }
    if (insert) {
      Set<StockKey> keys = new LinkedHashSet<>();
      for (ReservationLine line : r.lines()) {
        keys.add(line.key());
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + "reservation_key (sku, location, reservation_id)"
          + " VALUES (?, ?, ?)")) {
        for (StockKey k : keys) {
          ps.setString(1, k.sku().value());
          ps.setString(2, k.location().value());
          ps.setString(3, r.id().value());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    return true;
  }
}
