package dev.ecomops.kpi.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.Kpi;
import dev.ecomops.kpi.targets.Target;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Targets as JSON: an object from KPI id to its bounds, e.g. {@code {"order_accuracy": {"min":
 * 0.99}, "cycle_time_p90": {"max": 48}}}.
 */
public final class TargetsJson {
  private TargetsJson() {}

  /**
   * Reads targets.
   *
   * @throws ValidationException naming the path ({@code order_accuracy.min}) and the rule
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Target> read(Path file) {
    JsonObject root = JsonObjects.read(file, "targets", "an object from KPI id to {\"min\": x} and/or {\"max\": y}");
    List<Target> out = new ArrayList<>();
    for (Map.Entry<String, JsonElement> e : root.entrySet()) {
      Kpi kpi;
      try {
        kpi = Kpi.byId(e.getKey());
      } catch (IllegalArgumentException x) {
        throw ValidationException.of(e.getKey(), x.getMessage(), e.getKey());
      }
      if (!e.getValue().isJsonObject()) {
        throw ValidationException.of(e.getKey(), "must be {\"min\": x} and/or {\"max\": y}", e.getValue());
      }
      JsonObject bounds = e.getValue().getAsJsonObject();
      for (String k : bounds.keySet()) {
        if (!k.equals("min") && !k.equals("max")) {
          throw ValidationException.of(e.getKey() + "." + k, "must be min or max", k);
        }
      }
      out.add(new Target(kpi, bound(bounds, e.getKey(), "min"), bound(bounds, e.getKey(), "max")));
    }
    return out;
  }

  private static Double bound(JsonObject o, String kpi, String field) {
    JsonElement e = o.get(field);
    if (e == null) {
      return null;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw ValidationException.of(kpi + "." + field, "must be a number", e);
    }
    return e.getAsDouble();
  }
}
