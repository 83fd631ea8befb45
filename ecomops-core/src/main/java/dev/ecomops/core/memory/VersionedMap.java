package dev.ecomops.core.memory;

import dev.ecomops.core.event.EventEnvelope;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The core of the in-memory repositories whose SPI saves "if the stored version is the expected
 * one": values by id with an atomic compare-and-set on their version (0 when absent). Thread safe.
 *
 * @param <T> the stored values, immutable
 */
public final class VersionedMap<T> {
  private final ConcurrentHashMap<String, T> values = new ConcurrentHashMap<>();
  private final Function<T, String> id;
  private final ToLongFunction<T> version;

  /**
   * @param id a value's identifier
   * @param version a value's version
   */
  public VersionedMap(Function<T, String> id, ToLongFunction<T> version) {
    this.id = id;
    this.version = version;
  }

  /** Stores the value if the stored version is {@code expectedVersion} (0 for none); says whether it did. */
  public boolean save(T value, long expectedVersion) {
    return save(value, expectedVersion, List.of(), null);
  }

  /**
   * Stores the value if the stored version is {@code expectedVersion} (0 for none) and, in the
   * same atomic step, appends {@code events} to {@code outbox}; says whether it did.
   *
   * @param outbox where the events go, or null when there are none
   */
  public boolean save(T value, long expectedVersion, List<EventEnvelope> events, @Nullable InMemoryOutbox outbox) {
    boolean[] saved = {false};
    values.compute(id.apply(value), (key, stored) -> {
      if ((stored == null ? 0 : version.applyAsLong(stored)) != expectedVersion) {
        return stored;
      }
      saved[0] = true;
      if (outbox != null && !events.isEmpty()) {
        // inside compute, under the entry's lock: one value's events enter in version order
        outbox.append(events);
      }
      return value;
    });
    return saved[0];
  }

  /** The value with an id. */
  public Optional<T> find(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** Every value, as stored now (a live view; iterate, do not keep). */
  public Collection<T> values() {
    return values.values();
  }
}
