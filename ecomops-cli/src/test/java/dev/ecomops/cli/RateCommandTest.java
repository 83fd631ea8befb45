package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops rate")
class RateCommandTest extends CliHarness {

  private Path carriers() throws IOException {
    for (String[] c : new String[][] {{"fast", "20.00", "1"}, {"slow", "9.00", "4"}}) {
      write("rates/" + c[0] + "/carrier.csv", "name,currency,units,fuel_percent", c[0] + ",USD,imperial,0");
      write("rates/" + c[0] + "/services.csv", "service,divisor,increment", "std,139,1");
      write("rates/" + c[0] + "/zones.csv", "origin,destination,zone", "US,US,1");
      write("rates/" + c[0] + "/rates.csv", "service,zone,max_weight,price", "std,1,50," + c[1]);
      write("rates/" + c[0] + "/transit.csv", "service,zone,days", "std,1," + c[2]);
    }
    return dir.resolve("rates");
  }

  @Test
  @DisplayName("writes every quote, the cheapest within the transit limit marked chosen, the others with why")
  void quotes() throws IOException {
    Path rates = carriers();
    Path shipments = write("shipments.csv", "shipment_id,origin_country,origin_postal,destination_country,"
        + "destination_postal,residential,length,width,height,dimension_unit,weight,weight_unit,max_transit_days",
        "A,US,10001,US,94105,false,10,10,10,in,2,lb,2", "B,US,10001,US,94105,false,30,20,10,cm,1,kg,");
    Path quotes = dir.resolve("quotes.csv");
    assertThat(run("rate", "--rates", rates.toString(), "--shipments", shipments.toString(), "--output",
        quotes.toString())).isZero();
    assertThat(Files.readAllLines(quotes)).containsExactly(
        "shipment_id,carrier,service,total,currency,transit_days,chosen,reason",
        "A,fast,std,20.00,USD,1,true,", "A,slow,std,9.00,USD,4,false,\"takes 4 transit days, more than the 2 allowed\"",
        "B,slow,std,9.00,USD,4,true,", "B,fast,std,20.00,USD,1,false,costs more than the chosen slow std");
  }

  @Test
  @DisplayName("a bad shipment row or rate table exits 2 naming file, line and field, and writes nothing")
  void bad() throws IOException {
    Path rates = carriers();
    Path quotes = dir.resolve("quotes.csv");
    Path shipments = write("s.csv", "shipment_id,origin_country,origin_postal,destination_country,"
        + "destination_postal,residential,length,width,height,dimension_unit,weight,weight_unit",
        "A,US,10001,US,94105,false,10,0,10,in,2,lb");
    assertThat(run("rate", "--rates", rates.toString(), "--shipments", shipments.toString(), "--output",
        quotes.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(shipments + ":2: width: was 0.0 but must be positive");
    write("rates/slow/rates.csv", "service,zone,max_weight,price", "std,1,-5,9.00");
    Path good = write("g.csv", "shipment_id,origin_country,origin_postal,destination_country,"
        + "destination_postal,residential,length,width,height,dimension_unit,weight,weight_unit",
        "A,US,10001,US,94105,false,10,10,10,in,2,lb");
    assertThat(run("rate", "--rates", rates.toString(), "--shipments", good.toString(), "--output",
        quotes.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("rates.csv:2: max_weight: must be positive, was -5");
    assertThat(quotes).doesNotExist();
  }

  @Test
  @DisplayName("a price or fuel surcharge with a huge exponent (1e100000000) exits 2 at once instead of hanging")
  void hugeExponent_exit2() throws IOException {
    Path rates = carriers();
    Path quotes = dir.resolve("quotes.csv");
    Path shipments = write("s.csv", "shipment_id,origin_country,origin_postal,destination_country,"
        + "destination_postal,residential,length,width,height,dimension_unit,weight,weight_unit",
        "A,US,10001,US,94105,false,10,10,10,in,2,lb");
    write("rates/slow/rates.csv", "service,zone,max_weight,price", "std,1,50,1e100000000");
    assertThat(run("rate", "--rates", rates.toString(), "--shipments", shipments.toString(), "--output",
        quotes.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("rates.csv:2: price").doesNotContain("\tat ");
    write("rates/slow/rates.csv", "service,zone,max_weight,price", "std,1,50,9.00");
    write("rates/slow/carrier.csv", "name,currency,units,fuel_percent", "slow,USD,imperial,1e100000000");
    assertThat(run("rate", "--rates", rates.toString(), "--shipments", shipments.toString(), "--output",
        quotes.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("carrier.csv:2: fuel_percent");
    assertThat(quotes).doesNotExist();
  }
}
