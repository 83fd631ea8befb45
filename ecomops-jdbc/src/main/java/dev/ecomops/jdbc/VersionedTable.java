package dev.ecomops.jdbc;

import com.google.gson.Gson;
import dev.ecomops.core.event.EventEnvelope;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A table of one versioned aggregate type (columns {@code id, version, lookup, flag, body}): the
 * JDBC counterpart of the in-memory {@code VersionedMap}. A save stores the value when the stored
 * version is the expected one (0: none stored), with its events in the outbox, in one transaction.
 */
final class VersionedTable<T> {
  private final DataSource dataSource;
  private final JdbcOutbox outbox;
  private final String table;
  private final Class<T> type;
  private final Function<T, String> id;
  private final ToLongFunction<T> version;
  private final Function<T, @Nullable String> lookup;
  private final Predicate<T> flag;
  private final Gson gson = EventJson.gson();

  VersionedTable(DataSource dataSource, JdbcOutbox outbox, String schema, String table, Class<T> type,
      Function<T, String> id, ToLongFunction<T> version, Function<T, @Nullable String> lookup, Predicate<T> flag) {
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.table = schema + "." + table;
    this.type = type;
    this.id = id;
    this.version = version;
    this.lookup = lookup;
    this.flag = flag;
  }

  /** Stores {@code value} if the stored version is {@code expectedVersion} (0: none); a lost race is false. */
  boolean save(T value, long expectedVersion, List<EventEnvelope> events) {
    return Sql.write(dataSource, c -> {
      String sql = expectedVersion == 0
          ? "INSERT INTO " + table + " (version, lookup, flag, body, id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
          : "UPDATE " + table + " SET version = ?, lookup = ?, flag = ?, body = ? WHERE id = ? AND version = ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, version.applyAsLong(value));
        ps.setString(2, lookup.apply(value));
        ps.setBoolean(3, flag.test(value));
        ps.setString(4, gson.toJson(value, type));
        ps.setString(5, id.apply(value));
        if (expectedVersion != 0) {
          ps.setLong(6, expectedVersion);
        }
        if (ps.executeUpdate() != 1) {
          return Sql.Decision.rollback(false);
        }
      }
      outbox.append(c, events);
      return Sql.Decision.commit(true);
    }, false);
  }

  Optional<T> find(String key) {
    List<T> found = select("WHERE id = ?", key);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Values whose lookup column is {@code key}, by id. */
  List<T> byLookup(String key) {
    return select("WHERE lookup = ? ORDER BY id", key);
  }

  /** Values whose flag is set, by id. */
  List<T> flagged() {
    return select("WHERE flag ORDER BY id", null);
  }

  /** Values whose flag is set and whose lookup column sorts before {@code bound}, by id. */
  List<T> flaggedBefore(String bound) {
    return select("WHERE flag AND lookup < ? ORDER BY id", bound);
  }

  private List<T> select(String where, @Nullable String argument) {
    return Sql.read(dataSource, c -> {
      List<T> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT body FROM " + table + " " + where)) {
        if (argument != null) {
          ps.setString(1, argument);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(gson.fromJson(rs.getString(1), type));
          }
        }
      }
      return out;
    });
  }
}
