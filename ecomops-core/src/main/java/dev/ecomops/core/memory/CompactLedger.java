package dev.ecomops.core.memory;

import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One key's movements in parallel arrays rather than one object each, so a long ledger costs the
 * garbage collector little: reservations, releases and picks (kind, quantity, time, reference)
 * take about 40 bytes and no object of their own. Movements with rarer attributes (reason, lot,
 * dates, states) are kept whole. Not thread safe: the store guards it with its key's lock.
 */
final class CompactLedger {
  private static final MovementKind[] KINDS = MovementKind.values();

  private int size;
  private long[] sequence = new long[4];
  private byte[] kind = new byte[4];
  private long[] quantity = new long[4];
  private long[] seconds = new long[4];
  private int[] nanos = new int[4];
  private String[] reference = new String[4];
  private Movement[] whole = new Movement[4];

  int size() {
    return size;
  }

  void add(Movement m) {
    if (size == kind.length) {
      int n = size * 2;
      sequence = Arrays.copyOf(sequence, n);
      kind = Arrays.copyOf(kind, n);
      quantity = Arrays.copyOf(quantity, n);
      seconds = Arrays.copyOf(seconds, n);
      nanos = Arrays.copyOf(nanos, n);
      reference = Arrays.copyOf(reference, n);
      whole = Arrays.copyOf(whole, n);
    }
    int i = size++;
    if (isPlain(m)) {
      sequence[i] = m.sequence();
      kind[i] = (byte) m.kind().ordinal();
      quantity[i] = m.quantity();
      seconds[i] = m.occurredAt().getEpochSecond();
      nanos[i] = m.occurredAt().getNano();
      reference[i] = m.reference().orElse(null);
    } else {
      whole[i] = m;
    }
  }

  /** The movements from index {@code from}, {@code count} of them, rebuilt. */
  List<Movement> range(StockKey key, int from, int count) {
    List<Movement> out = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      out.add(get(key, i));
    }
    return List.copyOf(out);
  }

  List<Movement> all(StockKey key) {
    return range(key, 0, size);
  }

  private Movement get(StockKey key, int i) {
    if (whole[i] != null) {
      return whole[i];
    }
    Movement.Builder b = Movement.builder().key(key).sequence(sequence[i]).kind(KINDS[kind[i]]).quantity(quantity[i])
        .occurredAt(Instant.ofEpochSecond(seconds[i], nanos[i]));
    if (reference[i] != null) {
      b.reference(reference[i]);
    }
    return b.build();
  }

  private static boolean isPlain(Movement m) {
    return m.state() == StockState.SELLABLE && m.toState().isEmpty() && m.reason().isEmpty() && m.lot().isEmpty()
        && m.lotExpiry().isEmpty() && m.expectedDate().isEmpty();
  }
}
