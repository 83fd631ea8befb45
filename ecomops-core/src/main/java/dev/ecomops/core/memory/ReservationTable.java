package dev.ecomops.core.memory;

import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The store's reservations by id. Live ones (active or confirmed) are kept as objects, which the
 * commands about to change them read for free. A settled one (released, expired or shipped) of
 * one stock key becomes a row of primitives plus its reference string: settled reservations pile
 * up for the life of the store, and as rows millions of them cost the garbage collector almost
 * nothing to trace. Reads rebuild the {@link Reservation}. Kit reservations are kept whole.
 *
 * <p>Ids the embedded generator issues ({@link NumberedIds}: {@code R-1}, {@code R-2}, ...) are
 * kept as numbers and found by number, directly; other ids are kept as text and found by hash.
 * Split into {@value HashIndex#SEGMENTS} segments (numbered ids by their low bits, others by
 * hash), each guarded by its own monitor. Rows live in chunks of {@value #CHUNK} ({@link
 * Chunks}).
 */
final class ReservationTable {
  private static final int SHIFT = 9;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;
  private static final ReservationStatus[] STATUSES = ReservationStatus.values();
  private static final long NO_EXPIRY = Long.MIN_VALUE;

  private final KeyRegistry keys;
  private final Segment[] segments = new Segment[HashIndex.SEGMENTS];

  /** @param expected rows to size the indexes for up front, over all segments */
  ReservationTable(KeyRegistry keys, int expected) {
    this.keys = keys;
    for (int i = 0; i < HashIndex.SEGMENTS; i++) {
      segments[i] = new Segment(expected / HashIndex.SEGMENTS);
    }
  }

  /** The reservation with this id as last written, or null. */
  @Nullable Reservation get(ReservationId id) {
    String value = id.value();
    long n = NumberedIds.number(value);
    int h = n >= 0 ? 0 : HashIndex.hash(value);
    Segment s = segment(n, h);
    synchronized (s) {
      int row = s.find(value, n, h);
      return row < 0 ? null : s.read(row, keys);
    }
  }

  /**
   * The segment of an id: a numbered one's by its low bits (consecutive ids take turns), any
   * other's by its hash.
   *
   * @param n the id's number, or {@link NumberedIds#NONE}
   * @param h the id's {@linkplain HashIndex#hash hash} if it is not numbered
   */
  private Segment segment(long n, int h) {
    return segments[n >= 0 ? (int) (n & (HashIndex.SEGMENTS - 1)) : HashIndex.segment(h)];
  }

  /** The reservation with this id as it was created (version 1, everything open), or null. */
  @Nullable Reservation created(ReservationId id) {
    Reservation r = get(id);
    return r == null ? null : Reservation.builder().id(r.id()).reference(r.reference()).sku(r.sku())
        .location(r.location()).quantity(r.quantity()).open(r.quantity()).picked(0).shipped(0).released(0).expired(0)
        .addAllLines(r.lines()).status(ReservationStatus.ACTIVE).createdAt(r.createdAt()).expiresAt(r.expiresAt())
        .version(1).build();
  }

  /** The stored version of the reservation with this id; 0 if there is none. */
  long version(ReservationId id) {
    // asked only of commits writing several reservations: rebuilding a settled row is fine here
    Reservation r = get(id);
    return r == null ? 0 : r.version();
  }

  /** How many slots the direct indexes of numbered ids hold, over all segments (for tests). */
  long directSlots() {
    long n = 0;
    for (Segment s : segments) {
      synchronized (s) {
        for (int c = 0; c < s.directChunks; c++) {
          n += s.direct[c].length;
        }
      }
    }
    return n;
  }

  /** What {@link #putIfVersion} returns when the stored version is not the one expected. */
  static final Object STALE = new Object();

  /**
   * Stores {@code r} under its id, replacing what was there, if the stored version is {@code
   * expectedVersion}: the check and the write are one step.
   *
   * @param keyIndex the registry index of the reservation's only stock key, or -1 for a kit
   * @param expectedVersion the version stored now, 0 for none; negative to write whatever is stored
   * @return {@link #STALE} if the stored version is another (nothing is written); else when the
   *     reservation it replaced was due to expire if that one was active with an expiry (so the
   *     caller can take it out of its expiry index), else null
   */
  @Nullable Object putIfVersion(Reservation r, int keyIndex, long expectedVersion) {
    String value = r.id().value();
    long n = NumberedIds.number(value);
    int h = n >= 0 ? 0 : HashIndex.hash(value);
    Segment s = segment(n, h);
    synchronized (s) {
      int row = s.find(value, n, h);
      long stored = row < 0 ? 0 : s.chunk(row).version[row & MASK];
      if (expectedVersion >= 0 && stored != expectedVersion) {
        return STALE;
      }
      Instant due = null;
      if (row < 0) {
        row = s.add(value, n, h);
      } else {
        due = s.due(row);
      }
      s.write(row, r, settled(r, keyIndex) ? keyIndex : -1);
      return due;
    }
  }

