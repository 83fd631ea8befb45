package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of whole commands over careless and hostile input: each run either succeeds with
 * results that keep the domain's invariants, or exits 2 with one line and writes nothing. Numbers
 * are drawn from the values that broke commands before (negatives, zero, fractions, 2^32 + 3,
 * Long.MAX_VALUE, 1e308, 1e100000000) mixed with ordinary ones.
 */
@DisplayName("every command: a valid result or exit 2 with nothing written")
class CommandPropertiesTest {
  @TempDir
  Path dir;

  private static final String[] HOSTILE = {"-5", "-1", "0", "1", "2", "3", "7", "1.5", "0.001", "4294967299",
      "9223372036854775807", "1e12", "1e13", "1e308", "1e100000000", "-0", "10f", "0x1p3", "NaN", ""};

  /**
   * A number as a careless or hostile user writes it: mostly ordinary, one in six one of {@link
   * #HOSTILE} (so that a run with several numbers is sometimes entirely valid).
   */
  private static String number(SplittableRandom r, int ordinaryMax) {
    return r.nextInt(6) == 0 ? HOSTILE[r.nextInt(HOSTILE.length)] : Integer.toString(r.nextInt(ordinaryMax + 1));
  }

  /** An amount in USD, mostly with cents, one in six hostile. */
  private static String amount(SplittableRandom r) {
    return r.nextInt(6) == 0 ? HOSTILE[r.nextInt(HOSTILE.length)] : r.nextInt(100) + "." + (10 + r.nextInt(90));
  }

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EcomopsCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    if (code != 0 && (args[0].equals("allocate") || args[0].equals("returns"))) System.out.println("ERRLINE " + args[0] + " " + err.toString().strip());
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static void refusedCleanly(Run run) {
    assertThat(run.code()).as("exit; stderr: %s", run.err()).isEqualTo(2);
    assertThat(run.err()).startsWith("ecomops: bad input: ").doesNotContain("\tat ");
  }

  private static final Pattern REFUND_LINE =
      Pattern.compile("refund line (\\S+): (\\d+) units paid (-?[\\d.]+) USD, restocking fee (-?[\\d.]+) USD, refund (-?[\\d.]+) USD");
  private static final Pattern TOTAL = Pattern.compile("refund: shipping (-?[\\d.]+) USD, return label (-?[\\d.]+) USD, "
      + "store-credit bonus (-?[\\d.]+) USD, total (-?[\\d.]+) USD");

