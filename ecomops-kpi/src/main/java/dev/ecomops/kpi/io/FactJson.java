package dev.ecomops.kpi.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.ecomops.core.DataFileException;
import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.kpi.fact.Fact;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The JSON Lines interchange format for facts: one JSON object per line, so hosts can feed KPIs
 * from their own systems. Each object has a {@code type} (the fact's name in snake case:
 * {@code order_placed}, {@code order_shipped}, {@code order_delivered}, {@code inventory_counted},
 * {@code inventory_snapshot}, {@code return_received}, {@code return_resolved}, {@code
 * ticket_first_response}, {@code ticket_resolved}, {@code survey_answered}, {@code batch_picked}) and the fact's fields
 * in snake case ({@code orderId} is {@code order_id}): instants as ISO-8601 strings with zone
 * ({@code "2026-11-02T10:00:00Z"}), counts as integers, flags as booleans, amounts as decimal
 * strings or numbers in the object's {@code currency} (an ISO 4217 code, required when the fact
 * has amounts). The segment fields {@code channel}, {@code location}, {@code carrier}, {@code
 * category} and {@code variant} may be left out (empty), and so may an {@code order_delivered}'s
 * {@code placed_at} (unknown: no cycle time) and {@code promised_by} (nothing promised: not part of
 * on-time delivery). Blank lines are skipped. Unknown fields
 * are refused, so a misspelt field is not silently ignored. The README lists every type's fields.
 */
public final class FactJson {
  /** The earliest instant a fact may carry. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  /** The latest instant a fact may carry. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** The longest line read, in bytes: a fact is a few hundred; a longer line is bad input, not memory to spend. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /** How many bad lines a read reports at most. */
  public static final int MAX_ERRORS = 20;

  private static final Set<String> OPTIONAL = Set.of("channel", "location", "carrier", "category", "variant");
  /** Instants a fact may leave out (null in the record): an order_delivered's placed_at and promised_by. */
  private static final Set<String> OPTIONAL_INSTANTS = Set.of("order_delivered.placed_at", "order_delivered.promised_by");
  private static final Map<String, Class<? extends Fact>> TYPES = new LinkedHashMap<>();

  static {
    for (Class<?> c : Fact.class.getPermittedSubclasses()) {
      TYPES.put(snake(c.getSimpleName()), c.asSubclass(Fact.class));
    }
  }

  private FactJson() {}

  /** The type names, in declaration order. */
  public static List<String> types() {
    return List.copyOf(TYPES.keySet());
  }

  /** The fields of a type, in snake case, in order (without {@code type} and {@code currency}). */
  public static List<String> fields(String type) {
    Class<? extends Fact> c = TYPES.get(type);
    if (c == null) {
      throw new IllegalArgumentException("unknown fact type " + type);
    }
    List<String> out = new ArrayList<>();
    for (RecordComponent rc : c.getRecordComponents()) {
      out.add(snake(rc.getName()));
    }
    return out;
  }

