package dev.ecomops.jdbc;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.ecomops.core.Money;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.event.DomainEvent;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Domain events as JSON, for the outbox table and for hosts that forward them as text. An event
 * is written as its record's fields ({@code Instant}s and dates ISO-8601, money as {@code
 * {"amount": "12.50", "currency": "EUR"}}, value ids as their fields, enums by name), and named by
 * {@link #typeName}, its record's simple name ({@code StockMoved}); a value typed by a sealed
 * interface ({@code StockIntent}) carries its variant as {@code {"type": ..., "value": ...}}.
 * Reading gives back an event equal to the one written.
 *
 * <p>Values made by Immutables (orders, reservations, movements) are read into their generated
 * classes field by field, as they were written, without running their builders' checks again:
 * what is read is what a store wrote. Thread safe.
 */
public final class EventJson {
  private static final Map<String, Class<? extends DomainEvent>> TYPES = new LinkedHashMap<>();
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls()
      .registerTypeAdapter(Instant.class, text(Instant::toString, Instant::parse).nullSafe())
      .registerTypeAdapter(LocalDate.class, text(LocalDate::toString, LocalDate::parse).nullSafe())
      .registerTypeAdapter(Duration.class, text(Duration::toString, Duration::parse).nullSafe())
      .registerTypeAdapter(Currency.class, text(Currency::getCurrencyCode, Currency::getInstance).nullSafe())
      .registerTypeAdapter(Money.class, new MoneyAdapter().nullSafe())
      // ids typed after rows were written: kept as the plain text they were stored as
      .registerTypeAdapter(RmaId.class, text(RmaId::value, RmaId::of).nullSafe())
      .registerTypeAdapter(PurchaseOrderId.class, text(PurchaseOrderId::value, PurchaseOrderId::of).nullSafe())
      .registerTypeAdapterFactory(new ImmutableListFactory())
      .registerTypeAdapterFactory(new SealedFactory())
      .registerTypeAdapterFactory(new ImmutablesFactory())
      .create();

  static {
    collect(DomainEvent.class);
  }

  private EventJson() {}

  @SuppressWarnings("unchecked")
  private static void collect(Class<?> c) {
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        collect(sub);
      }
    } else if (!TYPES.containsKey(c.getSimpleName())) {
      TYPES.put(c.getSimpleName(), (Class<? extends DomainEvent>) c);
    } else {
      throw new IllegalStateException("two event types named " + c.getSimpleName());
    }
  }

  /** The configured Gson, for the stores' other values (movements, reservations, lots). */
  static Gson gson() {
    return GSON;
  }

  /** Every event type's name, in declaration order. */
  public static List<String> typeNames() {
    return List.copyOf(TYPES.keySet());
  }

  /** The name an event is stored under: its record's simple name. */
  public static String typeName(DomainEvent event) {
    return event.getClass().getSimpleName();
  }

  /** The event as one line of JSON. */
  public static String write(DomainEvent event) {
    return GSON.toJson(event, event.getClass());
  }

  /**
   * The event a line of JSON holds.
   *
   * @param type its {@link #typeName}
   * @param json what {@link #write} wrote
   * @throws IllegalArgumentException naming the type when it is unknown, or the JSON does not fit it
   */
  public static DomainEvent read(String type, String json) {
    Class<? extends DomainEvent> c = TYPES.get(type);
    if (c == null) {
      throw new IllegalArgumentException("type was '" + type + "' but must be one of " + TYPES.keySet());
    }
    try {
      DomainEvent e = GSON.fromJson(json, c);
      if (e == null) {
        throw new IllegalArgumentException("an event of type " + type + " must not be null");
      }
      return e;
    } catch (JsonParseException | IllegalStateException e) {
      throw new IllegalArgumentException("not a " + type + ": " + e.getMessage(), e);
    }
  }

  private static <T> TypeAdapter<T> text(Function<T, String> write, Function<String, T> read) {
    return new TypeAdapter<>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        out.value(write.apply(value));
      }

      @Override
      public T read(JsonReader in) throws IOException {
        return read.apply(in.nextString());
      }
    };
  }

  private static final class MoneyAdapter extends TypeAdapter<Money> {
    @Override
    public void write(JsonWriter out, Money m) throws IOException {
      out.beginObject().name("amount").value(m.amount().toPlainString()).name("currency")
          .value(m.currency().getCurrencyCode()).endObject();
    }

    @Override
    public Money read(JsonReader in) throws IOException {
      JsonObject o = JsonParser.parseReader(in).getAsJsonObject();
      return Money.of(new BigDecimal(o.get("amount").getAsString()), Currency.getInstance(o.get("currency").getAsString()));
    }
  }

  /** Lists come back unmodifiable, as the domain's are. */
  private static final class ImmutableListFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (type.getRawType() != List.class) {
        return null;
      }
      Type element = type.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      TypeAdapter<Object> elements = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(element));
      return (TypeAdapter<T>) new TypeAdapter<List>() {
        @Override
        public void write(JsonWriter out, List list) throws IOException {
          out.beginArray();
          for (Object o : list) {
            elements.write(out, o);
          }
          out.endArray();
        }

        @Override
        public List read(JsonReader in) throws IOException {
          List<Object> out = new ArrayList<>();
          in.beginArray();
          while (in.hasNext()) {
            out.add(elements.read(in));
          }
          in.endArray();
          return java.util.Collections.unmodifiableList(out);
        }
      }.nullSafe();
    }
  }

  /** A value typed by a sealed interface other than an event's: {"type": variant, "value": fields}. */
  private static final class SealedFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      Class<? super T> raw = type.getRawType();
      if (!raw.isInterface() || !raw.isSealed() || DomainEvent.class.isAssignableFrom(raw)) {
        return null;
      }
      Map<String, Class<?>> variants = new LinkedHashMap<>();
      for (Class<?> v : raw.getPermittedSubclasses()) {
        variants.put(v.getSimpleName(), v);
      }
      return (TypeAdapter<T>) new TypeAdapter<Object>() {
        @Override
        public void write(JsonWriter out, Object value) throws IOException {
          out.beginObject().name("type").value(value.getClass().getSimpleName()).name("value");
          ((TypeAdapter<Object>) gson.getAdapter(value.getClass())).write(out, value);
          out.endObject();
        }

        @Override
        public Object read(JsonReader in) throws IOException {
          JsonObject o = JsonParser.parseReader(in).getAsJsonObject();
          Class<?> v = variants.get(o.get("type").getAsString());
          if (v == null) {
            throw new JsonParseException(raw.getSimpleName() + " has no variant " + o.get("type"));
          }
          JsonElement value = o.get("value");
          return gson.getAdapter(v).fromJsonTree(value);
        }
      }.nullSafe();
    }
  }

  /** An abstract value class made by Immutables is read as its generated {@code Immutable...} class. */
  private static final class ImmutablesFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      Class<? super T> raw = type.getRawType();
      if (raw.isInterface() || !Modifier.isAbstract(raw.getModifiers()) || raw.getPackageName().startsWith("java")) {
        return null;
      }
      Class<?> generated;
      try {
        generated = Class.forName(raw.getPackageName() + ".Immutable" + raw.getSimpleName(), true, raw.getClassLoader());
      } catch (ClassNotFoundException e) {
        return null;
      }
      if (!raw.isAssignableFrom(generated)) {
        return null;
      }
      TypeAdapter<Object> delegate = (TypeAdapter<Object>) gson.getAdapter(generated);
      return (TypeAdapter<T>) new TypeAdapter<Object>() {
        @Override
        public void write(JsonWriter out, Object value) throws IOException {
          delegate.write(out, value);
        }

        @Override
        public Object read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
          }
          return delegate.read(in);
        }
      };
    }
  }
}
