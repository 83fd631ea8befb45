package dev.ecomops.jdbc;

import com.google.gson.Gson;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Pages;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The inventory store's reads that need no planning cache: a key's ledger (paged by sequence),
 * the keys (paged in code-point order), and the reservations due to expire (by key or overall),
 * each one indexed query. {@link JdbcInventoryStore} answers the SPI with them.
 */
final class InventoryLedgerReads {
  private final DataSource dataSource;
  private final Gson gson;
  private final String s;

  InventoryLedgerReads(DataSource dataSource, Gson gson, String schemaPrefix) {
    this.dataSource = dataSource;
    this.gson = gson;
    this.s = schemaPrefix;
  }

  List<Movement> movements(StockKey key) {
    return ledger(key, 0, Integer.MAX_VALUE);
  }

  List<Movement> movements(StockKey key, long afterSequence, int limit) {
    Pages.check(afterSequence, limit);
    return ledger(key, afterSequence, limit);
  }

  /** The movements of a key after a sequence, in order, at most {@code limit}. */
  List<Movement> ledger(StockKey key, long afterSequence, int limit) {
    return Sql.read(dataSource, c -> {
      List<Movement> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT body FROM " + s + "stock_movement WHERE sku = ? AND location = ?"
          + " AND sequence > ? ORDER BY sequence LIMIT ?")) {
        ps.setString(1, key.sku().value());
        ps.setString(2, key.location().value());
        ps.setLong(3, afterSequence);
        ps.setInt(4, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(gson.fromJson(rs.getString(1), Movement.class));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  List<StockKey> keys() {
    return keyPage("", null, Integer.MAX_VALUE);
  }

  List<StockKey> keys(@Nullable StockKey after, int limit) {
    Pages.check(0, limit);
    return keyPage(after == null ? "" : " WHERE (sku COLLATE \"C\", location COLLATE \"C\") > (?, ?)", after, limit);
  }

  List<StockKey> keyPage(String where, @Nullable StockKey after, int limit) {
    return Sql.read(dataSource, c -> {
      List<StockKey> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT sku, location FROM " + s + "stock_balance" + where
          + " ORDER BY sku COLLATE \"C\", location COLLATE \"C\" LIMIT ?")) {
        int i = 1;
        if (after != null) {
          ps.setString(i++, after.sku().value());
          ps.setString(i++, after.location().value());
        }
        ps.setInt(i, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(StockKey.of(rs.getString(1), rs.getString(2)));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  List<Reservation> dueReservations(StockKey key, Instant now) {
    return Sql.read(dataSource, c -> {
      // from the due side (the partial index holds only active reservations with an expiry, and
      // few are due), not from the key's side, which lists every reservation the key ever had
      try (PreparedStatement ps = c.prepareStatement("SELECT r.body FROM " + s + "reservation r WHERE r.status = 'ACTIVE'"
          + " AND r.expires_at IS NOT NULL AND r.expires_at <= ? AND EXISTS (SELECT 1 FROM " + s + "reservation_key k"
          + " WHERE k.reservation_id = r.id AND k.sku = ? AND k.location = ?) ORDER BY r.expires_at, r.id")) {
        ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        ps.setString(2, key.sku().value());
        ps.setString(3, key.location().value());
        return reservations(ps);
      }
    });
  }

  List<Reservation> dueReservations(Instant now, int limit) {
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

  List<Reservation> reservations(PreparedStatement ps) throws SQLException {
    List<Reservation> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(gson.fromJson(rs.getString(1), Reservation.class));
      }
    }
    return out;
  }
}
