package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops simulate --jdbc")
class SimulateOnPostgresTest extends CliHarness {
  @Test
  @DisplayName("with every store on PostgreSQL, the same seed and days give a byte-identical kpis.csv and returns.csv")
  void sameResultsAsInMemory() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      Path memory = dir.resolve("memory");
      Path postgres = dir.resolve("postgres");
      // a small store (every order makes some thirty round trips on PostgreSQL), over a week so
      // deliveries, returns and tickets happen too
      Path small = write("small.json", "{\"ordersPerDay\": 40, \"skus\": 60}");
      assertThat(run("simulate", "--days", "8", "--seed", "7", "--config", small.toString(), "--out",
          memory.toString())).as(err.toString()).isZero();
      String url = pg.getJdbcUrl("postgres", "postgres");
      assertThat(run("simulate", "--days", "8", "--seed", "7", "--config", small.toString(), "--jdbc", url, "--out",
          postgres.toString())).as(err.toString()).isZero();
      assertThat(err.toString()).contains("keeps its stores in schema ecomops_sim_");
      assertThat(Files.readString(postgres.resolve("kpis.csv"))).isEqualTo(Files.readString(memory.resolve("kpis.csv")))
          .contains("order_accuracy");
      assertThat(Files.readString(postgres.resolve("returns.csv"))).isEqualTo(Files.readString(memory.resolve("returns.csv")));
      // the same through the configuration's database setting
      Path config = write("config.json", "{\"ordersPerDay\": 40, \"skus\": 60, \"database\": \"" + url + "\"}");
      Path configured = dir.resolve("configured");
      assertThat(run("simulate", "--days", "8", "--seed", "7", "--config", config.toString(), "--out",
          configured.toString())).as(err.toString()).isZero();
      assertThat(Files.readString(configured.resolve("kpis.csv"))).isEqualTo(Files.readString(memory.resolve("kpis.csv")));
    }
  }

  @Test
  @DisplayName("a URL that is not PostgreSQL's, or a server that does not answer, exits 2 naming --jdbc and writes nothing")
  void badUrl() {
    assertThat(run("simulate", "--days", "2", "--jdbc", "jdbc:mysql://x/y", "--out", dir.resolve("a").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--jdbc (or the configuration's database): must be a PostgreSQL JDBC URL");
    assertThat(run("simulate", "--days", "2", "--jdbc", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "--out",
        dir.resolve("b").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot prepare schema");
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(dir.resolve("b")).doesNotExist();
  }
}
