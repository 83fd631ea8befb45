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
 * one stock key becomes a row of primitives plus its id and reference strings, which the ledger
 * holds anyway: settled reservations pile up for the life of the store, and as rows millions of
 * them cost the garbage collector almost nothing to trace. Reads rebuild the {@link Reservation}.
 * Kit reservations are kept whole.
 *
 * <p>Split into {@value HashIndex#SEGMENTS} segments by the id's hash, each a {@link HashIndex}
 * over rows guarded by the segment's monitor. Rows live in chunks of {@value #CHUNK} that are
 * filled, never copied (only a segment's first chunk grows to full size), so a growing table does
 * not keep bringing old rows back into the young generation for the collector to copy again.
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
    int h = HashIndex.spread(value.hashCode());
    Segment s = segments[HashIndex.segment(h)];
    synchronized (s) {
      int row = s.index.find(h, value, s);
      return row < 0 ? null : s.read(row, keys);
    }
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
    String value = id.value();
    int h = HashIndex.spread(value.hashCode());
    Segment s = segments[HashIndex.segment(h)];
    synchronized (s) {
      int row = s.index.find(h, value, s);
      return row < 0 ? 0 : s.chunk(row).version[row & MASK];
    }
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
    int h = HashIndex.spread(value.hashCode());
    Segment s = segments[HashIndex.segment(h)];
    synchronized (s) {
      int row = s.index.find(h, value, s);
      long stored = row < 0 ? 0 : s.chunk(row).version[row & MASK];
      if (expectedVersion >= 0 && stored != expectedVersion) {
        return STALE;
      }
      Instant due = null;
      if (row < 0) {
        row = s.append(value);
        s.index.add(h, row);
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
  private static final class Chunk {
    final String[] id;
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
      this(new String[n], new String[n], new Reservation[n], new int[n], new long[n], new long[n], new long[n],
          new long[n], new byte[n], new long[n], new int[n], new long[n], new int[n], new long[n]);
    }

    private Chunk(String[] id, String[] reference, @Nullable Reservation[] whole, int[] key, long[] quantity,
        long[] shipped, long[] released, long[] expired, byte[] status, long[] createdSeconds, int[] createdNanos,
        long[] expirySeconds, int[] expiryNanos, long[] version) {
      this.id = id;
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

    int capacity() {
      return id.length;
    }

    Chunk grown(int n) {
      return new Chunk(Arrays.copyOf(id, n), Arrays.copyOf(reference, n), Arrays.copyOf(whole, n),
          Arrays.copyOf(key, n), Arrays.copyOf(quantity, n), Arrays.copyOf(shipped, n), Arrays.copyOf(released, n),
          Arrays.copyOf(expired, n), Arrays.copyOf(status, n), Arrays.copyOf(createdSeconds, n),
          Arrays.copyOf(createdNanos, n), Arrays.copyOf(expirySeconds, n), Arrays.copyOf(expiryNanos, n),
          Arrays.copyOf(version, n));
    }
  }

  /** One segment: an index over chunked rows. Guarded by its own monitor. */
  private static final class Segment implements HashIndex.Rows {
    final HashIndex index;
    private Chunk[] chunks = new Chunk[4];
    private int size;

    Segment(int expected) {
      index = new HashIndex(expected);
    }

    Chunk chunk(int row) {
      return chunks[row >>> SHIFT];
    }

    @Override
    public boolean holds(int row, String key) {
      return chunk(row).id[row & MASK].equals(key);
    }

    /** A new row for {@code id}; its other columns are set by {@link #write}. */
    int append(String id) {
      int row = size;
      int c = row >>> SHIFT;
      int i = row & MASK;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new Chunk(c == 0 ? 8 : CHUNK);
      } else if (i == chunks[c].capacity()) {
        chunks[c] = chunks[c].grown(Math.min(CHUNK, i * 4));
      }
      chunks[c].id[i] = id;
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
      return Reservation.builder().id(ReservationId.of(k.id[i])).reference(k.reference[i]).sku(key.sku())
          .location(key.location()).quantity(k.quantity[i]).open(0).picked(0).shipped(k.shipped[i])
          .released(k.released[i]).expired(k.expired[i]).addAllLines(keys.line(k.key[i]))
          .status(STATUSES[k.status[i]]).createdAt(Instant.ofEpochSecond(k.createdSeconds[i], k.createdNanos[i]))
          .expiresAt(expiry).version(k.version[i]).build();
    }
  }
}
