package dev.ecomops.core.memory;

import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.spi.Commit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The store's idempotency records by key, kept in columns: the common record (one stock key, at
 * most one reservation written as created, a 64-bit hex fingerprint) is a row of primitives, its
 * key's text copied into a char array and its reservation named by its id (as a number when it is
 * one of the embedded generator's, {@link NumberedIds}). So a record adds no object of its own for
 * the collector to trace; others are kept whole.
 *
 * <p>Split into {@value HashIndex#SEGMENTS} segments by the key's hash, each a {@link HashIndex}
 * over rows, guarded by the segment's monitor. Rows live in {@link Chunks}, text in char chunks
 * that fill the same way. A segment also holds the claims of commits
 * in progress, so that claiming a key and finding its record are one atomic step.
 */
final class CommitTable {
  private static final int SHIFT = 9;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;
  /** Text chunks hold this many chars; a key (at most 200 chars and its length) never spans two. */
  private static final int TEXT_SHIFT = 12;
  private static final int TEXT_CHUNK = 1 << TEXT_SHIFT;

  private final KeyRegistry keys;
  private final Segment[] segments = new Segment[HashIndex.SEGMENTS];

  CommitTable(KeyRegistry keys, int expected) {
    this.keys = keys;
    for (int i = 0; i < HashIndex.SEGMENTS; i++) {
      segments[i] = new Segment(expected / HashIndex.SEGMENTS);
    }
  }

  /** The record stored under {@code key}, or null (a claim in progress is not a record). */
  @Nullable StoredCommit get(String key) {
    int h = HashIndex.hash(key);
    Segment s = segments[HashIndex.segment(h)];
    synchronized (s) {
      int row = s.index.find(h, key, s);
      return row < 0 ? null : s.read(row, keys);
    }
  }

  /**
   * Claims {@code key} for a commit about to run, unless it is taken.
   *
   * @return null if the claim is now {@code mine}; the stored record if the key has one; or the
   *     claim of the commit running under it
   */
  @Nullable Object claim(String key, Pending mine) {
    int h = HashIndex.hash(key);
    mine.hash = h;
    Segment s = segments[HashIndex.segment(h)];
    synchronized (s) {
      int row = s.index.find(h, key, s);
      if (row >= 0) {
        return s.read(row, keys);
      }
      return s.claim(key, mine);
    }
  }

  /** Stores the record of a claimed key's applied commit and drops the claim. */
  void store(String key, Pending mine, StoredCommit record) {
    Object[] written = record.reservations();
    store(key, mine, hexDigest(record.fingerprint()), record.states(), record.ranges(),
        written.length == 0 ? null : written[0] instanceof String id ? id : null, written.length, record);
  }

  /**
   * Stores the record of {@code commit}, a claimed key's, applied with these ledger ranges on
   * these keys, and drops the claim. The common shape goes straight into a row: no record object
   * is made for it.
   */
  void store(String key, Pending mine, Commit commit, KeyState[] states, int[] ranges) {
    List<Commit.ReservationUpdate> rs = commit.reservations();
    Reservation first = rs.isEmpty() ? null : rs.get(0).reservation();
    String created = first != null && StoredCommit.asCreated(first) ? first.id().value() : null;
    long digest = hexDigest(commit.fingerprint());
    StoredCommit whole = isRow(digest, states, created, rs.size()) ? null : StoredCommit.of(commit, states, ranges);
    store(key, mine, digest, states, ranges, created, rs.size(), whole);
  }

  /** Whether a record is of the common shape: a hex fingerprint, one key, at most one reservation, as created. */
  private static boolean isRow(long digest, KeyState[] states, @Nullable String created, int reservations) {
    return digest != 0 && states.length == 1 && reservations <= 1 && (reservations == 0 || created != null);
  }

  /** Stores a record as a row if it {@linkplain #isRow has the common shape}, else {@code whole}. */
  private void store(String key, Pending mine, long digest, KeyState[] states, int[] ranges,
      @Nullable String created, int reservations, @Nullable StoredCommit whole) {
    boolean row = isRow(digest, states, created, reservations);
    int h = mine.hash;
    Segment s = segments[HashIndex.segment(h)];
    synchronized (s) {
      int at = row ? s.appendRow(key, digest, states[0].index, ranges[0], ranges[1], created)
          : s.appendWhole(key, Objects.requireNonNull(whole, "a record of another shape is kept whole"));
      s.index.add(h, at);
      s.unclaim(mine);
    }
  }

  /** Drops a claim whose commit did not apply. */
  void abandon(Pending mine) {
    Segment s = segments[HashIndex.segment(mine.hash)];
    synchronized (s) {
      s.unclaim(mine);
    }
  }

  /**
   * A claim on an idempotency key while its commit is in progress. Another commit with the same
   * key is rare (a client retrying while its first attempt is still running), so it spins.
   */
  static final class Pending {
    volatile boolean done;
    /** The key's hash, set by the claim. */
    int hash;

    void await() {
      for (int spins = 0; !done; spins++) {
        if (spins < 100) {
          Thread.onSpinWait();
        } else {
          Thread.yield();
        }
      }
    }
  }

  /** Up to {@value #CHUNK} rows, column by column. */
  private static final class Chunk implements Chunks.Growable<Chunk> {
    /** Where each key's text starts: chunk of {@code text} times {@value #TEXT_CHUNK} plus offset. */
    final int[] textAt;
    final long[] digest;
    final int[] key;
    final int[] from;
    final int[] count;
    /** The id of the reservation written as created, or null if none or numbered. */
    final @Nullable String[] reservation;
    /** The numbered id ({@link NumberedIds}) of the reservation written as created, plus one; or 0. */
    final long[] reservationNumber;
    /** The record kept whole (not of the common shape), else null. */
    final @Nullable StoredCommit[] whole;

    Chunk(int n) {
      this(new int[n], new long[n], new int[n], new int[n], new int[n], new String[n], new long[n], new StoredCommit[n]);
    }

    private Chunk(int[] textAt, long[] digest, int[] key, int[] from, int[] count, @Nullable String[] reservation,
        long[] reservationNumber, @Nullable StoredCommit[] whole) {
      this.textAt = textAt;
      this.digest = digest;
      this.key = key;
      this.from = from;
      this.count = count;
      this.reservation = reservation;
      this.reservationNumber = reservationNumber;
      this.whole = whole;
    }

    @Override
    public int capacity() {
      return textAt.length;
    }

    @Override
    public Chunk grown(int n) {
      return new Chunk(Arrays.copyOf(textAt, n), Arrays.copyOf(digest, n), Arrays.copyOf(key, n),
          Arrays.copyOf(from, n), Arrays.copyOf(count, n), Arrays.copyOf(reservation, n),
          Arrays.copyOf(reservationNumber, n), Arrays.copyOf(whole, n));
    }
  }

  /** One segment: an index over chunked rows and text, and the claims in progress. */
  private static final class Segment implements HashIndex.Rows {
    final HashIndex index;
    /**
     * Claims in progress, as parallel arrays searched linearly: there are at most as many as
     * threads committing at once, and a claim then costs no allocation.
     */
    private String[] claimed = new String[2];
    private Pending[] claims = new Pending[2];
    private int claimCount;
    private Chunk[] chunks = new Chunk[4];
    private int size;
    /** Each key's text: its length, then its chars. */
    private char[][] text = new char[4][];
    private int textSize;

    Segment(int expected) {
      index = new HashIndex(expected);
    }

    @Override
    public boolean holds(int row, String value) {
      int at = chunks[row >>> SHIFT].textAt[row & MASK];
      char[] t = text[at >>> TEXT_SHIFT];
      int o = at & (TEXT_CHUNK - 1);
      int n = value.length();
      if (t[o] != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (t[o + 1 + i] != value.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** Claims {@code key} for {@code mine} unless another claim holds it; returns that one. */
    @Nullable Pending claim(String key, Pending mine) {
      for (int i = 0; i < claimCount; i++) {
        if (claimed[i].equals(key)) {
          return claims[i];
        }
      }
      if (claimCount == claims.length) {
        claimed = Arrays.copyOf(claimed, claimCount * 2);
        claims = Arrays.copyOf(claims, claimCount * 2);
      }
      claimed[claimCount] = key;
      claims[claimCount++] = mine;
      return null;
    }

    void unclaim(Pending mine) {
      for (int i = 0; i < claimCount; i++) {
        if (claims[i] == mine) {
          claimCount--;
          claimed[i] = claimed[claimCount];
          claims[i] = claims[claimCount];
          claimed[claimCount] = null;
          claims[claimCount] = null;
          return;
        }
      }
    }

    /** Copies {@code value} into the text chunks; returns where it starts. */
    private int addText(String value) {
      int n = value.length() + 1;
      int c = textSize >>> TEXT_SHIFT;
      int o = textSize & (TEXT_CHUNK - 1);
      if (o + n > TEXT_CHUNK) {
        c++;
        o = 0;
      }
      if (c == text.length) {
        text = Arrays.copyOf(text, c * 2);
      }
      if (text[c] == null) {
        text[c] = new char[c == 0 ? Math.max(64, n) : TEXT_CHUNK];
      } else if (o + n > text[c].length) {
        text[c] = Arrays.copyOf(text[c], Math.min(TEXT_CHUNK, Math.max(o + n, text[c].length * 4)));
      }
      text[c][o] = (char) (n - 1);
      value.getChars(0, n - 1, text[c], o + 1);
      int at = c << TEXT_SHIFT | o;
      textSize = at + n;
      return at;
    }

    /** A new row of the common shape under {@code value}; the caller indexes it. */
    int appendRow(String value, long digest, int key, int from, int count, @Nullable String created) {
      int row = append(value);
      Chunk k = chunks[row >>> SHIFT];
      int i = row & MASK;
      k.digest[i] = digest;
      k.key[i] = key;
      k.from[i] = from;
      k.count[i] = count;
      if (created != null) {
        long number = NumberedIds.number(created);
        if (number >= 0) {
          k.reservationNumber[i] = number + 1;
        } else {
          k.reservation[i] = created;
        }
      }
      return row;
    }

    /** A new row holding {@code record} whole under {@code value}; the caller indexes it. */
    int appendWhole(String value, StoredCommit record) {
      int row = append(value);
      chunks[row >>> SHIFT].whole[row & MASK] = record;
      return row;
    }

    private int append(String value) {
      int row = size;
      chunks = Chunks.withRoomFor(chunks, row, SHIFT, Chunk::new);
      chunks[row >>> SHIFT].textAt[row & MASK] = addText(value);
      size++;
      return row;
    }

    StoredCommit read(int row, KeyRegistry keys) {
      Chunk k = chunks[row >>> SHIFT];
      int i = row & MASK;
      StoredCommit w = k.whole[i];
      if (w != null) {
        return w;
      }
      String r = k.reservation[i] != null ? k.reservation[i]
          : k.reservationNumber[i] != 0 ? NumberedIds.text(k.reservationNumber[i] - 1) : null;
      return new StoredCommit(Long.toHexString(k.digest[i]), new KeyState[] {keys.state(k.key[i])},
          new int[] {k.from[i], k.count[i]}, r == null ? new Object[0] : new Object[] {r});
    }
  }

  /**
   * The fingerprint as a non-zero long if it is exactly what {@link Long#toHexString} prints for
   * one (lower case, no leading zero, 1 to 16 digits), so that it prints back unchanged; else 0.
   */
  static long hexDigest(String fingerprint) {
    int n = fingerprint.length();
    if (n == 0 || n > 16 || fingerprint.charAt(0) == '0') {
      return 0;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = fingerprint.charAt(i);
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else {
        return 0;
      }
      v = v << 4 | d;
    }
    return v;
  }
}
