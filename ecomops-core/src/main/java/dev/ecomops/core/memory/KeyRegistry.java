package dev.ecomops.core.memory;

import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.StockKey;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The store's stock keys, each numbered once, so that tables holding millions of rows keep an
 * {@code int} rather than a reference per row. Thread safe: keys are added under a lock, and the
 * array of keys by number is replaced whole (readers see a complete one).
 */
final class KeyRegistry {
  private final ConcurrentHashMap<StockKey, KeyState> states = new ConcurrentHashMap<>();
  private volatile KeyState[] byIndex = new KeyState[16];
  private int count;

  /** The state of {@code key}, or null if no commit has touched it. */
  @Nullable KeyState get(StockKey key) {
    return states.get(key);
  }

  /** The state of {@code key}, created (and numbered) if new. */
  KeyState state(StockKey key) {
    KeyState s = states.get(key);
    return s != null ? s : states.computeIfAbsent(key, this::create);
  }

  private synchronized KeyState create(StockKey key) {
    KeyState s = new KeyState(key, count);
    KeyState[] all = byIndex;
    if (count == all.length) {
      all = Arrays.copyOf(all, count * 2);
    }
    all[count++] = s;
    byIndex = all;
    return s;
  }

  /** The key numbered {@code index}. */
  StockKey key(int index) {
    return byIndex[index].key;
  }

  /** The state of the key numbered {@code index}. */
  KeyState state(int index) {
    return byIndex[index];
  }

  /** The one-line list of a plain reservation on the key numbered {@code index}, shared. */
  List<ReservationLine> line(int index) {
    return byIndex[index].line;
  }

  void forEach(BiConsumer<StockKey, KeyState> action) {
    states.forEach(action);
  }
}
