package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops purchase")
class PurchaseCommandTest extends CliHarness {

  static final String HEADER = "supplier,sku,supplier_sku,min_quantity,unit_cost,currency,moq,case_pack,lead_time_days,"
      + "lead_time_sd_days,on_time_rate,primary";

  @Test
  @DisplayName("chooses per suggestion, rounds to MOQ and case packs, groups per supplier and location, explains")
  void orders() throws IOException {
    Path suppliers = write("s.csv", HEADER, "NEAR,TEE,N-1,1,5.00,USD,0,10,10,1,0.95,true",
        "NEAR,TEE,N-1,100,4.50,USD,0,10,10,1,0.95,true", "FAR,TEE,F-77,1,4.60,USD,100,50,20,4,0.90,false",
        "NEAR,MUG,N-2,1,2.00,USD,0,6,10,1,1,true");
    // the replenish command's output: TEE 95 and MUG 7 at DC1, nothing for CAP
    Path suggestions = write("po.csv", "sku,location,policy,position,reorder_point,order_up_to,safety_stock,quantity,supplier",
        "TEE,DC1,sS,1,20,120,0,95,", "MUG,DC1,sS,0,5,12,0,7,", "CAP,DC1,sS,50,5,12,0,0,");
    Path pos = dir.resolve("out.csv");
    assertThat(run("purchase", "--suppliers", suppliers.toString(), "--suggestions", suggestions.toString(), "--output",
        pos.toString())).isZero();
    List<String> rows = Files.readAllLines(pos);
    assertThat(rows.get(0)).isEqualTo("po,supplier,location,sku,supplier_sku,quantity,unit_cost,currency,line_total,reason");
    // TEE: NEAR ships 100 (case 10) at the 4.50 break = 4.50 a unit; FAR 100 at 4.60: NEAR wins
    // the reason holds commas, so CSV quotes it
    assertThat(rows.get(1)).startsWith("PO-NEAR-DC1,NEAR,DC1,TEE,N-1,100,4.50,USD,450.00,\"NEAR: 100 units at 4.50 USD")
        .contains("beat FAR: 100 units at 4.60 USD");
    // MUG: 7 → one case of 6 is not enough: 12
    assertThat(rows.get(2)).startsWith("PO-NEAR-DC1,NEAR,DC1,MUG,N-2,12,2.00,USD,24.00,");
    assertThat(rows).hasSize(3);
  }

  @Test
  @DisplayName("a suggestion without any offer exits 2 naming the file, line and field, and writes nothing")
  void noOffer() throws IOException {
    Path suppliers = write("s.csv", HEADER, "NEAR,TEE,N-1,1,5.00,USD,0,10,10,1,0.95,true");
    Path suggestions = write("po.csv", "sku,location,quantity,supplier", "MUG,DC1,3,");
    Path pos = dir.resolve("out.csv");
    assertThat(run("purchase", "--suppliers", suppliers.toString(), "--suggestions", suggestions.toString(), "--output",
        pos.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(suggestions + ":2: sku: no offer in");
    Path named = write("po2.csv", "sku,location,quantity,supplier", "TEE,DC1,3,FAR");
    assertThat(run("purchase", "--suppliers", suppliers.toString(), "--suggestions", named.toString(), "--output",
        pos.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(named + ":2: supplier: no offer in").contains("from FAR");
    assertThat(run("purchase", "--suppliers", suppliers.toString(), "--suggestions", named.toString(), "--output",
        pos.toString(), "--late-penalty", "lots")).isEqualTo(2);
    assertThat(err.toString()).contains("--late-penalty: must be a decimal amount, was 'lots'");
    assertThat(pos).doesNotExist();
  }

  @Test
  @DisplayName("a negative unit cost, or a quantity no purchase could mean, exits 2 naming the field instead of a negative total or a dropped line")
  void hostileNumbers_exit2() throws IOException {
    Path pos = dir.resolve("out.csv");
    Path negative = write("s1.csv", HEADER, "NEAR,TEE,N-1,1,-5.00,USD,0,10,10,1,0.95,true");
    Path suggestions = write("po.csv", "sku,location,quantity,supplier", "TEE,DC1,3,");
    assertThat(run("purchase", "--suppliers", negative.toString(), "--suggestions", suggestions.toString(), "--output",
        pos.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(negative + ":2: unit_cost: must not be negative");
    Path suppliers = write("s2.csv", HEADER, "NEAR,TEE,N-1,1,5.00,USD,0,10,10,1,0.95,true");
    Path huge = write("po2.csv", "sku,location,quantity,supplier", "TEE,DC1,9223372036854775807,");
    assertThat(run("purchase", "--suppliers", suppliers.toString(), "--suggestions", huge.toString(), "--output",
        pos.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(huge + ":2: quantity: was 9223372036854775807 but must be from 0 to 1000000000000");
    assertThat(pos).doesNotExist();
  }

  @Test
  @DisplayName("an amount with a huge exponent (1e100000000) exits 2 at once instead of hanging in BigDecimal scaling")
  void hugeExponent_exit2() throws IOException {
    Path pos = dir.resolve("out.csv");
    Path suppliers = write("s.csv", HEADER, "NEAR,TEE,N-1,1,1e100000000,USD,0,10,10,1,0.95,true");
    Path suggestions = write("po.csv", "sku,location,quantity,supplier", "TEE,DC1,3,");
    assertThat(run("purchase", "--suppliers", suppliers.toString(), "--suggestions", suggestions.toString(), "--output",
        pos.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(suppliers + ":2: unit_cost: must be less than 10^15").doesNotContain("\tat ");
    assertThat(run("purchase", "--suppliers", suppliers.toString(), "--suggestions", suggestions.toString(), "--output",
        pos.toString(), "--late-penalty", "1e100000000")).isEqualTo(2);
    assertThat(err.toString()).contains("--late-penalty: must be less than 10^15");
    assertThat(pos).doesNotExist();
  }
}
