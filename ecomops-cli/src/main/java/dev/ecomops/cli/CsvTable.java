package dev.ecomops.cli;

import dev.ecomops.core.DataFileException;
import dev.ecomops.core.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file with a header row, read whole, whose fields are parsed with errors that name the
 * file, line and field. Parsing is Apache Commons CSV's (RFC 4180, quoted fields).
 */
final class CsvTable {
  private final String file;
  private final List<CSVRecord> rows;

  private CsvTable(String file, List<CSVRecord> rows) {
    this.file = file;
    this.rows = rows;
  }

  /**
   * Reads a file ({@code -}: standard input) and checks its header has every required column.
   *
   * @throws UsageException if the file is missing or unreadable, not CSV, or lacks a column
   */
  static CsvTable read(Path path, Set<String> required) {
    String file = Stdio.name(path);
    // duplicate column names are refused (Commons CSV throws IllegalArgumentException, reported below)
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW).get();
    try (Reader in = withoutBom(Stdio.reader(path))) {
      var parser = format.parse(in);
      for (String column : required) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw DataFileException.of(file, 1, column, "required column is missing (header is " + parser.getHeaderNames() + ")");
        }
      }
      return new CsvTable(file, new ArrayList<>(parser.getRecords()));
    } catch (NoSuchFileException e) {
      throw DataFileException.of(String.valueOf(file), "no such file");
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw DataFileException.of(String.valueOf(file), "not readable as CSV: " + e.getMessage());
    }
  }

  /** The reader past a UTF-8 byte order mark, as Excel writes before a CSV header. */
  private static Reader withoutBom(java.io.BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return in;
  }

  List<CSVRecord> rows() {
    return rows;
  }

  String file() {
    return file;
  }

  /** The line of a row in the file (the header is line 1). */
  static long line(CSVRecord row) {
    return row.getRecordNumber() + 1;
  }

  /** A required, non-blank field. */
  String text(CSVRecord row, String field) {
    String v = optional(row, field);
    if (v == null) {
      throw DataFileException.of(file, line(row), field, "must not be blank");
    }
    return v;
  }

  /** A field that may be absent (no column) or blank: null then. */
  @Nullable String optional(CSVRecord row, String field) {
    if (!row.isMapped(field) || !row.isSet(field)) {
      return null;
    }
    String v = row.get(field);
    return v.isBlank() ? null : v;
  }

  long positiveLong(CSVRecord row, String field) {
    long v = parse(row, field, Long::parseLong, "must be a whole number");
    if (v < 1) {
      throw DataFileException.of(file, line(row), field, "was " + v + " but must be at least 1");
    }
    return v;
  }

  long nonNegativeLong(CSVRecord row, String field) {
    long v = parse(row, field, Long::parseLong, "must be a whole number");
    if (v < 0) {
      throw DataFileException.of(file, line(row), field, "was " + v + " but must be at least 0");
    }
    return v;
  }

  /** The largest magnitude any decimal read from a file may have: beyond it sums and products of quantities lose whole units. */
  static final double MAX_DECIMAL = 1e12;

  /** Plain decimal notation with an optional exponent; not Java's {@code 10f}, {@code 0x1p3}, {@code NaN} or {@code Infinity}. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

  /**
   * A decimal number written plainly ({@code 12}, {@code -0.5}, {@code 1.5e3}), at most {@value
   * #MAX_DECIMAL} in magnitude.
   */
  double decimal(CSVRecord row, String field) {
    String text = text(row, field).trim();
    if (!DECIMAL.matcher(text).matches()) {
      throw DataFileException.of(file, line(row), field, "must be a decimal number, was '" + text + "'");
    }
    double v = Double.parseDouble(text);
    if (!(Math.abs(v) <= MAX_DECIMAL)) {
      throw DataFileException.of(file, line(row), field, "was " + text + " but must be at most " + (long) MAX_DECIMAL
          + " in magnitude");
    }
    return v;
  }

  /**
   * A whole number from {@code min} to {@code max}: never truncated to fit (4294967299 is refused
   * where an int is meant, not read as 3).
   */
  long wholeNumber(CSVRecord row, String field, long min, long max) {
    long v = parse(row, field, Long::parseLong, "must be a whole number");
    if (v < min || v > max) {
      throw DataFileException.of(file, line(row), field, "was " + v + " but must be from " + min + " to " + max);
    }
    return v;
  }

  /** An ISO 4217 currency code. */
  java.util.Currency currency(CSVRecord row, String field) {
    return parse(row, field, dev.ecomops.core.Money::currency, "must be an ISO 4217 currency code");
  }

  /**
   * An amount of money in a currency: a plain decimal with no more decimals than the currency's
   * minor unit, less than 10^{@value dev.ecomops.core.Money#MAX_INTEGER_DIGITS}; errors name this field.
   */
  dev.ecomops.core.Money money(CSVRecord row, String field, java.util.Currency currency) {
    java.math.BigDecimal amount = parse(row, field, java.math.BigDecimal::new, "must be a decimal amount");
    try {
      return dev.ecomops.core.Money.of(amount, currency);
    } catch (ValidationException e) {
      ValidationException.Violation v = e.violations().get(0);
      throw DataFileException.of(file, line(row), field, v.rule() + ", was '" + text(row, field) + "'");
    }
  }

  <T> T parse(CSVRecord row, String field, Function<String, T> parser, String rule) {
    String v = text(row, field);
    try {
      return parser.apply(v);
    } catch (RuntimeException e) {
      throw DataFileException.of(file, line(row), field, rule + ", was '" + v + "'");
    }
  }

  /**
   * Runs {@code build} for a row, turning a {@link ValidationException} from a domain value into
   * an {@link UsageException} naming this file and line and each violated field.
   */
  <T> T building(CSVRecord row, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      ValidationException.Violation v = e.violations().get(0);
      throw DataFileException.of(file, line(row), column(row, v.path()), v.rule() + ", was '" + v.value() + "'");
    }
  }

  /** The file's column for a domain field ({@code unitCost} is {@code unit_cost}), or the field's own name. */
  private static String column(CSVRecord row, String field) {
    String snake = field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    return row.isMapped(snake) ? snake : field;
  }
}
