package dev.ecomops.jdbc;

import com.google.gson.Gson;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.spi.Outbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The {@link InventoryStore} on PostgreSQL (schema versions 2 and 5 of {@link EcomopsSchema}): balances
 * in columns ({@code stock_balance}, read without replaying the ledger), the ledger ({@code
 * stock_movement}), reservations with the keys they draw on, commit records by idempotency key,
 * and the commit's events in the {@link JdbcOutbox}, all in one transaction per commit.
 *
 * <p>A commit is one round trip: the whole commit goes as one JSON document to the schema's
 * {@code commit_inventory} function (migration V5), called in autocommit, so the call is the
 * transaction. It writes the idempotency key's row first ({@code INSERT ... ON CONFLICT DO
 * NOTHING}; a second commit with the key waits for the first, then answers {@code DUPLICATE}
 * having written nothing); then each stock update in key order (a conditional {@code UPDATE ...
 * WHERE version = ?}, or an {@code INSERT} for a new key; a read check takes a share lock and
 * compares), the movements, each reservation in id order (conditional update or insert), and the
 * events into the outbox. A guard that does not hold raises SQL state {@value #CONFLICT_STATE},
 * which rolls everything back and answers {@code CONFLICT}; so do PostgreSQL's serialization
 * failures and deadlocks (SQL states 40001 and 40P01), which the keeper's retry policy then
 * retries. (Statement by statement, a reserve cost seven round trips.) Other database failures
 * throw {@link IllegalStateException} with the driver's exception as cause; such a commit may or
 * may not have applied, and its retry with the same key is answered from the record (rule 2 of
 * the contract). Reads are single statements in autocommit, one round trip each.
 *
 * <p>Thread safe: it holds no state but the data source.
 */
public final class JdbcInventoryStore implements InventoryStore {
  /** A balance row's columns as {@link #balanceAt} reads them, {@code stock_balance} aliased {@code b}. */
  private static final String BALANCE_COLUMNS = "b.on_hand, b.reserved, b.picked, b.damaged, b.on_hold, b.in_transit,"
      + " b.incoming, b.safety_stock, b.version, b.lots, b.schedule";

  private final DataSource dataSource;
  private final JdbcOutbox outbox;
  private final Gson gson = EventJson.gson();
  private final String s;
  /**
   * What this instance last read or committed per key, for {@link #planningBalance}: saves the
   * read before a commit. Versions only grow, so of two answers the higher version wins; a
   * conflict drops the commit's keys. Cleared when it grows past {@link #RECENT_MAX} keys.
   */
  private final ConcurrentHashMap<StockKey, Balance> recent = new ConcurrentHashMap<>();
  /** Likewise for reservations, for {@link #planningReservation}. */
  private final ConcurrentHashMap<ReservationId, Reservation> recentReservations = new ConcurrentHashMap<>();
  private static final int RECENT_MAX = 100_000;
  private final boolean planFromRecent;
  private final InventoryLedgerReads reads;

  private JdbcInventoryStore(DataSource dataSource, String schema, JdbcOutbox outbox, boolean planFromRecent) {
    this.dataSource = dataSource;
    this.s = schema + ".";
    this.outbox = outbox;
    this.planFromRecent = planFromRecent;
    this.reads = new InventoryLedgerReads(dataSource, gson, this.s);
  }

  /**
   * The store of a migrated schema, writing events to that schema's outbox.
   *
   * @param dataSource the database (the host's pool)
   * @param schema the schema {@link EcomopsSchema#migrate} created
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcInventoryStore create(DataSource dataSource, String schema) {
    return new JdbcInventoryStore(dataSource, EcomopsSchema.checked(schema), JdbcOutbox.create(dataSource, schema), true);
  }

  /**
   * The same store, planning every command on a fresh read ({@link #planningBalance} and {@link
   * #planningReservation} ask the database): for hosts whose nodes work the same hot keys, where a
   * balance another node just changed would cost a failed commit rather than a read.
   */
  public JdbcInventoryStore planningOnFreshReads() {
    return new JdbcInventoryStore(dataSource, s.substring(0, s.length() - 1), outbox, false);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Balance balance(StockKey key) {
    return balances(List.of(key)).get(0);
  }

  /** From what this instance last read or committed on the key, else read (one round trip saved per command). */
  @Override
  public Balance planningBalance(StockKey key) {
    Balance known = planFromRecent ? recent.get(key) : null;
    return known != null ? known : balance(key);
  }

  /**
   * The balance in {@link #BALANCE_COLUMNS} from column {@code first} on; {@link Balance#EMPTY} when
   * the row is missing (a left join found none: the key has no movements).
   */
  private Balance balanceAt(ResultSet rs, int first) throws SQLException {
    if (rs.getObject(first + 8) == null) {
      return Balance.EMPTY;
    }
    return Balance.restore(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
        rs.getLong(first + 4), rs.getLong(first + 5), rs.getLong(first + 6), rs.getLong(first + 7),
        rs.getLong(first + 8), gson.fromJson(rs.getString(first + 9), CommitDocument.LOTS), gson.fromJson(rs.getString(first + 10),
            CommitDocument.SCHEDULE));
  }

  private void remember(StockKey key, Balance b) {
    if (recent.size() >= RECENT_MAX) {
      recent.clear();
    }
    recent.merge(key, b, (old, now) -> now.version() >= old.version() ? now : old);
  }

  private void remember(Reservation r) {
    if (recentReservations.size() >= RECENT_MAX) {
      recentReservations.clear();
    }
    recentReservations.merge(r.id(), r, (old, now) -> now.version() >= old.version() ? now : old);
  }

  private void forget(Commit commit) {
    for (Commit.StockUpdate u : commit.stock()) {
      recent.remove(u.key());
    }
    for (Commit.ReservationUpdate u : commit.reservations()) {
      recentReservations.remove(u.reservation().id());
    }
  }

  /** One round trip for all the keys: an ordered unnest of the keys joined to their rows. */
  @Override
  public List<Balance> balances(List<StockKey> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return Sql.read(dataSource, c -> {
      Balance[] out = new Balance[keys.size()];
      java.sql.Array skus = c.createArrayOf("text", keys.stream().map(k -> k.sku().value()).toArray());
      java.sql.Array locations = c.createArrayOf("text", keys.stream().map(k -> k.location().value()).toArray());
      try (PreparedStatement ps = c.prepareStatement("SELECT k.i, " + BALANCE_COLUMNS + " FROM unnest(?::text[], ?::text[])"
          + " WITH ORDINALITY AS k(sku, location, i) LEFT JOIN " + s + "stock_balance b ON b.sku = k.sku"
          + " AND b.location = k.location")) {
        ps.setArray(1, skus);
        ps.setArray(2, locations);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int i = (int) rs.getLong(1) - 1;
            out[i] = balanceAt(rs, 2);
          }
        }
      } finally {
        skus.free();
        locations.free();
      }
      for (int i = 0; i < out.length; i++) {
        remember(keys.get(i), out[i]);
      }
      return List.of(out);
    });
  }

  @Override
  public List<Movement> movements(StockKey key) {
    return reads.movements(key);
  }

  /** An index range scan of the ledger's primary key. */
  /** An index range scan of the ledger's primary key. */
  @Override
  public List<Movement> movements(StockKey key, long afterSequence, int limit) {
    return reads.movements(key, afterSequence, limit);
  }

  /**
   * Deletes idempotency records older than {@code keep}, so the table does not grow forever. A
   * command retried with a key whose record is gone is applied again as new: keep records longer
   * than any caller may retry (a client's retry window, a relay's lease, a queue's redelivery
   * delay), days rather than minutes. The ledger and balances are not touched.
   *
   * @param now the instant to count back from
   * @param keep how long records are kept, at least one hour
   * @return how many records were deleted
   * @throws IllegalArgumentException naming {@code keep} when it is shorter than an hour
   */
  public long purgeCommitRecords(Instant now, java.time.Duration keep) {
    if (keep.compareTo(java.time.Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("keep was " + keep + " but must be at least one hour (PT1H)");
    }
    return Sql.write(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + s + "commit_record WHERE committed_at < ?")) {
        ps.setObject(1, OffsetDateTime.ofInstant(now.minus(keep), ZoneOffset.UTC));
        return Sql.Decision.commit((long) ps.executeUpdate());
      }
    }, null);
  }

  @Override
  public List<StockKey> keys() {
    return reads.keys();
  }

  /** An index range scan of the balances' primary key, in code-point order. */
  /** An index range scan of the balances' primary key, in code-point order. */
  @Override
  public List<StockKey> keys(@Nullable StockKey after, int limit) {
    return reads.keys(after, limit);
  }

  /**
   * From what this instance last read or committed when it knows the reservation and every key's
   * balance (a release of a reservation this node made reads nothing); else one round trip, the
   * reservation's row joined to the balances of its keys.
   */
  @Override
  public Optional<ReservationWithBalances> planningReservation(ReservationId id) {
    Reservation known = planFromRecent ? recentReservations.get(id) : null;
    if (known != null) {
      java.util.Map<StockKey, Balance> balances = new java.util.HashMap<>();
      for (var line : known.lines()) {
        Balance b = recent.get(line.key());
        if (b == null) {
          balances = null;
          break;
        }
        balances.put(line.key(), b);
      }
      if (balances != null) {
        return Optional.of(new ReservationWithBalances(known, balances));
      }
    }
    return Sql.read(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT r.body, k.sku, k.location, " + BALANCE_COLUMNS + " FROM " + s
          + "reservation r LEFT JOIN " + s + "reservation_key k ON k.reservation_id = r.id LEFT JOIN " + s
          + "stock_balance b ON b.sku = k.sku AND b.location = k.location WHERE r.id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          Reservation reservation = null;
          java.util.Map<StockKey, Balance> balances = new java.util.HashMap<>();
          while (rs.next()) {
            if (reservation == null) {
              reservation = gson.fromJson(rs.getString(1), Reservation.class);
            }
            if (rs.getString(2) != null) {
              balances.put(StockKey.of(rs.getString(2), rs.getString(3)), balanceAt(rs, 4));
            }
          }
          balances.forEach(this::remember);
          if (reservation != null) {
            remember(reservation);
          }
          return reservation == null ? Optional.<ReservationWithBalances>empty()
              : Optional.of(new ReservationWithBalances(reservation, balances));
        }
      }
    });
  }

  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    Optional<Reservation> found = Sql.read(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT body FROM " + s + "reservation WHERE id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(gson.fromJson(rs.getString(1), Reservation.class)) : Optional.empty();
        }
      }
    });
    found.ifPresentOrElse(this::remember, () -> recentReservations.remove(id));
    return found;
  }

  @Override
  public List<Reservation> dueReservations(StockKey key, Instant now) {
    return reads.dueReservations(key, now);
  }

  @Override
  public List<Reservation> dueReservations(Instant now, int limit) {
    return reads.dueReservations(now, limit);
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
        CommitDocument.Written w = gson.fromJson(rs.getString(2), CommitDocument.Written.class);
        return Optional.of(new CommitRecord(key, rs.getString(1), w.movements(), w.reservations()));
      }
    }
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    String document = CommitDocument.of(commit, gson);
    String answer;
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true); // the function call is the whole transaction: one round trip
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT " + s + "commit_inventory(?::jsonb)")) {
        ps.setString(1, document);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          answer = rs.getString(1);
        }
      }
    } catch (SQLException e) {
      forget(commit);
      if (CONFLICT_STATE.equals(e.getSQLState()) || Sql.retryable(e)) {
        return CommitOutcome.conflict();
      }
      throw new IllegalStateException("database: " + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    } catch (RuntimeException e) {
      forget(commit);
      throw e;
    }
    if (answer.equals("DUPLICATE")) {
      forget(commit);
      IdempotencyKey key = commit.idempotencyKey();
      return CommitOutcome.duplicate(committed(key).orElseThrow(
          () -> new IllegalStateException("commit record " + key.value() + " vanished")));
    }
    for (Commit.StockUpdate u : commit.stock()) {
      remember(u.key(), u.balance());
    }
    for (Commit.ReservationUpdate u : commit.reservations()) {
      remember(u.reservation());
    }
    return CommitOutcome.applied();
  }

  /** The SQL state commit_inventory raises when a version guard does not hold. */
  static final String CONFLICT_STATE = "EC409";
}
