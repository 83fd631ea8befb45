package dev.ecomops.cli;

import dev.ecomops.core.Address;
import dev.ecomops.core.DataFileException;
import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.shipping.parcel.Parcel;
import dev.ecomops.shipping.rates.TableRateCarrier;
import dev.ecomops.shipping.shopping.RateShopper;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops rate}: rate-shops every shipment of a CSV across the table-rate carriers of a
 * directory (one subdirectory per carrier) and writes every quote, marking the one chosen: the
 * cheapest within the shipment's {@code max_transit_days} when given, else the cheapest. Formats
 * are in the README.
 */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = "Rate-shop shipments across table-rate carriers (CSV in, CSV of quotes out).")
final class RateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--rates", required = true, description = "Directory with one rate-table directory per carrier.")
  Path rates;

  @Option(names = "--shipments", required = true, description = "Shipments CSV, one row per parcel.")
  Path shipments;

  @Option(names = "--output", required = true, description = "Where to write the quotes CSV; - for standard output.")
  Path output;

  private record Row(ShipmentRequest shipment, @Nullable Integer maxTransitDays) {}

  @Override
  public Integer call() throws IOException {
    List<Carrier> carriers = new ArrayList<>();
    if (!Files.isDirectory(rates)) {
      throw DataFileException.of(String.valueOf(rates), "must be a directory of carrier rate tables");
    }
    try (Stream<Path> dirs = Files.list(rates)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        carriers.add(TableRateCarrier.load(d, Clock.systemUTC()));
      }
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Carrier c : carriers) {
      if (!names.add(c.name())) {
        throw DataFileException.of(String.valueOf(rates), "two carriers are named " + c.name() + "; quotes could not tell them apart");
      }
    }
    if (carriers.isEmpty()) {
      throw DataFileException.of(String.valueOf(rates), "no carrier directories");
    }
    List<Row> rows = readShipments();
    RateShopper shopper = new RateShopper(carriers);
    int chosen = 0;
    List<Object[]> out = new ArrayList<>();
    for (Row r : rows) {
      RateShopper.Choice c = shopper.cheapestWithin(r.shipment(), r.maxTransitDays() == null ? Integer.MAX_VALUE
          : r.maxTransitDays());
      if (c.chosen().isPresent()) {
        out.add(line(r.shipment().id(), c.chosen().get(), true, ""));
        chosen++;
      }
      for (RateShopper.Rejected x : c.rejected()) {
        out.add(line(r.shipment().id(), x.quote(), false, x.reason()));
      }
    }
    CsvOutput.write(output, new String[] {"shipment_id", "carrier", "service", "total", "currency", "transit_days",
        "chosen", "reason"}, csv -> {
          for (Object[] l : out) {
            csv.printRecord(l);
          }
        });
    Stdio.summary(output).printf(Locale.ROOT, "%d shipments, %d quotes, %d with a service chosen; written to %s%n",
        rows.size(), out.size(), chosen, output);
    return EcomopsCommand.OK;
  }

  private static Object[] line(String id, RateQuote q, boolean chosen, String reason) {
    return new Object[] {id, q.carrier(), q.service(), q.total().amount().toPlainString(),
        q.total().currency().getCurrencyCode(), q.transitDays(), chosen, reason};
  }

  private List<Row> readShipments() {
    CsvTable csv = CsvTable.read(shipments, Set.of("shipment_id", "origin_country", "origin_postal",
        "destination_country", "destination_postal", "residential", "length", "width", "height", "dimension_unit", "weight",
        "weight_unit"));
    Map<String, List<Parcel>> parcels = new LinkedHashMap<>();
    Map<String, CSVRecord> first = new LinkedHashMap<>();
    for (CSVRecord r : csv.rows()) {
      String id = csv.text(r, "shipment_id");
      first.putIfAbsent(id, r);
      LengthUnit lu = switch (csv.text(r, "dimension_unit")) {
        case "cm" -> LengthUnit.CM;
        case "in" -> LengthUnit.IN;
        case "mm" -> LengthUnit.MM;
        default -> throw DataFileException.of(csv.file(), CsvTable.line(r), "dimension_unit", "must be cm, mm or in");
      };
      WeightUnit wu = switch (csv.text(r, "weight_unit")) {
        case "kg" -> WeightUnit.KG;
        case "g" -> WeightUnit.G;
        case "lb" -> WeightUnit.LB;
        case "oz" -> WeightUnit.OZ;
        default -> throw DataFileException.of(csv.file(), CsvTable.line(r), "weight_unit", "must be kg, g, lb or oz");
      };
      BigDecimal l = positive(csv, r, "length");
      BigDecimal w = positive(csv, r, "width");
      BigDecimal h = positive(csv, r, "height");
      if (!(csv.decimal(r, "weight") >= 0)) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "weight", "must be at least 0");
      }
      BigDecimal kg = new BigDecimal(csv.text(r, "weight"));
      parcels.computeIfAbsent(id, k -> new ArrayList<>()).add(csv.building(r,
          () -> new Parcel(Dimensions.of(l, w, h, lu), Weight.of(kg, wu))));
    }
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, CSVRecord> e : first.entrySet()) {
      CSVRecord r = e.getValue();
      String residential = csv.text(r, "residential");
      if (!residential.equals("true") && !residential.equals("false")) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "residential", "must be true or false");
      }
      Address from = csv.building(r, () -> Address.builder().line1("-").city("-").postalCode(csv.text(r, "origin_postal"))
          .country(csv.text(r, "origin_country")).build());
      Address to = csv.building(r, () -> Address.builder().line1("-").city("-")
          .postalCode(csv.text(r, "destination_postal")).country(csv.text(r, "destination_country")).build());
      Integer max = csv.optional(r, "max_transit_days") == null ? null : (int) csv.wholeNumber(r, "max_transit_days", 0, 365);
      out.add(new Row(new ShipmentRequest(e.getKey(), from, to, parcels.get(e.getKey()), residential.equals("true")), max));
    }
    return out;
  }

  private static BigDecimal positive(CsvTable csv, CSVRecord r, String field) {
    double v = csv.decimal(r, field);
    if (!(v > 0) || Double.isInfinite(v)) {
      throw DataFileException.of(csv.file(), CsvTable.line(r), field, "was " + v + " but must be positive");
    }
    return new BigDecimal(csv.text(r, field));
  }
}
