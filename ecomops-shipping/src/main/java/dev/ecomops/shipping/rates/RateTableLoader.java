package dev.ecomops.shipping.rates;

import dev.ecomops.core.DataFileException;
import dev.ecomops.core.Money;
import dev.ecomops.shipping.parcel.BillableWeight;
import dev.ecomops.shipping.parcel.UnitSystem;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Reads a {@link TableRateCarrier}'s directory; every error names the file, line and field. */
final class RateTableLoader {
  private RateTableLoader() {}

  /** Digits a number in a rate table may have before, and after, its decimal point. */
  static final int MAX_DIGITS = 12;

  /** The longest transit a table may state, in business days. */
  static final int MAX_TRANSIT_DAYS = 365;

  /** One CSV file, read whole. */
  private record Table(String file, List<CSVRecord> rows) {
    String text(CSVRecord r, String field) {
      String v = r.isMapped(field) && r.isSet(field) ? r.get(field).trim() : "";
      if (v.isEmpty()) {
        throw DataFileException.of(file, r.getRecordNumber() + 1, field, "must not be blank");
      }
      return v;
    }

    @Nullable String optional(CSVRecord r, String field) {
      String v = r.isMapped(field) && r.isSet(field) ? r.get(field).trim() : "";
      return v.isEmpty() ? null : v;
    }

    BigDecimal number(CSVRecord r, String field, boolean positive) {
      String v = text(r, field);
      BigDecimal d;
      try {
        d = new BigDecimal(v);
      } catch (NumberFormatException e) {
        throw DataFileException.of(file, r.getRecordNumber() + 1, field, "must be a decimal number, was '" + v + "'");
      }
      // bounded before any use: 1e100000000 as a fuel percentage would take minutes to multiply
      BigDecimal plain = d.stripTrailingZeros();
      if ((long) plain.precision() - plain.scale() > MAX_DIGITS || plain.scale() > MAX_DIGITS) {
        throw DataFileException.of(file, r.getRecordNumber() + 1, field, "must have at most " + MAX_DIGITS
            + " digits before and after the decimal point, was '" + v + "'");
      }
      if (positive ? d.signum() <= 0 : d.signum() < 0) {
        throw DataFileException.of(file, r.getRecordNumber() + 1, field, "must be " + (positive ? "positive" : "at least 0")
            + ", was " + v);
      }
      return d;
    }

    Place place(CSVRecord r, String field) {
      try {
        return Place.parse(text(r, field));
      } catch (IllegalArgumentException e) {
        throw DataFileException.of(file, r.getRecordNumber() + 1, field, e.getMessage());
      }
    }

    DataFileException error(CSVRecord r, String field, String rule) {
      return DataFileException.of(file, r.getRecordNumber() + 1, field, rule);
    }
  }

