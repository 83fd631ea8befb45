package dev.ecomops.shipping.lastmile;

import dev.ecomops.core.DataFileException;
import dev.ecomops.core.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the classic Solomon (1987) VRPTW text format: a name line, a {@code VEHICLE} block with
 * {@code NUMBER CAPACITY}, then a {@code CUSTOMER} table whose rows are {@code CUST NO. XCOORD.
 * YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME}; customer 0 is the depot. (A fixed-column
 * whitespace format, not CSV, so it is read by splitting lines.)
 */
public final class Solomon {
  private static final String[] FIELDS = {"cust_no", "xcoord", "ycoord", "demand", "ready_time", "due_date",
      "service_time"};

  private Solomon() {}

  /**
   * Reads an instance.
   *
   * @throws DataFileException naming the file, line and field of the first bad value
   */
  public static VrpProblem read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw DataFileException.of(String.valueOf(file), "cannot be read (" + e.getMessage() + ")");
    }
    int vehicles = -1;
    long capacity = -1;
    List<VrpProblem.Stop> stops = new ArrayList<>();
    boolean inVehicle = false;
    boolean inCustomer = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      int no = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.equalsIgnoreCase("VEHICLE")) {
        inVehicle = true;
        continue;
      }
      if (line.equalsIgnoreCase("CUSTOMER")) {
        inVehicle = false;
        inCustomer = true;
        continue;
      }
      String[] f = line.split("\\s+");
      if (!Character.isDigit(f[0].charAt(0)) && f[0].charAt(0) != '-') {
        continue; // a header row
      }
      if (inVehicle) {
        if (f.length < 2) {
          throw DataFileException.of(file.toString(), no, "capacity", "missing after the vehicle number");
        }
        vehicles = (int) whole(file, no, "number", f[0], 1, MAX_VEHICLES);
        capacity = whole(file, no, "capacity", f[1], 1, MAX_AMOUNT);
      } else if (inCustomer) {
        if (f.length < 7) {
          throw DataFileException.of(file.toString(), no, FIELDS[f.length], "missing (a row has 7 numbers)");
        }
        int id = (int) whole(file, no, FIELDS[0], f[0], 0, MAX_CUSTOMERS);
        double x = bounded(file, no, FIELDS[1], f[1], -MAX_AMOUNT, MAX_AMOUNT);
        double y = bounded(file, no, FIELDS[2], f[2], -MAX_AMOUNT, MAX_AMOUNT);
        long demand = whole(file, no, FIELDS[3], f[3], 0, MAX_AMOUNT);
        double ready = bounded(file, no, FIELDS[4], f[4], 0, MAX_AMOUNT);
        double due = bounded(file, no, FIELDS[5], f[5], 0, MAX_AMOUNT);
        double service = bounded(file, no, FIELDS[6], f[6], 0, MAX_AMOUNT);
        try {
          stops.add(new VrpProblem.Stop(id, x, y, demand, ready, due, service));
        } catch (ValidationException e) {
          throw DataFileException.of(file.toString(), no, e.violations().get(0).path(), e.violations().get(0).rule());
        }
      }
    }
    if (vehicles < 0) {
      throw DataFileException.of(String.valueOf(file), "no VEHICLE block");
    }
    if (stops.isEmpty() || stops.get(0).id() != 0) {
      throw DataFileException.of(String.valueOf(file), "the CUSTOMER table must start with the depot, customer 0");
    }
    try {
      return new VrpProblem(stops.get(0), vehicles, capacity, stops.subList(1, stops.size()));
    } catch (ValidationException e) {
      throw DataFileException.of(String.valueOf(file), String.valueOf(e.getMessage()));
    }
  }

  /** The most vehicles an instance may have (a fleet is built vehicle by vehicle). */
  public static final int MAX_VEHICLES = 10_000;
  /** The highest customer number. */
  public static final int MAX_CUSTOMERS = 1_000_000;
  /** The largest capacity, demand, coordinate or time. */
  public static final long MAX_AMOUNT = 1_000_000_000_000L;

  /** A whole number in range, never truncated to fit. */
  private static long whole(Path file, int line, String field, String text, long min, long max) {
    double v = number(file, line, field, text);
    if (v != Math.rint(v) || v < min || v > max) {
      throw DataFileException.of(file.toString(), line, field, "must be a whole number from " + min + " to " + max
          + ", was '" + text + "'");
    }
    return (long) v;
  }

  /** A number in range. */
  private static double bounded(Path file, int line, String field, String text, double min, double max) {
    double v = number(file, line, field, text);
    if (v < min || v > max) {
      throw DataFileException.of(file.toString(), line, field, "must be from " + (long) min + " to " + (long) max
          + ", was '" + text + "'");
    }
    return v;
  }

  private static double number(Path file, int line, String field, String text) {
    try {
      // plain decimal notation only: not Java's 10f, 0x1p3, NaN or Infinity
      if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?")) {
        throw new NumberFormatException();
      }
      double v = Double.parseDouble(text);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw DataFileException.of(file.toString(), line, field, "must be a number, was '" + text + "'");
    }
  }
}
