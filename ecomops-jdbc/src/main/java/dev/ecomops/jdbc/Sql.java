package dev.ecomops.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Transactions over a data source, and what a failure means. */
final class Sql {
  private Sql() {}

  /** Work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** What a write decided: commit or roll back, and its answer. */
  record Decision<T>(boolean commit, T answer) {
    static <T> Decision<T> commit(T answer) {
      return new Decision<>(true, answer);
    }

    static <T> Decision<T> rollback(T answer) {
      return new Decision<>(false, answer);
    }
  }

  /** SQL states PostgreSQL reports when a transaction lost a race and may be retried as a whole. */
  static boolean retryable(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state); // serialization_failure, deadlock_detected
  }

  /**
   * A read of one statement, in autocommit: its own snapshot, and one round trip (a transaction
   * around it would cost a second one for its COMMIT).
   */
  static <T> T read(DataSource dataSource, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("database: " + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    }
  }

  /**
   * A write in a transaction of its own.
   *
   * @param lostRace the answer when PostgreSQL aborts the transaction as a lost race (null: throw)
   * @throws IllegalStateException when the database fails otherwise (cause: the driver's exception)
   */
  static <T> T write(DataSource dataSource, Work<Decision<T>> work, T lostRace) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        Decision<T> d = work.run(c);
        if (d.commit()) {
          c.commit();
        } else {
          c.rollback();
        }
        return d.answer();
      } catch (SQLException e) {
        c.rollback();
        if (lostRace != null && retryable(e)) {
          return lostRace;
        }
        throw e;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("database: " + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    }
  }
}
