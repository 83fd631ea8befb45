package dev.ecomops.jdbc;

import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The database schema of the PostgreSQL stores: versioned migrations on the classpath in Flyway's
 * naming, under {@value #LOCATION}. A host with its own Flyway adds that location to its own
 * (and its schema); a host without one calls {@link #migrate}.
 *
 * <p>Every table lives in one PostgreSQL schema (default {@value #DEFAULT_SCHEMA}), so several
 * ecomops deployments, or a test class each, can share one database. The stores of this module
 * are given the same schema name.
 */
public final class EcomopsSchema {
  /** Where the migrations are, as a Flyway location. */
  public static final String LOCATION = "classpath:db/migration/ecomops";

  /** The schema used when none is named. */
  public static final String DEFAULT_SCHEMA = "ecomops";

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private EcomopsSchema() {}

  /**
   * Brings the {@value #DEFAULT_SCHEMA} schema to the newest version (creating it if missing).
   *
   * @param dataSource the database
   * @return the schema's version after migrating
   * @throws IllegalStateException when a migration fails (Flyway's message); the failed migration
   *     is rolled back (PostgreSQL runs DDL in transactions)
   */
  public static String migrate(DataSource dataSource) {
    return migrate(dataSource, DEFAULT_SCHEMA);
  }

  /**
   * Brings a schema to the newest version (creating it if missing).
   *
   * @param dataSource the database
   * @param schema the schema's name: lower case letters, digits and {@code _}, at most 63, not
   *     starting with a digit
   * @return the schema's version after migrating
   * @throws IllegalArgumentException naming {@code schema} when the name breaks that rule
   * @throws IllegalStateException when a migration fails
   */
  public static String migrate(DataSource dataSource, String schema) {
    String name = checked(schema);
    try {
      Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(name).defaultSchema(name).createSchemas(true)
          .locations(LOCATION).load();
      flyway.migrate();
      return flyway.info().current().getVersion().getVersion();
    } catch (FlywayException e) {
      throw new IllegalStateException("migrating schema " + name + " failed: " + e.getMessage(), e);
    }
  }

  /** A schema name, checked so that it can be written into SQL unquoted. */
  static String checked(String schema) {
    if (schema == null || !NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema was '" + schema + "' but must be lower case letters, digits and _,"
          + " 1 to 63 characters, not starting with a digit");
    }
    return schema;
  }
}
