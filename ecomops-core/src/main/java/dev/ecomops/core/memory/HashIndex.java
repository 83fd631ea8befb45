package dev.ecomops.core.memory;

/**
 * An open-addressed hash index from string keys to the row numbers of a table whose rows live in
 * columns: linear probing over slots that hold {@code hash << 32 | row + 1} (0 is empty), kept at
 * most half full, so a miss usually reads one slot and never touches the rows. Not thread safe;
 * the owning table guards it.
 */
final class HashIndex {
  /** Tells whether a row holds a key; the table owning the index implements it. */
  interface Rows {
    boolean holds(int row, String key);
  }

  private long[] slots;
  private int size;

  /** @param expected rows to size for up front */
  HashIndex(int expected) {
    slots = new long[Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1];
  }

  /** The row holding {@code key}, whose spread hash is {@code h}; -1 if none. */
  int find(int h, String key, Rows rows) {
    int mask = slots.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long v = slots[slot];
      if (v == 0) {
        return -1;
      }
      int row = (int) v - 1;
      if ((int) (v >>> 32) == h && rows.holds(row, key)) {
        return row;
      }
    }
  }

  /** Indexes {@code row} under hash {@code h}; the caller has checked that its key is new. */
  void add(int h, int row) {
    if ((size + 1) * 2 > slots.length) {
      long[] old = slots;
      slots = new long[old.length * 2];
      for (long v : old) {
        if (v != 0) {
          insert(v);
        }
      }
    }
    insert((long) h << 32 | (row + 1));
    size++;
  }

  private void insert(long v) {
    int mask = slots.length - 1;
    int slot = (int) (v >>> 32) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = v;
  }

  /** How many segments a table is split into; a spread hash's top bits choose one. */
  static final int SEGMENTS = 64;

  /** The segment, 0 to {@value #SEGMENTS} - 1, of a {@linkplain #spread spread} hash. */
  static int segment(int spreadHash) {
    return spreadHash >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SEGMENTS));
  }

  /** Keys that differ only in a numeric suffix share blocks of this many neighbouring slots. */
  private static final int BLOCK = 16;
  private static final int MAX_SUFFIX_DIGITS = 18;

  /**
   * The spread hash of a key. Keys that end in a number and differ only in its last four bits
   * ({@code order-16} to {@code order-31}) get the same segment and neighbouring slots, so sixteen
   * keys a client numbers in sequence share two cache lines of a large index rather than missing
   * the cache once each. Which block of slots is decided by the rest of the key, spread; a key
   * without a numeric suffix is spread whole. The price is longer probe runs through full blocks,
   * over neighbouring slots.
   */
  static int hash(String key) {
    int n = key.length();
    int i = n;
    while (i > 0 && n - i < MAX_SUFFIX_DIGITS) {
      char c = key.charAt(i - 1);
      if (c < '0' || c > '9') {
        break;
      }
      i--;
    }
    if (i == n) {
      return spread(key.hashCode());
    }
    long v = 0;
    for (int j = i; j < n; j++) {
      v = v * 10 + (key.charAt(j) - '0');
    }
    // the digit count too, so that 7 and 07 (different keys) need not share a block
    int p = n - i;
    for (int j = 0; j < i; j++) {
      p = 31 * p + key.charAt(j);
    }
    int block = spread(31 * p + Long.hashCode(v / BLOCK));
    return block & -BLOCK | (int) (v % BLOCK);
  }

  /**
   * Spreads a string's hash so that both a table's segment (top bits) and the slot (low bits)
   * vary with every bit of it (Fibonacci hashing, then the high half folded down).
   */
  static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
