package dev.ecomops.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL 17 per test run, started from Maven's artifacts (nothing installed), behind
 * one HikariCP pool; each test class (or test) takes a fresh schema of its own.
 */
final class Pg {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static volatile HikariDataSource pool;

  private Pg() {}

  /** The pool over the running server, started on first use. */
  static DataSource dataSource() {
    HikariDataSource p = pool;
    if (p == null) {
      synchronized (Pg.class) {
        p = pool;
        if (p == null) {
          pool = p = start();
        }
      }
    }
    return p;
  }

  /** A second pool on the same server: another application node. Close it when done. */
  static HikariDataSource anotherNode(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(((HikariDataSource) dataSource()).getJdbcUrl());
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  /** A new schema, migrated to the newest version. */
  static String freshSchema() {
    String schema = "t" + SCHEMAS.incrementAndGet() + "_" + ProcessHandle.current().pid();
    EcomopsSchema.migrate(dataSource(), schema);
    return schema;
  }

  private static HikariDataSource start() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the JVM is ending; the server's files are temporary
        }
      }));
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
      config.setMaximumPoolSize(16);
      return new HikariDataSource(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }
}
