package dev.ecomops.jdbc;

import dev.ecomops.core.spi.IdGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Ids from a PostgreSQL sequence, unique across every node on the database: {@code prefix-n}. The
 * sequence hands out blocks (hi/lo): block b is the numbers {@code b × size} to {@code b × size +
 * size − 1}, so a node makes one round trip per {@code size} ids. Numbers are unique but not
 * consecutive across nodes, and a restarted node skips the rest of its block. Thread safe.
 */
public final class JdbcIdGenerator implements IdGenerator {
  private final DataSource dataSource;
  private final String sql;
  private final int blockSize;
  private long next;
  private long end; // exclusive

  private JdbcIdGenerator(DataSource dataSource, String schema, int blockSize) {
    this.dataSource = dataSource;
    this.sql = "SELECT nextval('" + schema + ".id_blocks')";
    this.blockSize = blockSize;
  }

  /**
   * A generator over a migrated schema.
   *
   * @param dataSource the database
   * @param schema the schema {@link EcomopsSchema#migrate} created
   * @param blockSize ids per round trip, 1 to 1,000,000
   * @throws IllegalArgumentException naming the argument that breaks its rule
   */
  public static JdbcIdGenerator create(DataSource dataSource, String schema, int blockSize) {
    if (blockSize < 1 || blockSize > 1_000_000) {
      throw new IllegalArgumentException("blockSize was " + blockSize + " but must be from 1 to 1000000");
    }
    return new JdbcIdGenerator(dataSource, EcomopsSchema.checked(schema), blockSize);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when a new block cannot be read from the database (the cause
   *     says why); no id is handed out then
   */
  @Override
  public synchronized String nextId(String prefix) {
    if (next == end) {
      long block = nextBlock();
      next = Math.multiplyExact(block, (long) blockSize);
      end = next + blockSize;
    }
    return prefix + "-" + next++;
  }

  private long nextBlock() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the next id block: " + e.getMessage(), e);
    }
  }
}
