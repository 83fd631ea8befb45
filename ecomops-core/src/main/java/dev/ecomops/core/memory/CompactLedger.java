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
 * take about 40 bytes and no object of their own (a reference that is a numbered reservation id
 * is kept as its number, see {@link NumberedIds}). Movements with rarer attributes (reason, lot,
 * dates, states) are kept whole. The arrays come in chunks of {@value #CHUNK} ({@link Chunks}), so
 * a long ledger never copies what it stored. Not thread safe: the store guards it with its key's
 * lock.
 */
final class CompactLedger {
  private static final MovementKind[] KINDS = MovementKind.values();
  private static final int SHIFT = 10;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private int size;
  private Chunk[] chunks = new Chunk[4];

  /** Up to {@value #CHUNK} movements. */
  private static final class Chunk implements Chunks.Growable<Chunk> {
    final long[] sequence;
    final byte[] kind;
    final long[] quantity;
    final long[] seconds;
    final int[] nanos;
    /** The reference's text, or null when it is a numbered reservation id or there is none. */
    final String[] reference;
    /** The numbered reservation id the reference is ({@link NumberedIds}) plus one; 0 if none. */
    final long[] referenceNumber;
    final Movement[] whole;

    Chunk(int capacity) {
      this(new long[capacity], new byte[capacity], new long[capacity], new long[capacity], new int[capacity],
          new String[capacity], new long[capacity], new Movement[capacity]);
    }

    private Chunk(long[] sequence, byte[] kind, long[] quantity, long[] seconds, int[] nanos, String[] reference,
        long[] referenceNumber, Movement[] whole) {
      this.sequence = sequence;
      this.kind = kind;
      this.quantity = quantity;
      this.seconds = seconds;
      this.nanos = nanos;
      this.reference = reference;
      this.referenceNumber = referenceNumber;
      this.whole = whole;
    }

    @Override
    public int capacity() {
      return kind.length;
    }

    @Override
    public Chunk grown(int capacity) {
      return new Chunk(Arrays.copyOf(sequence, capacity), Arrays.copyOf(kind, capacity), Arrays.copyOf(quantity, capacity),
          Arrays.copyOf(seconds, capacity), Arrays.copyOf(nanos, capacity), Arrays.copyOf(reference, capacity),
          Arrays.copyOf(referenceNumber, capacity), Arrays.copyOf(whole, capacity));
    }
  }

  int size() {
    return size;
  }

  void add(Movement m) {
    chunks = Chunks.withRoomFor(chunks, size, SHIFT, Chunk::new);
    Chunk k = chunks[size >>> SHIFT];
    int i = size & MASK;
    size++;
    if (isPlain(m)) {
      k.sequence[i] = m.sequence();
      k.kind[i] = (byte) m.kind().ordinal();
      k.quantity[i] = m.quantity();
      k.seconds[i] = m.occurredAt().getEpochSecond();
      k.nanos[i] = m.occurredAt().getNano();
      String ref = m.reference().orElse(null);
      long n = ref == null ? NumberedIds.NONE : NumberedIds.number(ref);
      if (n >= 0) {
        k.referenceNumber[i] = n + 1;
      } else {
        k.reference[i] = ref;
      }
    } else {
      k.whole[i] = m;
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

  private Movement get(StockKey key, int index) {
    Chunk k = chunks[index >>> SHIFT];
    int i = index & MASK;
    if (k.whole[i] != null) {
      return k.whole[i];
    }
    Movement.Builder b = Movement.builder().key(key).sequence(k.sequence[i]).kind(KINDS[k.kind[i]]).quantity(k.quantity[i])
        .occurredAt(Instant.ofEpochSecond(k.seconds[i], k.nanos[i]));
    if (k.reference[i] != null) {
      b.reference(k.reference[i]);
    } else if (k.referenceNumber[i] != 0) {
      b.reference(NumberedIds.text(k.referenceNumber[i] - 1));
    }
    return b.build();
  }

  private static boolean isPlain(Movement m) {
    return m.state() == StockState.SELLABLE && m.toState().isEmpty() && m.reason().isEmpty() && m.lot().isEmpty()
        && m.lotExpiry().isEmpty() && m.expectedDate().isEmpty();
  }
}
