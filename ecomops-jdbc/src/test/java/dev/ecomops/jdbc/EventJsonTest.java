package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.order.Order;
import dev.ecomops.testkit.gen.DomainGens;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("events as JSON (the outbox's payload)")
class EventJsonTest {
  private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

  @Test
  @DisplayName("property: every one of the 34 event types, with random fields, reads back equal to what was written")
  void roundTrip() {
    List<String> seen = new ArrayList<>();
    qt().withExamples(400).forAll(longs().all(), DomainGens.orders()).checkAssert((seed, order) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> types = EventJson.typeNames();
      String type = types.get(r.nextInt(types.size()));
      DomainEvent e = event(type, r, order);
      String json = EventJson.write(e);
      assertThat(json).doesNotContain("\n");
      assertThat(EventJson.read(EventJson.typeName(e), json)).isEqualTo(e);
      seen.add(type);
    });
    assertThat(seen).containsAll(EventJson.typeNames());
    assertThat(EventJson.typeNames()).hasSize(34);
  }

  @Test
  @DisplayName("a status event with no status before reads back with none; one stored with the old NONE sentinel reads as none too")
  void noStatusBefore() {
    var opened = new dev.ecomops.core.event.ReturnEvent.RmaStatusChanged(RmaId.of("R1"), dev.ecomops.core.order.OrderId.of("O1"),
        null, dev.ecomops.core.event.RmaStatus.REQUESTED, T0);
    assertThat(EventJson.read("RmaStatusChanged", EventJson.write(opened))).isEqualTo(opened);
    String legacy = EventJson.write(opened).replace("\"from\":null", "\"from\":\"NONE\"");
    assertThat(legacy).contains("NONE");
    assertThat(EventJson.read("RmaStatusChanged", legacy)).isEqualTo(opened);
  }

  @Test
  @DisplayName("an unknown type or JSON that does not fit the type is refused naming it")
  void bad() {
    assertThatThrownBy(() -> EventJson.read("Teleported", "{}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Teleported");
    assertThatThrownBy(() -> EventJson.read("StockMoved", "[1,2]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("StockMoved");
  }

  /** An event of the named type with random fields; values that its checks refuse are drawn again. */
  private static DomainEvent event(String type, SplittableRandom r, Order order) {
    for (int attempt = 0; attempt < 200; attempt++) {
      try {
        Class<?> c = Class.forName(typeClass(type));
        return (DomainEvent) value(c, c, r, order);
      } catch (ReflectiveOperationException e) {
        if (!(e.getCause() instanceof RuntimeException)) {
          throw new IllegalStateException(e);
        }
        // the record's checks refused the draw: draw again
      } catch (RuntimeException refused) {
        // a builder's checks refused the draw: draw again
      }
    }
    throw new IllegalStateException("could not make a valid " + type);
  }

  private static String typeClass(String simpleName) {
    for (Class<?> group : DomainEvent.class.getPermittedSubclasses()) {
      for (Class<?> c : group.getPermittedSubclasses()) {
        if (c.getSimpleName().equals(simpleName)) {
          return c.getName();
        }
      }
    }
    throw new IllegalArgumentException(simpleName);
  }

  private static Object value(Class<?> c, Type generic, SplittableRandom r, Order order) throws ReflectiveOperationException {
    if (c == String.class) {
      return "S" + r.nextInt(1000);
    } else if (c == long.class || c == Long.class) {
      return (long) 1 + r.nextInt(5);
    } else if (c == int.class || c == Integer.class) {
      return 1 + r.nextInt(5);
    } else if (c == boolean.class || c == Boolean.class) {
      return r.nextBoolean();
    } else if (c == Instant.class) {
      return T0.plusSeconds(r.nextInt(1_000_000));
    } else if (c == LocalDate.class) {
      return LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
    } else if (c == Money.class) {
      return Money.ofMinor(r.nextInt(100_000), java.util.Currency.getInstance(r.nextBoolean() ? "USD" : "JPY"));
    } else if (c == Sku.class) {
      return Sku.of("SKU-" + r.nextInt(100));
    } else if (c == LocationId.class) {
      return LocationId.of("DC" + r.nextInt(5));
    } else if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[r.nextInt(constants.length)];
    } else if (c == List.class) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        out.add(value((Class<?>) element, element, r, order));
      }
      return out;
    } else if (c == Order.class) {
      return order;
    } else if (c == Movement.class) {
      return movement(r);
    } else if (c == Reservation.class) {
      return reservation(r);
    } else if (c.isSealed()) {
      Class<?>[] variants = c.getPermittedSubclasses();
      Class<?> v = variants[r.nextInt(variants.length)];
      return value(v, v, r, order);
    } else if (c.isRecord()) {
      RecordComponent[] parts = c.getRecordComponents();
      Object[] args = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        args[i] = value(types[i], parts[i].getGenericType(), r, order);
      }
      Constructor<?> k = c.getDeclaredConstructor(types);
      k.setAccessible(true);
      return k.newInstance(args);
    }
    throw new IllegalStateException("no generator for " + c + " (add one)");
  }

  private static Movement movement(SplittableRandom r) {
    MovementKind[] kinds = MovementKind.values();
    Movement.Builder b = Movement.builder().key(new StockKey(Sku.of("TEE"), LocationId.of("DC1"))).sequence(1 + r.nextInt(9))
        .kind(kinds[r.nextInt(kinds.length)]).quantity(1 + r.nextInt(9)).occurredAt(T0.plusSeconds(r.nextInt(99)));
    if (r.nextBoolean()) {
      b.reason("cycle count").reference("R-" + r.nextInt(9)).lot("L" + r.nextInt(9)).lotExpiry(LocalDate.of(2027, 1, 1));
    }
    return b.build();
  }

  private static Reservation reservation(SplittableRandom r) {
    StockKey tee = new StockKey(Sku.of("TEE"), LocationId.of("DC1"));
    long q = 1 + r.nextInt(9);
    Reservation.Builder b = Reservation.builder().id(ReservationId.of("R-" + r.nextInt(99))).reference("line-1")
        .sku(tee.sku()).location(tee.location()).quantity(q).open(q).picked(0).shipped(0).released(0).expired(0)
        .status(ReservationStatus.ACTIVE).createdAt(T0).version(1 + r.nextInt(5)).addLines(new ReservationLine(tee, 1));
    if (r.nextBoolean()) {
      b.expiresAt(T0.plusSeconds(900));
    }
    return b.build();
  }
}
