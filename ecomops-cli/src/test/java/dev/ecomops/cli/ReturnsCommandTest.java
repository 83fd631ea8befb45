package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops returns")
class ReturnsCommandTest extends CliHarness {

  static final String POLICY = "{\"windowDays\": 30, \"finalSaleCategories\": [\"underwear\"], \"restockingPercent\": 10}";
  static final String ORDER = "{\"orderId\": \"1001\", \"currency\": \"USD\", \"deliveredOn\": \"2026-11-02\","
      + " \"shipping\": \"5.00\", \"lines\": [{\"lineId\": \"1\", \"sku\": \"TEE\", \"category\": \"apparel\", \"quantity\": 3,"
      + " \"unitPrice\": \"10.00\", \"discount\": \"1.00\", \"tax\": \"2.00\"}, {\"lineId\": \"2\", \"sku\": \"SOCKS\","
      + " \"category\": \"underwear\", \"quantity\": 2, \"unitPrice\": \"5.00\"}]}";

  @Test
  @DisplayName("prints each line's decision with its rule and the refund breakdown")
  void decision() throws IOException {
    Path request = write("r.json", "{\"requestedOn\": \"2026-11-10\", \"labelCost\": \"4.00\", \"lines\": ["
        + "{\"lineId\": \"1\", \"quantity\": 2, \"reason\": \"DOES_NOT_FIT\", \"condition\": \"OPENED\"},"
        + "{\"lineId\": \"2\", \"quantity\": 1, \"reason\": \"CHANGED_MIND\", \"condition\": \"UNOPENED\"}]}");
    assertThat(run("returns", "--policy", write("p.json", POLICY).toString(), "--order", write("o.json", ORDER).toString(),
        "--request", request.toString())).isZero();
    // 2 of 3 tees: 31.00 split 10.34/10.33/10.33 → 20.67 paid; 10% of 2 × 10.00 = 2.00 fee; label 4.00
    assertThat(out.toString().lines()).containsExactly(
        "line 1: APPROVED 2 (approved) approved with a restocking fee of 2.00 USD; the customer pays the return label",
        "line 2: REJECTED 1 (final-sale) SOCKS is final sale",
        "refund line 1: 2 units paid 20.67 USD, restocking fee 2.00 USD, refund 18.67 USD",
        "refund: shipping 0.00 USD, return label -4.00 USD, store-credit bonus 0.00 USD, total 14.67 USD");
  }

  @Test
  @DisplayName("bad input names the file and the field path, exit 2")
  void bad() throws IOException {
    Path policy = write("p.json", POLICY);
    Path order = write("o.json", ORDER);
    Path reason = write("r.json", "{\"requestedOn\": \"2026-11-10\", \"lines\": [{\"lineId\": \"1\", \"quantity\": 1,"
        + " \"reason\": \"BORED\", \"condition\": \"OPENED\"}]}");
    assertThat(run("returns", "--policy", policy.toString(), "--order", order.toString(), "--request", reason.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(reason + ": lines[0].reason: must be one of");
    Path quantity = write("q.json", "{\"requestedOn\": \"2026-11-10\", \"lines\": [{\"lineId\": \"1\", \"quantity\": 0,"
        + " \"reason\": \"DEFECTIVE\", \"condition\": \"OPENED\"}]}");
    assertThat(run("returns", "--policy", policy.toString(), "--order", order.toString(), "--request", quantity.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(quantity + ": lines[0].quantity: must be at least 1");
    Path badPolicy = write("bp.json", "{\"restockingPercent\": 150}");
    assertThat(run("returns", "--policy", badPolicy.toString(), "--order", order.toString(), "--request",
        quantity.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(badPolicy + ": restockingPercent: must be in [0, 100]");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("a return window beyond an int is refused as written, not wrapped to 30 days or reported as -1")
  void hugeWindow_notTruncated() throws IOException {
    Path order = write("o.json", ORDER);
    Path request = write("q.json", "{\"requestedOn\": \"2026-11-10\", \"lines\": [{\"lineId\": \"1\", \"quantity\": 1,"
        + " \"reason\": \"DEFECTIVE\", \"condition\": \"OPENED\"}]}");
    for (String days : new String[] {"4294967326", "9223372036854775807"}) {
      Path policy = write("p.json", "{\"windowDays\": " + days + "}");
      err.getBuffer().setLength(0);
      assertThat(run("returns", "--policy", policy.toString(), "--order", order.toString(), "--request",
          request.toString())).isEqualTo(2);
      assertThat(err.toString()).contains(policy + ": windowDays: must be from 0 to 3650, was " + days);
    }
  }

  @Test
  @DisplayName("a key twice in one JSON object exits 2 naming it, instead of keeping the last silently; deep nesting too")
  void duplicateKey_exit2() throws IOException {
    Path order = write("o.json", ORDER);
    Path request = write("q.json", "{\"requestedOn\": \"2026-11-10\", \"lines\": [{\"lineId\": \"1\", \"quantity\": 1,"
        + " \"quantity\": 3, \"reason\": \"DEFECTIVE\", \"condition\": \"OPENED\"}]}");
    Path policy = write("p.json", POLICY);
    assertThat(run("returns", "--policy", policy.toString(), "--order", order.toString(), "--request",
        request.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(request + ": lines[0].quantity: appears twice");
    Path deep = write("d.json", "{\"windowDays\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
    assertThat(run("returns", "--policy", deep.toString(), "--order", order.toString(), "--request",
        request.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nested deeper than 64").doesNotContain("StackOverflow");
  }

  @Test
  @DisplayName("a line whose price × quantity passes 10^15 exits 2 naming it (it was an internal error); a negative shipping names the field")
  void hugeLineTotal_exit2() throws IOException {
    Path policy = write("p.json", POLICY);
    Path request = write("r.json", "{\"requestedOn\": \"2026-11-10\", \"lines\": [{\"lineId\": \"1\", \"quantity\": 1,"
        + " \"reason\": \"DEFECTIVE\", \"condition\": \"OPENED\"}]}");
    Path huge = write("o.json", ORDER.replace("\"quantity\": 3", "\"quantity\": 1000000000000")
        .replace("\"unitPrice\": \"10.00\"", "\"unitPrice\": \"99999.00\""));
    assertThat(run("returns", "--policy", policy.toString(), "--order", huge.toString(), "--request", request.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(huge + ": lines[0].quantity: unit price × quantity + tax must be less than 10^15")
        .doesNotContain("\tat ");
    Path shipping = write("o2.json", ORDER.replace("\"shipping\": \"5.00\"", "\"shipping\": \"-5.00\""));
    assertThat(run("returns", "--policy", policy.toString(), "--order", shipping.toString(), "--request",
        request.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(shipping + ": shipping: must not be negative");
    assertThat(out.toString()).isEmpty();
  }
}
