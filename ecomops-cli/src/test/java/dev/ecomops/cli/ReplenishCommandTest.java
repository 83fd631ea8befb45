package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops replenish")
class ReplenishCommandTest extends CliHarness {

  @Test
  @DisplayName("orders below the reorder point up to S, rounded to MOQ and case pack; nothing above it")
  void suggestions() throws IOException {
    Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,20,0,5", "MUG,DC1,500,0,0");
    Path history = write("h.csv", "series_id,t,value", "TEE@DC1,1,10", "TEE@DC1,2,10", "TEE@DC1,3,10", "TEE@DC1,4,10",
        "MUG@DC1,1,5", "MUG@DC1,2,5");
    Path policy = write("p.csv", "sku,location,policy,lead_time,service_level,moq,case_pack,order_quantity",
        "TEE,DC1,sS,2,0.95,24,12,", "MUG,DC1,sQ,2,0.95,,,100");
    Path po = dir.resolve("po.csv");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        policy.toString(), "--output", po.toString())).isZero();
    List<String> rows = Files.readAllLines(po);
    assertThat(rows.get(0))
        .isEqualTo("sku,location,policy,position,reorder_point,order_up_to,safety_stock,quantity,supplier");
    // TEE: flat demand of 10 has no forecast error, so no safety stock: s = 20 over the 2-period
    // lead time, S = s + 4 periods = 60; position 20 - 5 = 15 -> 45 -> MOQ 24 -> 4 cases of 12 = 48
    assertThat(rows.get(1)).isEqualTo("TEE,DC1,sS,15.00,20.00,60.00,0.00,48,");
    // MUG: position 500 is far above s = 10
    assertThat(rows.get(2)).isEqualTo("MUG,DC1,sQ,500.00,10.00,110.00,0.00,0,");
    assertThat(out.toString()).contains("2 policies, 1 purchase orders suggested");
  }

  @Test
  @DisplayName("promotions lift the forecast they cover and are taken out of the history; EOQ, fill rate and supplier")
  void promotionsEoqFillRateSupplier() throws IOException {
    Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,0,0,0", "MUG,DC1,0,0,0");
    // TEE sells 10 a period, 20 in the promoted periods 3 and 4 (lift 2): its baseline is a flat 10
    Path history = write("h.csv", "series_id,t,value", "TEE@DC1,1,10", "TEE@DC1,2,10", "TEE@DC1,3,20", "TEE@DC1,4,20",
        "TEE@DC1,5,10", "TEE@DC1,6,10", "MUG@DC1,1,8", "MUG@DC1,2,8", "MUG@DC1,3,8", "MUG@DC1,4,8");
    // a +50% peak over TEE's next two periods (7 and 8), which its 2-period lead time covers
    Path promos = write("promo.csv", "sku,location,from_t,to_t,lift", "TEE,DC1,3,4,2", ",DC1,7,8,1.5");
    // TEE: (s, Q) with Q the EOQ √(2 · 15 · 30 / 1) = 30 at the lifted demand of 15 a period;
    // MUG: (s, S) to a 0.98 fill rate, no forecast error so no safety stock
    Path policy = write("p.csv", "sku,location,policy,lead_time,service_level,fill_rate,order_cost,holding_cost,supplier",
        "TEE,DC1,sQ,2,0.95,,30,1,ACME", "MUG,DC1,sS,2,,0.98,,,Potters & Co");
    Path po = dir.resolve("po.csv");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        policy.toString(), "--promotions", promos.toString(), "--output", po.toString())).isZero();
    List<String> rows = Files.readAllLines(po);
    // TEE: s = 15 · 2 = 30, position 0 → one Q of 30 brings it to 30, not above s: two Qs, 60
    assertThat(rows.get(1)).isEqualTo("TEE,DC1,sQ,0.00,30.00,60.00,0.00,60,ACME");
    // MUG's history ends at period 4, so the periods it forecasts (5 and 6) come before the peak:
    // s = 8 · 2 = 16, S = s + 4 · 8 = 48
    assertThat(rows.get(2)).isEqualTo("MUG,DC1,sS,0.00,16.00,48.00,0.00,48,Potters & Co");
  }

  @Test
  @DisplayName("bad rows exit 2 naming file, line and field, and write nothing")
  void badRows() throws IOException {
    Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,20,0,5");
    Path history = write("h.csv", "series_id,t,value", "TEE@DC1,1,10");
    Path po = dir.resolve("po.csv");
    Path badLevel = write("p1.csv", "sku,location,policy,lead_time,service_level", "TEE,DC1,sS,2,1.5");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        badLevel.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(badLevel + ":2: service_level: was 1.5 but must be in [0.5, 1)");
    Path both = write("p4.csv", "sku,location,policy,lead_time,service_level,fill_rate", "TEE,DC1,sS,2,0.9,0.98");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        both.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(both + ":2: service_level: give exactly one of service_level and fill_rate");
    Path noQ = write("p5.csv", "sku,location,policy,lead_time,service_level,order_cost", "TEE,DC1,sQ,2,0.9,50");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        noQ.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(noQ + ":2: order_quantity: sQ needs order_quantity, or order_cost and holding_cost");
    Path policy = write("p6.csv", "sku,location,policy,lead_time,service_level", "TEE,DC1,sS,2,0.9");
    Path promos = write("promo.csv", "sku,location,from_t,to_t,lift", "TEE,,3,2,1.5");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        policy.toString(), "--promotions", promos.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(promos + ":2: to: must be at least from (3)");
    Path unknown = write("p2.csv", "sku,location,policy,lead_time,service_level", "CAP,DC1,sS,2,0.9");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        unknown.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(unknown + ":2: sku: no row for CAP@DC1");
    Path kind = write("p3.csv", "sku,location,policy,lead_time,service_level", "TEE,DC1,minmax,2,0.9");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        kind.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(kind + ":2: policy: must be sQ, sS or RS");
    assertThat(po).doesNotExist();
  }

  @Test
  @DisplayName("huge, fractional or Java-only numbers exit 2 naming the field instead of a negative or truncated quantity")
  void hostileNumbers_exit2() throws IOException {
    Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,0,0,0");
    Path history = write("h.csv", "series_id,t,value", "TEE@DC1,1,10", "TEE@DC1,2,10");
    Path po = dir.resolve("po.csv");
    String header = "sku,location,policy,lead_time,service_level,moq,case_pack,order_quantity,review_period";
    String[][] cases = {
        {"TEE,DC1,sS,2,0.95,9223372036854775807,,,", "moq"},
        {"TEE,DC1,sS,2,0.95,1e308,,,", "moq"},
        {"TEE,DC1,sS,2,0.95,,1e308,,", "case_pack"},
        {"TEE,DC1,sS,2,0.95,,1.5,,", "case_pack"},
        {"TEE,DC1,sQ,2,0.95,,,1e308,", "order_quantity"},
        {"TEE,DC1,sQ,2,0.95,,,9.2e18,", "order_quantity"},
        {"TEE,DC1,sS,1e9,0.95,,,,", "lead_time"},
        {"TEE,DC1,RS,2,0.95,,,,1e9", "review_period"},
        {"TEE,DC1,sS,10f,0.95,,,,", "lead_time"},
        {"TEE,DC1,sS,0x1p3,0.95,,,,", "lead_time"},
        {"TEE,DC1,sS,NaN,0.95,,,,", "lead_time"},
    };
    for (String[] c : cases) {
      Path policy = write("p.csv", header, c[0]);
      err.getBuffer().setLength(0);
      assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
          policy.toString(), "--output", po.toString())).as(c[0]).isEqualTo(2);
      assertThat(err.toString()).as(c[0]).contains(policy + ":2: " + c[1] + ":");
      assertThat(po).as(c[0]).doesNotExist();
    }
  }

  @Test
  @DisplayName("a promotion period beyond an int is refused, not wrapped around")
  void promotionPeriod_notTruncated() throws IOException {
    Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,0,0,0");
    Path history = write("h.csv", "series_id,t,value", "TEE@DC1,1,10", "TEE@DC1,2,10");
    Path policy = write("p.csv", "sku,location,policy,lead_time,service_level", "TEE,DC1,sS,2,0.95");
    Path promos = write("promo.csv", "sku,location,from_t,to_t,lift", "TEE,DC1,3,4294967299,2");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        policy.toString(), "--promotions", promos.toString(), "--output", dir.resolve("po.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains(promos + ":2: to_t: was 4294967299 but must be from 1 to 2147483647");
  }

  @Test
  @DisplayName("two policies for one SKU and location exit 2 naming both lines, instead of two suggestions")
  void duplicatePolicy_exit2() throws IOException {
    Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,0,0,0");
    Path history = write("h.csv", "series_id,t,value", "TEE@DC1,1,10", "TEE@DC1,2,10");
    Path policy = write("p.csv", "sku,location,policy,lead_time,service_level", "TEE,DC1,sS,2,0.95", "TEE,DC1,sS,3,0.9");
    Path po = dir.resolve("po.csv");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        policy.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(policy + ":3: sku: TEE@DC1 already has a policy on line 2");
    assertThat(po).doesNotExist();
  }

  @Test
  @DisplayName("a reserved count near Long.MAX_VALUE exits 2 naming it, instead of an order for -9223372036854775808 units")
  void hugeReserved_exit2() throws IOException {
    Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved", "TEE,DC1,0,12,9223372036854775807");
    Path history = write("h.csv", "series_id,t,value", "TEE@DC1,1,16", "TEE@DC1,2,12");
    Path policy = write("p.csv", "sku,location,policy,lead_time,service_level,order_quantity", "TEE,DC1,sQ,3,0.95,20");
    Path po = dir.resolve("po.csv");
    assertThat(run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
        policy.toString(), "--output", po.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(stock + ":2: reserved: was 9223372036854775807 but must be from 0 to 1000000000000");
    assertThat(po).doesNotExist();
  }
}