  /**
   * Whether a reservation goes into a row: settled (released, expired or shipped: nothing open or
   * picked) and plain (one line, one unit per unit, of its own SKU and location).
   */
  private static boolean settled(Reservation r, int keyIndex) {
    ReservationStatus s = r.status();
    if (s == ReservationStatus.ACTIVE || s == ReservationStatus.CONFIRMED || r.open() != 0 || r.picked() != 0) {
      return false;
    }
    if (keyIndex < 0 || r.lines().size() != 1) {
      return false;
    }
    ReservationLine l = r.lines().get(0);
    return l.perUnit() == 1 && l.key().sku().equals(r.sku()) && l.key().location().equals(r.location());
  }

  /** Up to {@value #CHUNK} rows, column by column. */
  private static final class Chunk implements Chunks.Growable<Chunk> {
    /** The id's text, or null when it is numbered (then {@code number} holds it). */
    final @Nullable String[] id;
    final long[] number;
    final String[] reference;
    /** The reservation kept whole (live, or a kit), else null. */
    final @Nullable Reservation[] whole;
    final int[] key;
    final long[] quantity;
    final long[] shipped;
    final long[] released;
    final long[] expired;
    final byte[] status;
    final long[] createdSeconds;
    final int[] createdNanos;
    final long[] expirySeconds;
    final int[] expiryNanos;
    final long[] version;

    Chunk(int n) {
      this(new String[n], new long[n], new String[n], new Reservation[n], new int[n], new long[n], new long[n],
          new long[n], new long[n], new byte[n], new long[n], new int[n], new long[n], new int[n], new long[n]);
    }

    private Chunk(@Nullable String[] id, long[] number, String[] reference, @Nullable Reservation[] whole, int[] key,
        long[] quantity, long[] shipped, long[] released, long[] expired, byte[] status, long[] createdSeconds,
        int[] createdNanos, long[] expirySeconds, int[] expiryNanos, long[] version) {
      this.id = id;
      this.number = number;
      this.reference = reference;
      this.whole = whole;
      this.key = key;
      this.quantity = quantity;
      this.shipped = shipped;
      this.released = released;
      this.expired = expired;
      this.status = status;
      this.createdSeconds = createdSeconds;
      this.createdNanos = createdNanos;
      this.expirySeconds = expirySeconds;
      this.expiryNanos = expiryNanos;
      this.version = version;
    }

    @Override
    public int capacity() {
      return number.length;
    }

    @Override
    public Chunk grown(int n) {
      return new Chunk(Arrays.copyOf(id, n), Arrays.copyOf(number, n), Arrays.copyOf(reference, n),
          Arrays.copyOf(whole, n), Arrays.copyOf(key, n), Arrays.copyOf(quantity, n), Arrays.copyOf(shipped, n),
          Arrays.copyOf(released, n), Arrays.copyOf(expired, n), Arrays.copyOf(status, n),
          Arrays.copyOf(createdSeconds, n), Arrays.copyOf(createdNanos, n), Arrays.copyOf(expirySeconds, n),
          Arrays.copyOf(expiryNanos, n), Arrays.copyOf(version, n));
    }
  }

  /**
   * One segment: chunked rows, found by a direct index for numbered ids and a hash index for the
   * others. Guarded by its own monitor.
   */
  private static final class Segment implements HashIndex.Rows {
    final HashIndex index;
    private Chunk[] chunks = new Chunk[4];
    private int size;
    /**
     * Row plus one of each numbered id, at its number divided by the segment count, in chunks of
     * {@value #DIRECT}. Chunks are only added at the end, and only while the ones before are at
     * least an eighth full, so sparse numbers (a host's own, far apart) go to the hash index
     * instead of leaving most of the chunks empty.
     */
    private int[][] direct = new int[1][];
    private int directChunks;
    private long directRows;
    /** Numbered ids that went to the hash index: while there are none, a direct miss is final. */
    private int hashedNumbered;

    private static final int DIRECT_SHIFT = 10;
    private static final int DIRECT = 1 << DIRECT_SHIFT;
    private static final int MAX_DIRECT_CHUNKS = 1 << 20;

    Segment(int expected) {
      index = new HashIndex(expected);
    }

    Chunk chunk(int row) {
      return chunks[row >>> SHIFT];
    }

    @Override
    public boolean holds(int row, String key) {
      // only hashed rows are asked, and those keep their text
      return key.equals(chunk(row).id[row & MASK]);
    }

