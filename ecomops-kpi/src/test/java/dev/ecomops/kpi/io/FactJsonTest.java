package dev.ecomops.kpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ecomops.core.DataFileException;
import dev.ecomops.core.Money;
import dev.ecomops.kpi.fact.Fact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JSON Lines fact format")
class FactJsonTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("a documented line reads as the fact; optional segments default to empty; amounts take the line's currency")
  void reads() {
    Fact f = FactJson.parse("{\"type\":\"order_shipped\",\"at\":\"2026-11-02T10:00:00Z\",\"order_id\":\"S1\","
        + "\"placed_at\":\"2026-11-02T08:00:00Z\",\"ship_by\":\"2026-11-02T12:00:00Z\",\"channel\":\"web\","
        + "\"location\":\"DC1\",\"carrier\":\"UPS\",\"units\":3,\"accurate\":true,\"labour_cost\":\"1.50\","
        + "\"packaging_cost\":0.5,\"shipping_cost\":\"5.00\",\"cost_of_goods\":\"10.00\",\"currency\":\"USD\"}");
    Instant at = Instant.parse("2026-11-02T10:00:00Z");
    assertThat(f).isEqualTo(new Fact.OrderShipped("S1", at, at.minusSeconds(7200), at.plusSeconds(7200), "web", "DC1",
        "UPS", "", 3, true, Money.of("1.50", "USD"), Money.of("0.50", "USD"), Money.of("5.00", "USD"),
        Money.of("10.00", "USD")));
    assertThat(FactJson.types()).contains("order_placed", "inventory_snapshot", "survey_answered", "batch_picked").hasSize(11);
    assertThat(FactJson.fields("survey_answered")).containsExactly("ticket_id", "at", "channel", "score");
  }

  @Test
  @DisplayName("an order_delivered may leave out promised_by (nothing promised): it counts as delivered and perfect, and is left out of on-time delivery")
  void delivered_promiseOptional() {
    String line = "{\"type\":\"order_delivered\",\"order_id\":\"D1\",\"at\":\"2026-11-03T12:00:00Z\","
        + "\"carrier\":\"UPS\",\"complete\":true,\"damaged\":false,\"accurate\":true}";
    Fact.OrderDelivered unpromised = (Fact.OrderDelivered) FactJson.parse(line);
    assertThat(unpromised.promisedBy()).isNull();
    assertThat(unpromised.perfect()).isTrue();
    assertThat(FactJson.parse(FactJson.write(unpromised))).isEqualTo(unpromised);
    Fact.OrderDelivered late = (Fact.OrderDelivered) FactJson.parse(line.replace("D1", "D2").replace("\"carrier\"",
        "\"promised_by\":\"2026-11-03T00:00:00Z\",\"carrier\""));
    dev.ecomops.kpi.KpiEngine engine = dev.ecomops.kpi.KpiEngine.create(dev.ecomops.kpi.KpiSettings.defaults());
    engine.accept(unpromised);
    engine.accept(late);
    var onTime = dev.ecomops.kpi.Kpi.ON_TIME_DELIVERY.of(engine.total(), engine.settings());
    assertThat(onTime.denominator()).as("only the promised delivery is judged").isEqualTo(1);
    assertThat(onTime.value()).isZero();
    assertThat(dev.ecomops.kpi.Kpi.PERFECT_ORDER_RATE.of(engine.total(), engine.settings()).value()).isEqualTo(0.5);
  }

  @Test
  @DisplayName("an order_delivered may leave out placed_at (a file from before it existed); one placed after delivery is refused naming it")
  void delivered_placedAtOptional() {
    String head = "{\"type\":\"order_delivered\",\"order_id\":\"D1\",\"at\":\"2026-11-03T12:00:00Z\",";
    String tail = "\"promised_by\":\"2026-11-04T00:00:00Z\",\"carrier\":\"UPS\",\"complete\":true,"
        + "\"damaged\":false,\"accurate\":true}";
    Fact.OrderDelivered old = (Fact.OrderDelivered) FactJson.parse(head + tail);
    assertThat(old.placedAt()).isNull();
    assertThat(FactJson.write(old)).doesNotContain("placed_at");
    Fact.OrderDelivered now = (Fact.OrderDelivered) FactJson.parse(head + "\"placed_at\":\"2026-11-02T12:00:00Z\"," + tail);
    assertThat(now.placedAt()).isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
    assertThat(FactJson.parse(FactJson.write(now))).isEqualTo(now);
    assertThatThrownBy(() -> FactJson.parse(head + "\"placed_at\":\"2026-11-04T12:00:00Z\"," + tail))
        .isInstanceOfSatisfying(FactJson.FieldException.class, e -> assertThat(e.field()).isEqualTo("placed_at"))
        .hasMessageContaining("must not be after at");
    assertThatThrownBy(() -> FactJson.parse("{\"type\":\"order_shipped\",\"order_id\":\"S1\",\"at\":\"2026-11-02T10:00:00Z\","
        + "\"ship_by\":\"2026-11-02T12:00:00Z\",\"units\":1,\"accurate\":true,\"labour_cost\":1,\"packaging_cost\":1,"
        + "\"shipping_cost\":1,\"cost_of_goods\":1,\"currency\":\"USD\"}"))
        .as("only order_delivered's placed_at is optional")
        .isInstanceOfSatisfying(FactJson.FieldException.class, e -> assertThat(e.field()).isEqualTo("placed_at"));
  }

  @Test
  @DisplayName("property: every fact written as a line reads back equal")
  void roundTrip() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 10_000)).checkAssert((seed, i) -> {
      Fact f = dev.ecomops.kpi.FactGen.fact(new SplittableRandom(seed), i);
      String line = FactJson.write(f);
      assertThat(line).doesNotContain("\n");
      assertThat(FactJson.parse(line)).isEqualTo(f);
    });
  }

  @Test
  @DisplayName("bad lines are reported all together with number, field and reason; nothing of the file is returned")
  void badLines() throws Exception {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"type\":\"survey_answered\",\"ticket_id\":\"T1\",\"at\":\"2026-11-02T10:00:00Z\",\"channel\":\"chat\",\"score\":4}",
        "",
        "{\"type\":\"survey_answered\",\"ticket_id\":\"T2\",\"at\":\"yesterday\",\"channel\":\"chat\",\"score\":4}",
        "{\"type\":\"survey_answered\",\"ticket_id\":\"T3\",\"at\":\"2026-11-02T10:00:00Z\",\"channel\":\"chat\",\"score\":9}",
        "{\"type\":\"order_teleported\"}",
        "not json",
        "{\"type\":\"survey_answered\",\"ticket_id\":\"T4\",\"at\":\"2026-11-02T10:00:00Z\",\"channel\":\"chat\",\"score\":4,"
            + "\"scroe\":5}",
        "{\"type\":\"inventory_snapshot\",\"at\":\"2026-11-02T10:00:00Z\",\"location\":\"DC1\",\"sku\":\"TEE\","
            + "\"on_hand\":5,\"available\":5,\"unit_cost\":\"2.00\"}",
        "{\"type\":\"order_placed\",\"order_id\":\"P\",\"at\":\"2026-11-02T10:00:00Z\",\"units\":2,\"units_filled\":3,"
            + "\"backordered\":false,\"stockout\":false}"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FactJson.read(file)).isInstanceOfSatisfying(DataFileException.class, e ->
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.field()).containsExactly("3 at", "4 score",
            "5 type", "6 line", "7 scroe", "8 currency", "9 units_filled"))
        .hasMessageContaining("must be 1 to 5").hasMessageContaining("ISO-8601");
    Files.writeString(file, FactJson.write(new Fact.SurveyAnswered("T", Instant.EPOCH, "chat", 5)) + "\n");
    assertThat(FactJson.read(file)).hasSize(1);
    assertThat(List.of(FactJson.parse(Files.readString(file).strip()))).hasSize(1);
  }

  @Test
  @DisplayName("a fact delivered twice counts once; a different fact under the same identity is a bad line naming the first")
  void repeats() throws Exception {
    Instant at = Instant.parse("2026-11-02T10:00:00Z");
    Fact placed = new Fact.OrderPlaced("A1", at, "web", "DC1", "", 3, 3, false, false);
    Fact received = new Fact.ReturnReceived("R1", at, "web", "DC1", "tees", 1);
    Fact laterPart = new Fact.ReturnReceived("R1", at.plusSeconds(60), "web", "DC1", "tees", 1);
    Path file = dir.resolve("events.jsonl");
    Files.write(file, List.of(FactJson.write(placed), FactJson.write(received), FactJson.write(placed),
        FactJson.write(laterPart), FactJson.write(received)), StandardCharsets.UTF_8);
    List<Fact> got = new java.util.ArrayList<>();
    assertThat(FactJson.read(file, got::add)).as("repeats skipped").isEqualTo(2);
    assertThat(got).containsExactly(placed, received, laterPart);

    Fact changed = new Fact.OrderPlaced("A1", at, "web", "DC1", "", 4, 4, false, false);
    Files.write(file, List.of(FactJson.write(placed), FactJson.write(changed)), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FactJson.read(file)).isInstanceOfSatisfying(DataFileException.class, e ->
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.field()).containsExactly("2 order_id"))
        .hasMessageContaining("line 1");
    Fact batch = new Fact.BatchPicked("B1", at, "DC1", 3, 7, 120);
    Files.write(file, List.of(FactJson.write(batch), FactJson.write(batch),
        FactJson.write(new Fact.BatchPicked("B1", at, "DC1", 3, 7, 150))), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FactJson.read(file)).isInstanceOfSatisfying(DataFileException.class, e ->
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.field()).containsExactly("3 batch_id"));
  }

  @Test
  @DisplayName("property: a fact log with every fact delivered one or more times, in any order, reads as the log once")
  void atLeastOnce() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 60)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      java.util.LinkedHashSet<Fact> facts = new java.util.LinkedHashSet<>();
      java.util.Set<Object> ids = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        Fact f = dev.ecomops.kpi.FactGen.fact(r, i);
        if (ids.add(idOf(f))) {
          facts.add(f);
        }
      }
      List<String> lines = new java.util.ArrayList<>();
      for (Fact f : facts) {
        int copies = 1 + r.nextInt(3);
        for (int c = 0; c < copies; c++) {
          lines.add(FactJson.write(f));
        }
      }
      java.util.Collections.shuffle(lines, new java.util.Random(seed));
      List<Fact> got = new java.util.ArrayList<>();
      long repeats = FactJson.read(new java.io.ByteArrayInputStream(String.join("\n", lines)
          .getBytes(StandardCharsets.UTF_8)), "log", got::add);
      assertThat(got).containsExactlyInAnyOrderElementsOf(facts);
      assertThat(repeats).isEqualTo(lines.size() - facts.size());
    });
  }

  /** A generated fact's identity, as the README states it (generated facts may collide). */
  private static Object idOf(Fact f) {
    String type = f.getClass().getSimpleName();
    if (f instanceof Fact.OrderPlaced o) {
      return List.of(type, o.orderId());
    } else if (f instanceof Fact.OrderShipped o) {
      return List.of(type, o.orderId());
    } else if (f instanceof Fact.OrderDelivered o) {
      return List.of(type, o.orderId());
    } else if (f instanceof Fact.ReturnResolved o) {
      return List.of(type, o.rmaId());
    } else if (f instanceof Fact.TicketFirstResponse o) {
      return List.of(type, o.ticketId());
    } else if (f instanceof Fact.TicketResolved o) {
      return List.of(type, o.ticketId());
    } else if (f instanceof Fact.SurveyAnswered o) {
      return List.of(type, o.ticketId());
    } else if (f instanceof Fact.InventoryCounted o) {
      return List.of(type, o.sku(), o.location(), o.at());
    } else if (f instanceof Fact.InventorySnapshot o) {
      return List.of(type, o.sku(), o.location(), o.at());
    } else if (f instanceof Fact.BatchPicked o) {
      return List.of(type, o.batchId());
    }
    return f;
  }
}
