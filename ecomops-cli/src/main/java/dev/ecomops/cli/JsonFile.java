package dev.ecomops.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.ecomops.core.DataFileException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A JSON input file read with Gson, with typed accessors whose errors name the file and the field
 * path ({@code lines[2].quantity}) and the rule, as {@link DataFileException}s.
 */
final class JsonFile {
  private final Path file;

  private JsonFile(Path file) {
    this.file = file;
  }

  /**
   * Reads a JSON file with a library reader: a missing file, or the reader's {@link
   * dev.ecomops.core.ValidationException}, becomes bad input naming the file.
   */
  static <T> T readWith(Path file, java.util.function.Function<Path, T> reader) {
    if (Stdio.isDash(file)) {
      throw new UsageException("'-' (standard input) is not read for this file; give its path");
    }
    if (!Files.isRegularFile(file)) {
      throw DataFileException.of(Stdio.name(file), "no such file");
    }
    try {
      return reader.apply(file);
    } catch (dev.ecomops.core.ValidationException e) {
      throw DataFileException.of(Stdio.name(file), String.valueOf(e.getMessage()));
    }
  }

  /** Reads a file ({@code -}: standard input) holding one JSON object; a key twice in one object is refused, as is nesting past {@value #MAX_DEPTH}. */
  static JsonObject read(Path file) {
    try (JsonReader in = new JsonReader(Stdio.reader(file))) {
      JsonElement e = element(file, in, "", 0);
      if (in.peek() != JsonToken.END_DOCUMENT) {
        throw DataFileException.of(Stdio.name(file), "is not valid JSON (more after the first value)");
      }
      if (!e.isJsonObject()) {
        throw DataFileException.of(Stdio.name(file), "must be a JSON object");
      }
      return e.getAsJsonObject();
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw DataFileException.of(Stdio.name(file), "is not valid JSON (" + e.getMessage() + ")");
    }
  }

  /** How deep objects and arrays may nest. */
  static final int MAX_DEPTH = 64;

  /** One JSON value, read strictly: Gson's own tree keeps the last of two equal keys without a word. */
  private static JsonElement element(Path file, JsonReader in, String path, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw DataFileException.of(Stdio.name(file), (path.isEmpty() ? "value" : path) + ": nested deeper than " + MAX_DEPTH);
    }
    switch (in.peek()) {
      case BEGIN_OBJECT: {
        JsonObject o = new JsonObject();
        in.beginObject();
        while (in.hasNext()) {
          String key = in.nextName();
          String at = path.isEmpty() ? key : path + "." + key;
          if (o.has(key)) {
            throw DataFileException.of(Stdio.name(file), at + ": appears twice");
          }
          o.add(key, element(file, in, at, depth + 1));
        }
        in.endObject();
        return o;
      }
      case BEGIN_ARRAY: {
        JsonArray a = new JsonArray();
        in.beginArray();
        while (in.hasNext()) {
          a.add(element(file, in, path + "[" + a.size() + "]", depth + 1));
        }
        in.endArray();
        return a;
      }
      case STRING:
        return new JsonPrimitive(in.nextString());
      case NUMBER:
        return new JsonPrimitive(new BigDecimal(in.nextString()));
      case BOOLEAN:
        return new JsonPrimitive(in.nextBoolean());
      case NULL:
        in.nextNull();
        return JsonNull.INSTANCE;
      default:
        throw DataFileException.of(Stdio.name(file), "is not valid JSON (unexpected " + in.peek() + ")");
    }
  }

  static JsonFile of(Path file) {
    return new JsonFile(file);
  }

  DataFileException error(String path, String rule) {
    return DataFileException.of(Stdio.name(file), List.of(new DataFileException.Problem(0, path, rule)));
  }

  /** Refuses fields outside {@code known}. */
  void only(JsonObject o, String path, Set<String> known) {
    for (String k : o.keySet()) {
      if (!known.contains(k)) {
        throw error(path.isEmpty() ? k : path + "." + k, "unknown field");
      }
    }
  }

  @Nullable JsonElement optional(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? null : e;
  }

  JsonElement required(JsonObject o, String path, String field) {
    JsonElement e = optional(o, field);
    if (e == null) {
      throw error(path + field, "missing");
    }
    return e;
  }

  String text(JsonObject o, String path, String field) {
    JsonElement e = required(o, path, field);
    if (!e.isJsonPrimitive() || e.getAsString().isBlank()) {
      throw error(path + field, "must be a non-blank string");
    }
    return e.getAsString();
  }

  BigDecimal decimal(JsonElement e, String path) {
    try {
      return e.getAsBigDecimal();
    } catch (RuntimeException ex) {
      throw error(path, "must be a number, was " + e);
    }
  }

  long whole(JsonElement e, String path) {
    BigDecimal d = decimal(e, path);
    try {
      return d.longValueExact();
    } catch (ArithmeticException ex) {
      throw error(path, "must be a whole number, was " + e);
    }
  }

  /** A whole number from {@code min} to {@code max}, never truncated to fit an int. */
  int wholeInt(JsonElement e, String path, int min, int max) {
    long v = whole(e, path);
    if (v < min || v > max) {
      throw error(path, "must be from " + min + " to " + max + ", was " + e);
    }
    return (int) v;
  }

  boolean bool(JsonElement e, String path) {
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw error(path, "must be true or false, was " + e);
    }
    return e.getAsBoolean();
  }

  JsonArray array(JsonObject o, String path, String field) {
    JsonElement e = required(o, path, field);
    if (!e.isJsonArray()) {
      throw error(path + field, "must be an array");
    }
    return e.getAsJsonArray();
  }

  JsonObject object(JsonElement e, String path) {
    if (!e.isJsonObject()) {
      throw error(path, "must be an object");
    }
    return e.getAsJsonObject();
  }
}