    /**
     * The row of the id {@code value}; -1 if none.
     *
     * @param n its number, or {@link NumberedIds#NONE}
     * @param h its hash if it is not numbered (a numbered one's is computed when needed)
     */
    int find(String value, long n, int h) {
      if (n >= 0) {
        long local = n / HashIndex.SEGMENTS;
        if (local < (long) directChunks << DIRECT_SHIFT) {
          int[] d = direct[(int) (local >>> DIRECT_SHIFT)];
          int i = (int) local & (DIRECT - 1);
          if (i < d.length && d[i] != 0) {
            return d[i] - 1;
          }
        }
        if (hashedNumbered == 0) {
          return -1;
        }
      }
      return index.find(n >= 0 ? HashIndex.hash(value) : h, value, this);
    }

    /**
     * A new row for an id not in the segment; its other columns are set by {@link #write}.
     * {@code n} and {@code h} as for {@link #find}.
     */
    int add(String value, long n, int h) {
      long local = n / HashIndex.SEGMENTS;
      long c = local >>> DIRECT_SHIFT;
      boolean directly = n >= 0 && (c < directChunks || (c == directChunks && c < MAX_DIRECT_CHUNKS
          && directRows >= ((long) directChunks << DIRECT_SHIFT) / 8));
      if (!directly) {
        int row = append(value, 0);
        index.add(n >= 0 ? HashIndex.hash(value) : h, row);
        if (n >= 0) {
          hashedNumbered++;
        }
        return row;
      }
      int row = append(null, n);
      int i = (int) local & (DIRECT - 1);
      if (c == directChunks) {
        if (directChunks == direct.length) {
          direct = Arrays.copyOf(direct, directChunks * 2);
        }
        // the first chunk starts small and grows: most stores hold few reservations
        direct[directChunks++] = new int[c == 0 ? Math.max(16, Integer.highestOneBit(i) << 1) : DIRECT];
      }
      int[] d = direct[(int) c];
      if (i >= d.length) {
        d = Arrays.copyOf(d, Math.min(DIRECT, Math.max(d.length * 4, Integer.highestOneBit(i) << 1)));
        direct[(int) c] = d;
      }
      d[i] = row + 1;
      directRows++;
      return row;
    }

    /** A new row for an id kept as text, or as its number if {@code text} is null. */
    private int append(@Nullable String text, long number) {
      int row = size;
      chunks = Chunks.withRoomFor(chunks, row, SHIFT, Chunk::new);
      Chunk k = chunk(row);
      k.id[row & MASK] = text;
      k.number[row & MASK] = number;
      size++;
      return row;
    }

    void write(int row, Reservation r, int keyIndex) {
      Chunk k = chunk(row);
      int i = row & MASK;
      k.version[i] = r.version();
      if (keyIndex < 0) {
        k.whole[i] = r;
        return;
      }
      k.whole[i] = null;
      k.reference[i] = r.reference();
      k.key[i] = keyIndex;
      k.quantity[i] = r.quantity();
      k.shipped[i] = r.shipped();
      k.released[i] = r.released();
      k.expired[i] = r.expired();
      k.status[i] = (byte) r.status().ordinal();
      k.createdSeconds[i] = r.createdAt().getEpochSecond();
      k.createdNanos[i] = r.createdAt().getNano();
      Optional<Instant> expiry = r.expiresAt();
      k.expirySeconds[i] = expiry.isPresent() ? expiry.get().getEpochSecond() : NO_EXPIRY;
      k.expiryNanos[i] = expiry.isPresent() ? expiry.get().getNano() : 0;
    }

    /** When the reservation in {@code row} is due to expire, if it is active with an expiry. */
    @Nullable Instant due(int row) {
      Reservation w = chunk(row).whole[row & MASK];
      // a row is settled, never active
      return w != null && w.status() == ReservationStatus.ACTIVE ? w.expiresAt().orElse(null) : null;
    }

    Reservation read(int row, KeyRegistry keys) {
      Chunk k = chunk(row);
      int i = row & MASK;
      Reservation w = k.whole[i];
      if (w != null) {
        return w;
      }
      StockKey key = keys.key(k.key[i]);
      Optional<Instant> expiry = k.expirySeconds[i] == NO_EXPIRY ? Optional.empty()
          : Optional.of(Instant.ofEpochSecond(k.expirySeconds[i], k.expiryNanos[i]));
      String id = k.id[i];
      return Reservation.builder().id(ReservationId.of(id != null ? id : NumberedIds.text(k.number[i])))
          .reference(k.reference[i]).sku(key.sku()).location(key.location()).quantity(k.quantity[i]).open(0).picked(0).shipped(k.shipped[i])
          .released(k.released[i]).expired(k.expired[i]).addAllLines(keys.line(k.key[i]))
          .status(STATUSES[k.status[i]]).createdAt(Instant.ofEpochSecond(k.createdSeconds[i], k.createdNanos[i]))
          .expiresAt(expiry).version(k.version[i]).build();
    }
  }
}