  private static @Nullable Table read(Path dir, String name, boolean required, String... columns) {
    Path path = dir.resolve(name);
    if (!Files.exists(path)) {
      if (required) {
        throw DataFileException.of(String.valueOf(path), "missing");
      }
      return null;
    }
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .get().parse(in)) {
      for (String c : columns) {
        if (!parser.getHeaderMap().containsKey(c)) {
          throw DataFileException.of(String.valueOf(path), 1, c, "missing column");
        }
      }
      return new Table(path.toString(), parser.getRecords());
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw DataFileException.of(String.valueOf(path), "cannot be read as CSV (" + e.getMessage() + ")");
    }
  }

  private static Money money(Table t, CSVRecord r, String field, Currency currency) {
    BigDecimal v = t.number(r, field, false);
    try {
      return Money.of(v, currency);
    } catch (RuntimeException e) {
      throw t.error(r, field, "must be an amount in " + currency + ", was " + v);
    }
  }

  static TableRateCarrier load(Path dir, Clock clock) {
    Table carrier = read(dir, "carrier.csv", true, "name", "currency", "units", "fuel_percent");
    if (carrier.rows().size() != 1) {
      throw DataFileException.of(carrier.file(), "must have exactly one row, has " + carrier.rows().size());
    }
    CSVRecord c = carrier.rows().get(0);
    String name = carrier.text(c, "name");
    Currency currency;
    try {
      currency = Money.currency(carrier.text(c, "currency"));
    } catch (RuntimeException e) {
      throw carrier.error(c, "currency", "must be an ISO 4217 code, was '" + carrier.text(c, "currency") + "'");
    }
    UnitSystem units = switch (carrier.text(c, "units")) {
      case "metric" -> UnitSystem.METRIC;
      case "imperial" -> UnitSystem.IMPERIAL;
      default -> throw carrier.error(c, "units", "must be metric or imperial");
    };
    BigDecimal fuel = carrier.number(c, "fuel_percent", false);

    Table services = read(dir, "services.csv", true, "service", "divisor", "increment");
    Map<String, BillableWeight> rules = new LinkedHashMap<>();
    for (CSVRecord r : services.rows()) {
      String s = services.text(r, "service");
      if (rules.put(s, new BillableWeight(services.number(r, "divisor", true), units, services.number(r, "increment", true)))
          != null) {
        throw services.error(r, "service", s + " appears twice");
      }
    }

    Table zoneChart = read(dir, "zones.csv", true, "origin", "destination", "zone");
    List<TableRateCarrier.ZoneRule> zones = new ArrayList<>();
    for (CSVRecord r : zoneChart.rows()) {
      zones.add(new TableRateCarrier.ZoneRule(zoneChart.place(r, "origin"), zoneChart.place(r, "destination"),
          zoneChart.text(r, "zone")));
    }

    Table rates = read(dir, "rates.csv", true, "service", "zone", "max_weight", "price");
    Map<String, Map<String, TreeMap<BigDecimal, Money>>> table = new HashMap<>();
    for (CSVRecord r : rates.rows()) {
      String s = rates.text(r, "service");
      if (!rules.containsKey(s)) {
        throw rates.error(r, "service", "unknown service '" + s + "' (not in services.csv)");
      }
      BigDecimal max = rates.number(r, "max_weight", true);
      Money price = money(rates, r, "price", currency);
      if (table.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(rates.text(r, "zone"), k -> new TreeMap<>())
          .put(max, price) != null) {
        throw rates.error(r, "max_weight", "repeats a weight break of " + s + " in zone " + rates.text(r, "zone"));
      }
    }

    Table transitTable = read(dir, "transit.csv", true, "service", "zone", "days");
    Map<String, Map<String, Integer>> transit = new HashMap<>();
    for (CSVRecord r : transitTable.rows()) {
      String s = transitTable.text(r, "service");
      if (!rules.containsKey(s)) {
        throw transitTable.error(r, "service", "unknown service '" + s + "' (not in services.csv)");
      }
      BigDecimal days = transitTable.number(r, "days", false);
      if (days.stripTrailingZeros().scale() > 0 || days.compareTo(BigDecimal.valueOf(MAX_TRANSIT_DAYS)) > 0) {
        throw transitTable.error(r, "days", "must be a whole number of business days from 0 to " + MAX_TRANSIT_DAYS
            + ", was " + days);
      }
      transit.computeIfAbsent(s, k -> new HashMap<>()).put(transitTable.text(r, "zone"), days.intValueExact());
    }

    Map<String, TableRateCarrier.Service> built = new LinkedHashMap<>();
    for (Map.Entry<String, BillableWeight> e : rules.entrySet()) {
      Map<String, BigDecimal[]> breaks = new HashMap<>();
      Map<String, Money[]> prices = new HashMap<>();
      table.getOrDefault(e.getKey(), Map.of()).forEach((zone, tm) -> {
        breaks.put(zone, tm.keySet().toArray(BigDecimal[]::new));
        prices.put(zone, tm.values().toArray(Money[]::new));
      });
      built.put(e.getKey(), new TableRateCarrier.Service(e.getKey(), e.getValue(), breaks, prices,
          transit.getOrDefault(e.getKey(), Map.of())));
    }
    return new TableRateCarrier(name, currency, units, fuel, zones, built, surcharges(dir, currency), clock);
  }

  private static TableRateCarrier.Surcharges surcharges(Path dir, Currency currency) {
    Table t = read(dir, "surcharges.csv", false, "surcharge", "amount", "threshold");
    Money residential = null;
    Money oversize = null;
    BigDecimal oversizeAt = null;
    Money handling = null;
    BigDecimal handlingSide = null;
    BigDecimal handlingWeight = null;
    Money remote = null;
    List<Place> remoteAreas = new ArrayList<>();
    if (t != null) {
      for (CSVRecord r : t.rows()) {
        Money amount = money(t, r, "amount", currency);
        switch (t.text(r, "surcharge")) {
          case "residential" -> residential = amount;
          case "oversize" -> {
            oversize = amount;
            oversizeAt = t.number(r, "threshold", true);
          }
          case "additional_handling" -> {
            handling = amount;
            handlingSide = t.number(r, "threshold", true);
          }
          case "additional_handling_weight" -> {
            handling = amount;
            handlingWeight = t.number(r, "threshold", true);
          }
          case "remote" -> {
            remote = amount;
            remoteAreas.add(t.place(r, "threshold"));
          }
          default -> throw t.error(r, "surcharge", "must be residential, oversize, additional_handling, "
              + "additional_handling_weight or remote");
        }
      }
    }
    return new TableRateCarrier.Surcharges(residential, oversize, oversizeAt, handling, handlingSide, handlingWeight, remote,
        remoteAreas);
  }
}