  /**
   * Reads every fact of a file; all or nothing.
   *
   * @throws DataFileException listing the bad lines (number, field, reason); none of the file is returned
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Fact> read(Path file) {
    List<Fact> out = new ArrayList<>();
    read(file, out::add);
    return out;
  }

  /**
   * Streams a file's facts into a sink (a {@link dev.ecomops.kpi.KpiEngine}'s {@code accept}),
   * line by line, so a file of any size needs no list. A line the sink refuses with a {@link
   * ValidationException} (an amount in another currency) counts as bad like a malformed one.
   *
   * <p>A fact log is delivered at least once, so a line that repeats an earlier fact exactly is
   * skipped (counted in the answer), and one that contradicts an earlier fact with the same
   * identity (an order placed twice with different units) is a bad line; identities are listed in
   * the README's KPI format.
   *
   * @return how many lines repeated an earlier fact and were skipped
   * @throws DataFileException after the whole file, listing the bad lines; the sink has then seen
   *     only the good ones, so discard what it built
   * @throws UncheckedIOException when the file cannot be read
   */
  public static long read(Path file, Consumer<Fact> sink) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in, file.toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Streams facts from a stream (standard input, a socket); as {@link #read(Path, Consumer)}.
   *
   * @param in the stream, read to its end and not closed
   * @param name what to call it in errors
   * @param sink receives each new fact
   * @return how many lines repeated an earlier fact and were skipped
   * @throws DataFileException after the whole stream, listing the bad lines
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static long read(InputStream in, String name, Consumer<Fact> sink) {
    List<DataFileException.Problem> problems = new ArrayList<>();
    SeenFacts seen = new SeenFacts();
    try {
      Utf8Lines.each(in, MAX_LINE_BYTES, (n, line, bad) -> {
        if (bad != null) {
          problem(problems, n, "line", bad);
          return;
        }
        if (line.isBlank()) {
          return;
        }
        try {
          Fact f = parse(line);
          if (seen.firstTime(n, f)) {
            sink.accept(f);
          }
        } catch (FieldException e) {
          problem(problems, n, e.field(), e.getMessage());
        } catch (ValidationException e) {
          ValidationException.Violation v = e.violations().get(0);
          problem(problems, n, snake(v.path()), v.rule() + " (was " + v.value() + ")");
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw DataFileException.of(name, problems);
    }
    return seen.repeats();
  }

  /** The type name of a fact class ({@code order_placed}). */
  static String typeName(Class<?> factClass) {
    return snake(factClass.getSimpleName());
  }

  private static void problem(List<DataFileException.Problem> problems, long line, String field, String reason) {
    if (problems.size() < MAX_ERRORS) {
      problems.add(new DataFileException.Problem(line, field, reason));
    }
  }

  /**
   * One fact from one line.
   *
   * @throws FieldException naming the field and the rule
   */
  public static Fact parse(String line) {
    JsonObject o;
    try {
      JsonElement e = JsonParser.parseString(line);
      if (!e.isJsonObject()) {
        throw new FieldException("line", "must be a JSON object");
      }
      o = e.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new FieldException("line", "is not JSON: " + e.getMessage());
    }
    String type = text(o, "type");
    Class<? extends Fact> c = TYPES.get(type);
    if (c == null) {
      throw new FieldException("type", "must be one of " + TYPES.keySet() + ", was '" + type + "'");
    }
    RecordComponent[] comps = c.getRecordComponents();
    Set<String> known = new java.util.HashSet<>(List.of("type", "currency"));
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      String field = snake(comps[i].getName());
      known.add(field);
      types[i] = comps[i].getType();
      args[i] = types[i] == Instant.class && OPTIONAL_INSTANTS.contains(type + "." + field) && !o.has(field) ? null
          : value(o, field, types[i]);
    }
    for (String k : o.keySet()) {
      if (!known.contains(k)) {
        throw new FieldException(k, "is not a field of " + type + "; its fields are " + fields(type));
      }
    }
    try {
      Constructor<? extends Fact> ctor = c.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ValidationException v) {
        ValidationException.Violation first = v.violations().get(0);
        throw new FieldException(snake(first.path()), first.rule() + " (was " + first.value() + ")");
      }
      if (e.getCause() instanceof NullPointerException npe) {
        throw new FieldException(snake(String.valueOf(npe.getMessage())), "is required");
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One fact as one line (no line break), in the format {@link #parse} reads. */
  public static String write(Fact f) {
    JsonObject o = new JsonObject();
    o.addProperty("type", snake(f.getClass().getSimpleName()));
    String currency = null;
    for (RecordComponent rc : f.getClass().getRecordComponents()) {
      Object v;
      try {
        v = rc.getAccessor().invoke(f);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String field = snake(rc.getName());
      if (v == null) {
        continue; // an optional instant left out
      }
      if (v instanceof Money m) {
        o.addProperty(field, m.amount().toPlainString());
        currency = m.currency().getCurrencyCode();
      } else if (v instanceof Instant t) {
        o.addProperty(field, t.toString());
      } else if (v instanceof Boolean b) {
        o.addProperty(field, b);
      } else if (v instanceof Number n) {
        o.addProperty(field, n);
      } else if (!(OPTIONAL.contains(field) && "".equals(v))) {
        o.addProperty(field, String.valueOf(v));
      }
    }
    if (currency != null) {
      o.addProperty("currency", currency);
    }
    return o.toString();
  }

  private static Object value(JsonObject o, String field, Class<?> type) {
    if (type == String.class) {
      return OPTIONAL.contains(field) && !o.has(field) ? "" : text(o, field);
    }
    JsonPrimitive p = primitive(o, field);
    if (type == Instant.class) {
      Instant at;
      try {
        at = Instant.parse(p.getAsString());
      } catch (DateTimeParseException e) {
        throw new FieldException(field, "must be an ISO-8601 instant like 2026-11-02T10:00:00Z, was '"
            + p.getAsString() + "'");
      }
      // days, weeks and months are counted from these instants: keep them where calendars work
      if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
        throw new FieldException(field, "must be from " + EARLIEST + " to " + LATEST + ", was '" + p.getAsString() + "'");
      }
      return at;
    }
    if (type == boolean.class) {
      if (!p.isBoolean()) {
        throw new FieldException(field, "must be true or false, was " + p);
      }
      return p.getAsBoolean();
    }
    if (type == long.class || type == int.class) {
      BigDecimal d = number(p, field);
      try {
        long v = d.longValueExact();
        if (type == int.class && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
          throw new ArithmeticException();
        }
        return type == int.class ? (Object) (int) v : (Object) v;
      } catch (ArithmeticException e) {
        throw new FieldException(field, "must be a whole number, was " + p);
      }
    }
    if (type == Money.class) {
      BigDecimal amount = number(p, field);
      String currency = text(o, "currency");
      try {
        return Money.of(amount, Money.currency(currency));
      } catch (ValidationException e) {
        ValidationException.Violation v = e.violations().get(0);
        throw new FieldException(v.path().equals("amount") ? field : "currency", v.rule() + " (was " + v.value() + ")");
      }
    }
    throw new IllegalStateException("no JSON reading for " + type);
  }

  private static JsonPrimitive primitive(JsonObject o, String field) {
    JsonElement e = o.get(field);
    if (e == null || e.isJsonNull()) {
      throw new FieldException(field, "is required");
    }
    if (!e.isJsonPrimitive()) {
      throw new FieldException(field, "must be a string, number or boolean, was " + e);
    }
    return e.getAsJsonPrimitive();
  }

  private static String text(JsonObject o, String field) {
    JsonPrimitive p = primitive(o, field);
    if (!p.isString()) {
      throw new FieldException(field, "must be a string, was " + p);
    }
    return p.getAsString();
  }

  private static BigDecimal number(JsonPrimitive p, String field) {
    try {
      return new BigDecimal(p.getAsString());
    } catch (NumberFormatException e) {
      throw new FieldException(field, "must be a number, was " + p);
    }
  }

  /** camelCase or PascalCase to snake_case. */
  static String snake(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isUpperCase(ch)) {
        if (i > 0) {
          b.append('_');
        }
        b.append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** A line's field breaks a rule. */
  public static final class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    FieldException(String field, String reason) {
      super(reason);
      this.field = field;
    }

    /** The field (snake case), or {@code line} for the line as a whole. */
    public String field() {
      return field;
    }
  }
}
