package dev.ecomops.cli;

import dev.ecomops.core.DataFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * A demand history CSV, {@code series_id,t,value}: {@code t} an integer from 1 ascending within a
 * series (a skipped {@code t} is a period of zero demand), {@code value} a finite number at least 0.
 * Read by {@code forecast} and {@code replenish}.
 *
 * @param file the file name, for messages
 * @param series values per series id, in file order
 * @param firstLine the line of each series' first row, for messages about the series
 */
record HistoryCsv(String file, Map<String, double[]> series, Map<String, Long> firstLine) {

  /**
   * The last period a history may name: a series is held one value per period from 1 (gaps are
   * zeros), so this bounds its memory (a million periods is 2,700 years of days).
   */
  static final long MAX_T = 1_000_000;

  /** @throws UsageException naming file, line and field for a bad row */
  static HistoryCsv read(Path path) {
    CsvTable csv = CsvTable.read(path, Set.of("series_id", "t", "value"));
    Map<String, List<Double>> values = new LinkedHashMap<>();
    Map<String, Long> lastT = new LinkedHashMap<>();
    Map<String, Long> firstLine = new LinkedHashMap<>();
    for (CSVRecord row : csv.rows()) {
      String id = csv.text(row, "series_id");
      long t = csv.wholeNumber(row, "t", 1, MAX_T);
      double v = csv.decimal(row, "value");
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw DataFileException.of(csv.file(), CsvTable.line(row), "value", "was " + v + " but must be a finite number at least 0");
      }
      long previous = lastT.getOrDefault(id, 0L);
      if (t <= previous) {
        throw DataFileException.of(csv.file(), CsvTable.line(row), "t", "was " + t + " but must ascend within series " + id
            + " (previous " + previous + ")");
      }
      List<Double> list = values.computeIfAbsent(id, k -> new ArrayList<>());
      for (long gap = previous + 1; gap < t; gap++) {
        list.add(0.0); // a missing period is zero demand
      }
      list.add(v);
      lastT.put(id, t);
      firstLine.putIfAbsent(id, CsvTable.line(row));
    }
    Map<String, double[]> series = new LinkedHashMap<>();
    values.forEach((k, v) -> series.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
    return new HistoryCsv(csv.file(), series, firstLine);
  }
}
