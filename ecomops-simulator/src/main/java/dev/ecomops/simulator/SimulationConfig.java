package dev.ecomops.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.io.JsonObjects;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to simulate and under which policies. Every field has a default ({@link #defaults()}); a
 * JSON file ({@link #read}) overrides any of them by name.
 *
 * @param name a label for reports (e.g. {@code baseline}, {@code batching})
 * @param start the first simulated day
 * @param days days simulated, 1 to 3,660
 * @param skus SKUs in the catalog, 1 to 100,000
 * @param locations warehouses, 1 to 5 (east, central, west, south, southeast US)
 * @param ordersPerDay mean orders on an ordinary day before seasonality, at least 1
 * @param allocation {@code nearest}, {@code min-split}, {@code priority} or {@code min-cost} (the core
 *     strategies; min-cost estimates each shipment at the cheapest ground rate plus $1.50 handling)
 * @param serviceLevel the cycle service level replenishment's safety stock is sized for, in [0.5, 0.999]
 * @param batching whether pickers batch orders (seed heuristic, carts of 20 units) or pick one order at a time
 * @param carrier {@code cheapest} (rate-shop every shipment), {@code fastest}, or a carrier: {@code UPS}, {@code FDX}, {@code USPS}
 * @param fulfilment {@code in-house} (capacity-limited, labour by the minute) or {@code 3pl} (a per-order fee, next-day handoff)
 * @param capacityPerDay shipments one warehouse packs a day in house, at least 1
 * @param database where a host should keep the run's stores: empty for in memory, or a JDBC URL
 *     ({@code jdbc:postgresql://...}) that the host (the CLI) turns into {@link SimulationStores};
 *     the simulator itself only carries it
 * @param replenishment {@code forecast} (weekly (R, S) from the demand so far, by the forecasting
 *     module's {@code Replenisher}) or {@code min-max} (the naive practice: an (s, S) policy set once
 *     from the expected average demand, never revised)
 * @param routing the pickers' route through the aisles: {@code sshape}, {@code return}, {@code
 *     midpoint}, {@code largest-gap}, {@code combined} or {@code optimal} (the fulfillment module's
 *     {@code PickerRouter}s)
 */
public record SimulationConfig(String name, LocalDate start, int days, int skus, int locations, double ordersPerDay,
    String allocation, double serviceLevel, boolean batching, String carrier, String fulfilment, int capacityPerDay,
    String database, String replenishment, String routing) {

  static final Set<String> REPLENISHMENTS = Set.of("forecast", "min-max");
  static final Set<String> ROUTINGS = Set.of("sshape", "return", "midpoint", "largest-gap", "combined", "optimal");
  static final Set<String> ALLOCATIONS = Set.of("nearest", "min-split", "priority", "min-cost");
  static final Set<String> CARRIERS = Set.of("cheapest", "fastest", "UPS", "FDX", "USPS");
  static final Set<String> FULFILMENTS = Set.of("in-house", "3pl");

  /** @throws ValidationException naming the field that breaks its rule */
  public SimulationConfig {
    if (name == null || name.isBlank()) {
      throw ValidationException.of("name", "must not be blank", name);
    }
    java.util.Objects.requireNonNull(start, "start");
    range("days", days, 1, 3660);
    range("skus", skus, 1, 100_000);
    range("locations", locations, 1, 5);
    if (!(ordersPerDay >= 1 && ordersPerDay <= 1_000_000)) {
      throw ValidationException.of("ordersPerDay", "must be 1 to 1,000,000", ordersPerDay);
    }
    oneOf("allocation", allocation, ALLOCATIONS);
    if (!(serviceLevel >= 0.5 && serviceLevel <= 0.999)) {
      throw ValidationException.of("serviceLevel", "must be in [0.5, 0.999]", serviceLevel);
    }
    oneOf("carrier", carrier, CARRIERS);
    oneOf("fulfilment", fulfilment, FULFILMENTS);
    range("capacityPerDay", capacityPerDay, 1, 10_000_000);
    if (database == null || !(database.isEmpty() || database.startsWith("jdbc:"))) {
      throw ValidationException.of("database", "must be empty (in memory) or a JDBC URL starting jdbc:", database);
    }
    oneOf("replenishment", replenishment, REPLENISHMENTS);
    oneOf("routing", routing, ROUTINGS);
  }

  /**
   * A year from 1 January 2026 for 500 SKUs and 3 warehouses, about 800 orders on an ordinary day
   * (some 300,000 in the year with the seasons and the Black Friday peak); nearest allocation, 95%
   * service level, batching on, cheapest carrier, in-house fulfilment of up to 700 shipments per
   * warehouse a day, forecast-driven replenishment, S-shape picker routes.
   */
  public static SimulationConfig defaults() {
    return new SimulationConfig("baseline", LocalDate.parse("2026-01-01"), 365, 500, 3, 800, "nearest", 0.95, true,
        "cheapest", "in-house", 700, "", "forecast", "sshape");
  }

  /** The same with another number of days. */
  public SimulationConfig withDays(int n) {
    return new SimulationConfig(name, start, n, skus, locations, ordersPerDay, allocation, serviceLevel, batching, carrier,
        fulfilment, capacityPerDay, database, replenishment, routing);
  }

  /**
   * The defaults overridden by a JSON object's fields, e.g. {@code {"name": "3pl", "fulfilment":
   * "3pl", "serviceLevel": 0.98}}.
   *
   * @throws ValidationException naming the field (an unknown one included) and the rule
   */
  public static SimulationConfig read(Path file) {
    return parse(JsonObjects.read(file, "config", "a JSON object of settings"));
  }

  static SimulationConfig parse(JsonObject o) {
    SimulationConfig d = defaults();
    List<String> known = List.of("name", "start", "days", "skus", "locations", "ordersPerDay", "allocation",
        "serviceLevel", "batching", "carrier", "fulfilment", "capacityPerDay", "database", "replenishment", "routing");
    for (String k : o.keySet()) {
      if (!known.contains(k)) {
        throw ValidationException.of(k, "is not a setting; the settings are " + known, k);
      }
    }
    LocalDate start;
    try {
      start = o.has("start") ? LocalDate.parse(text(o, "start")) : d.start();
    } catch (DateTimeParseException e) {
      throw ValidationException.of("start", "must be a date like 2026-01-01", o.get("start"));
    }
    return new SimulationConfig(o.has("name") ? text(o, "name") : d.name(), start,
        o.has("days") ? whole(o, "days") : d.days(), o.has("skus") ? whole(o, "skus") : d.skus(),
        o.has("locations") ? whole(o, "locations") : d.locations(),
        o.has("ordersPerDay") ? number(o, "ordersPerDay") : d.ordersPerDay(),
        o.has("allocation") ? text(o, "allocation") : d.allocation(),
        o.has("serviceLevel") ? number(o, "serviceLevel") : d.serviceLevel(),
        o.has("batching") ? bool(o, "batching") : d.batching(), o.has("carrier") ? text(o, "carrier") : d.carrier(),
        o.has("fulfilment") ? text(o, "fulfilment") : d.fulfilment(),
        o.has("capacityPerDay") ? whole(o, "capacityPerDay") : d.capacityPerDay(),
        o.has("database") ? text(o, "database") : d.database(),
        o.has("replenishment") ? text(o, "replenishment") : d.replenishment(),
        o.has("routing") ? text(o, "routing") : d.routing());
  }

  private static JsonPrimitive primitive(JsonObject o, String field) {
    JsonElement e = o.get(field);
    if (e == null || !e.isJsonPrimitive()) {
      throw ValidationException.of(field, "must be a string, number or boolean", e);
    }
    return e.getAsJsonPrimitive();
  }

  private static String text(JsonObject o, String field) {
    JsonPrimitive p = primitive(o, field);
    if (!p.isString()) {
      throw ValidationException.of(field, "must be a string", p);
    }
    return p.getAsString();
  }

  private static double number(JsonObject o, String field) {
    JsonPrimitive p = primitive(o, field);
    if (!p.isNumber()) {
      throw ValidationException.of(field, "must be a number", p);
    }
    return p.getAsDouble();
  }

  private static int whole(JsonObject o, String field) {
    double v = number(o, field);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw ValidationException.of(field, "must be a whole number", v);
    }
    return (int) v;
  }

  private static boolean bool(JsonObject o, String field) {
    JsonPrimitive p = primitive(o, field);
    if (!p.isBoolean()) {
      throw ValidationException.of(field, "must be true or false", p);
    }
    return p.getAsBoolean();
  }

  private static void range(String field, long v, long min, long max) {
    if (v < min || v > max) {
      throw ValidationException.of(field, String.format(Locale.ROOT, "must be %,d to %,d", min, max), v);
    }
  }

  private static void oneOf(String field, String v, Set<String> allowed) {
    if (v == null || !allowed.contains(v)) {
      throw ValidationException.of(field, "must be one of " + new java.util.TreeSet<>(allowed), v);
    }
  }
}
