package dev.ecomops.shipping.lastmile;

import dev.ecomops.core.ValidationException;
import dev.ecomops.shipping.DataFileException;
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
      throw new DataFileException(file + ": cannot be read (" + e.getMessage() + ")");
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
          throw new DataFileException(file.toString(), no, "capacity", "missing after the vehicle number");
        }
        vehicles = (int) number(file, no, "number", f[0]);
        capacity = (long) number(file, no, "capacity", f[1]);
      } else if (inCustomer) {
        if (f.length < 7) {
          throw new DataFileException(file.toString(), no, FIELDS[f.length], "missing (a row has 7 numbers)");
        }
        double[] v = new double[7];
        for (int k = 0; k < 7; k++) {
          v[k] = number(file, no, FIELDS[k], f[k]);
        }
        try {
          stops.add(new VrpProblem.Stop((int) v[0], v[1], v[2], (long) v[3], v[4], v[5], v[6]));
        } catch (ValidationException e) {
          throw new DataFileException(file.toString(), no, e.violations().get(0).path(), e.violations().get(0).rule());
        }
      }
    }
    if (vehicles < 0) {
      throw new DataFileException(file + ": no VEHICLE block");
    }
    if (stops.isEmpty() || stops.get(0).id() != 0) {
      throw new DataFileException(file + ": the CUSTOMER table must start with the depot, customer 0");
    }
    try {
      return new VrpProblem(stops.get(0), vehicles, capacity, stops.subList(1, stops.size()));
    } catch (ValidationException e) {
      throw new DataFileException(file + ": " + e.getMessage());
    }
  }

  private static double number(Path file, int line, String field, String text) {
    try {
      double v = Double.parseDouble(text);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new DataFileException(file.toString(), line, field, "must be a number, was '" + text + "'");
    }
  }
}
