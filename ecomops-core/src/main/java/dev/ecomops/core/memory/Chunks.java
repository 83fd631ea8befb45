package dev.ecomops.core.memory;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * How the store's column tables and ledgers lay out rows: in chunks of {@code 2^shift} rows that
 * fill and are never copied, so a growing table does not keep bringing old rows back into the
 * young generation for the collector to copy again. Only the first chunk grows: it starts at
 * {@value #FIRST} rows and grows fourfold up to full size, because most ledgers and table segments
 * stay small, and a busy one reaches full size in four copies rather than seven.
 */
final class Chunks {
  private static final int FIRST = 8;

  private Chunks() {}

  /** A chunk of columns: how many rows it holds, and a copy of it that holds more. */
  interface Growable<C> {
    int capacity();

    C grown(int capacity);
  }

  /**
   * Makes room for row {@code row}, the next one: adds or grows its chunk.
   *
   * @param chunks the chunks so far (nulls after the last one made)
   * @param make a new, empty chunk of the given capacity
   * @return {@code chunks}, or a longer copy when the row starts a chunk past its end
   */
  static <C extends Growable<C>> C[] withRoomFor(C[] chunks, int row, int shift, IntFunction<C> make) {
    int c = row >>> shift;
    int i = row & ((1 << shift) - 1);
    C[] out = c == chunks.length ? Arrays.copyOf(chunks, c * 2) : chunks;
    if (out[c] == null) {
      out[c] = make.apply(c == 0 ? FIRST : 1 << shift);
    } else if (i == out[c].capacity()) {
      out[c] = out[c].grown(Math.min(1 << shift, i * 4));
    }
    return out;
  }
}