  @Test
  @DisplayName("returns: a refund never exceeds what was paid, never refunds more units than were bought and not yet returned, and is never negative")
  void returns() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      try {
        SplittableRandom r = new SplittableRandom(seed);
        int lines = 1 + r.nextInt(3);
        Map<String, long[]> bought = new HashMap<>(); // line → {quantity, returned}
        Map<String, BigDecimal> paidCeiling = new HashMap<>(); // line → quantity × unit price + tax
        StringBuilder order = new StringBuilder("{\"orderId\": \"1\", \"currency\": \"USD\", \"deliveredOn\": \"2026-11-02\","
            + " \"shipping\": \"" + amount(r) + "\", \"lines\": [");
        for (int i = 0; i < lines; i++) {
          String q = number(r, 5);
          String ret = r.nextInt(4) == 0 ? number(r, 3) : "0";
          String price = amount(r);
          String tax = r.nextBoolean() ? amount(r) : "0";
          order.append(i == 0 ? "" : ", ").append("{\"lineId\": \"").append(i + 1).append("\", \"sku\": \"S").append(i)
              .append("\", \"category\": \"c\", \"quantity\": ").append(q.isEmpty() ? "1" : q).append(", \"unitPrice\": \"")
              .append(price).append("\", \"tax\": \"").append(tax).append("\", \"returned\": ").append(ret.isEmpty() ? "0" : ret)
              .append("}");
          try { // as JSON reads them: 1e12 is a whole number
            long qty = new BigDecimal(q.isEmpty() ? "1" : q).longValueExact();
            long rt = new BigDecimal(ret.isEmpty() ? "0" : ret).longValueExact();
            bought.put(Integer.toString(i + 1), new long[] {qty, rt});
            BigDecimal unit = new BigDecimal(price);
            BigDecimal taxed = new BigDecimal(tax);
            if (unit.precision() - unit.scale() < 20 && taxed.precision() - taxed.scale() < 20) { // else refused
              paidCeiling.put(Integer.toString(i + 1), unit.multiply(BigDecimal.valueOf(qty)).add(taxed));
            }
          } catch (RuntimeException notANumber) {
            // the command must refuse this order; nothing to compare against
          }
        }
        order.append("]}");
        StringBuilder request = new StringBuilder("{\"requestedOn\": \"2026-11-10\", \"labelCost\": \"" + amount(r)
            + "\", \"storeCredit\": " + r.nextBoolean() + ", \"lines\": [");
        int asked = 1 + r.nextInt(3);
        for (int i = 0; i < asked; i++) {
          String q = number(r, 4);
          request.append(i == 0 ? "" : ", ").append("{\"lineId\": \"").append(1 + r.nextInt(lines)).append("\", \"quantity\": ")
              .append(q.isEmpty() ? "1" : q).append(", \"reason\": \"DEFECTIVE\", \"condition\": \"OPENED\"}");
        }
        request.append("]}");
        String policy = "{\"restockingPercent\": " + (r.nextBoolean() ? "10" : number(r, 100)).replace("\"", "")
            .replaceAll("^$", "0") + ", \"storeCreditBonusPercent\": " + (r.nextBoolean() ? "0" : number(r, 20))
            .replaceAll("^$", "0") + "}";
        Run run = run("returns", "--policy", write("p.json", policy).toString(), "--order", write("o.json", order.toString())
            .toString(), "--request", write("r.json", request.toString()).toString());
        if (run.code() != 0) {
          refusedCleanly(run);
          assertThat(run.out()).as("nothing printed on refusal").isEmpty();
          return;
        }
        BigDecimal refunded = BigDecimal.ZERO;
        Matcher m = REFUND_LINE.matcher(run.out());
        while (m.find()) {
          long[] line = bought.get(m.group(1));
          assertThat(line).as("a refunded line exists in the order: %s", run.out()).isNotNull();
          long units = Long.parseLong(m.group(2));
          BigDecimal paid = new BigDecimal(m.group(3));
          BigDecimal refund = new BigDecimal(m.group(5));
          assertThat(units).as("units refunded ≤ bought − returned: %s", run.out()).isBetween(1L, line[0] - line[1]);
          assertThat(refund).as(run.out()).isBetween(BigDecimal.ZERO, paid);
          assertThat(paid).as(run.out()).isLessThanOrEqualTo(paidCeiling.get(m.group(1)));
          refunded = refunded.add(refund);
        }
        Matcher t = TOTAL.matcher(run.out());
        assertThat(t.find()).as(run.out()).isTrue();
        BigDecimal shipping = new BigDecimal(t.group(1));
        BigDecimal label = new BigDecimal(t.group(2));
        BigDecimal bonus = new BigDecimal(t.group(3));
        BigDecimal total = new BigDecimal(t.group(4));
        assertThat(shipping.signum()).as(run.out()).isGreaterThanOrEqualTo(0);
        assertThat(label.signum()).as("a label is deducted, never added: %s", run.out()).isLessThanOrEqualTo(0);
        assertThat(bonus.signum()).as(run.out()).isGreaterThanOrEqualTo(0);
        assertThat(total).as("total = lines + shipping + label + bonus, never negative: %s", run.out())
            .isEqualByComparingTo(refunded.add(shipping).add(label).add(bonus).max(BigDecimal.ZERO));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  @DisplayName("replenish: quantities are whole, never negative, at least the MOQ and whole case packs when ordered; or exit 2 and no file")
  void replenish() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      try {
        SplittableRandom r = new SplittableRandom(seed);
        Path stock = write("s.csv", "sku,location,on_hand,on_order,reserved\nTEE,DC1," + number(r, 50) + ","
            + number(r, 20) + "," + number(r, 10) + "\n");
        Path history = write("h.csv", "series_id,t,value\nTEE@DC1,1," + number(r, 30) + "\nTEE@DC1,2,12\nTEE@DC1,3,"
            + number(r, 30) + "\n");
        String[] kinds = {"sQ", "sS", "RS"};
        String kind = kinds[r.nextInt(3)];
        String moq = number(r, 40);
        String pack = r.nextBoolean() ? "" : number(r, 12);
        Path policy = write("p.csv", "sku,location,policy,lead_time,service_level,order_quantity,review_period,moq,case_pack\n"
            + "TEE,DC1," + kind + "," + number(r, 6) + ",0.95," + number(r, 100) + "," + number(r, 4) + "," + moq + ","
            + pack + "\n");
        Path po = dir.resolve("po.csv");
        Files.deleteIfExists(po);
        Run run = run("replenish", "--stock", stock.toString(), "--history", history.toString(), "--policy",
            policy.toString(), "--output", po.toString());
        if (run.code() != 0) {
          refusedCleanly(run);
          assertThat(po).as("nothing written on refusal").doesNotExist();
          return;
        }
        List<CSVRecord> rows = csv(po);
        assertThat(rows).hasSize(1);
        long quantity = Long.parseLong(rows.get(0).get("quantity"));
        assertThat(quantity).isNotNegative();
        if (quantity > 0) {
          assertThat(quantity).as("at least the MOQ").isGreaterThanOrEqualTo(moq.isEmpty() ? 0 : Long.parseLong(moq));
          if (!pack.isEmpty()) {
            assertThat(quantity % Long.parseLong(pack)).as("whole case packs").isZero();
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  @DisplayName("allocate: no line gets more than it ordered, no location ships more than it holds; or exit 2 and no file")
  void allocate() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      try {
        SplittableRandom r = new SplittableRandom(seed);
        Path locations = write("l.csv", "id,country,latitude,longitude\nNYC,US,40.7,-74.0\nLAX,US,34.0,-118.2\n");
        Map<String, Long> stock = new HashMap<>();
        StringBuilder s = new StringBuilder("sku,location,quantity\n");
        for (String loc : List.of("NYC", "LAX")) {
          String q = number(r, 8);
          s.append("TEE,").append(loc).append(',').append(q).append('\n');
          stock.put(loc, parseOr(q, -1));
        }
        Map<String, Long> ordered = new HashMap<>();
        StringBuilder o = new StringBuilder("order_id,line_id,sku,quantity,country,split\n");
        int lines = 1 + r.nextInt(4);
        for (int i = 0; i < lines; i++) {
          String q = number(r, 6);
          String order = "A" + r.nextInt(2);
          o.append(order).append(',').append(i).append(",TEE,").append(q).append(",US,").append(r.nextBoolean() ? "SHIP_COMPLETE" : "ALLOW_SPLIT")
              .append('\n');
          ordered.put(order + "/" + i, parseOr(q, -1));
        }
        Path plan = dir.resolve("plan.csv");
        Files.deleteIfExists(plan);
        Run run = run("allocate", "--locations", locations.toString(), "--stock", write("s.csv", s.toString()).toString(),
            "--orders", write("o.csv", o.toString()).toString(), "--strategy", "nearest", "--output", plan.toString());
        if (run.code() != 0) {
          refusedCleanly(run);
          assertThat(plan).doesNotExist();
          return;
        }
        Map<String, Long> perLine = new HashMap<>();
        Map<String, Long> perLocation = new HashMap<>();
        for (CSVRecord row : csv(plan)) {
          if (row.get("line_id").isEmpty() || row.get("location").isEmpty() || row.get("quantity").isEmpty()) {
            continue;
          }
          long q = Long.parseLong(row.get("quantity"));
          assertThat(q).isNotNegative();
          perLine.merge(row.get("order_id") + "/" + row.get("line_id"), q, Math::addExact);
          perLocation.merge(row.get("location"), q, Math::addExact);
        }
        perLine.forEach((line, q) -> assertThat(q).as(line).isLessThanOrEqualTo(ordered.get(line)));
        perLocation.forEach((loc, q) -> assertThat(q).as(loc).isLessThanOrEqualTo(stock.get(loc)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  @DisplayName("purchase: every line total is quantity × unit cost exactly, never negative; or exit 2 and no file")
  void purchase() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      try {
        SplittableRandom r = new SplittableRandom(seed);
        Path suppliers = write("s.csv", PurchaseCommandTest.HEADER + "\nNEAR,TEE,N-1," + number(r, 3).replaceAll("^0?$", "1")
            + "," + amount(r) + ",USD," + number(r, 50) + "," + number(r, 12) + ",10,1,0.95,true\n");
        Path suggestions = write("po.csv", "sku,location,quantity,supplier\nTEE,DC1," + number(r, 200) + ",\n");
        Path pos = dir.resolve("out.csv");
        Files.deleteIfExists(pos);
        Run run = run("purchase", "--suppliers", suppliers.toString(), "--suggestions", suggestions.toString(), "--output",
            pos.toString());
        if (run.code() != 0) {
          refusedCleanly(run);
          assertThat(pos).doesNotExist();
          return;
        }
        for (CSVRecord row : csv(pos)) {
          BigDecimal quantity = new BigDecimal(row.get("quantity"));
          BigDecimal unit = new BigDecimal(row.get("unit_cost"));
          assertThat(quantity.signum()).isPositive();
          assertThat(unit.signum()).isNotNegative();
          assertThat(new BigDecimal(row.get("line_total"))).isEqualByComparingTo(quantity.multiply(unit));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static long parseOr(String text, long otherwise) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (var in = Files.newBufferedReader(file)) {
      return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords());
    }
  }
}
