package dev.ecomops.core.event;

import java.util.Objects;

/**
 * A domain event as the outbox keeps and the relay delivers it: the event, the aggregate it
 * belongs to, its sequence within that aggregate, and the schema version of its shape. The id,
 * {@code aggregate#sequence}, is stable (a replayed command yields the same ids) and unique (the
 * store's version checks let only one write claim a sequence of an aggregate), so consumers
 * deduplicate on it.
 *
 * <p>Aggregates are named {@code kind/key}: {@code stock/TEE-M@DC1} (sequence: the movement's
 * ledger sequence), {@code reservation/R-17} (the reservation's version), {@code order/1001},
 * {@code po/PO-9}, {@code rma/RMA-3}, {@code ticket/T-5} (the version written, times {@link
 * #PER_VERSION}, plus the event's index in that write). Sequences grow within an aggregate but
 * need not be dense.
 *
 * <p>Immutable and thread safe. The aggregate's text is built on first use, so a store that keeps
 * envelopes in memory and a relay that never asks pay nothing for it.
 */
public final class EventEnvelope {

  /** The schema version of every event shape in this release. */
  public static final int SCHEMA_VERSION = 1;

  /** Room for events in one write of a versioned aggregate: sequence = version × this + index. */
  public static final int PER_VERSION = 1 << 16;

  private final String kind;
  private final Object key;
  private final long sequence;
  private final DomainEvent event;
  private final int schemaVersion;
  private String aggregate;

  private EventEnvelope(String kind, Object key, long sequence, DomainEvent event, int schemaVersion) {
    this.kind = kind;
    this.key = key;
    this.sequence = sequence;
    this.event = event;
    this.schemaVersion = schemaVersion;
  }

  /**
   * An envelope.
   *
   * @param kind the aggregate's kind ({@code stock}, {@code order} ...), not blank, without {@code /}
   * @param key the aggregate's key, whose {@code toString} names it
   * @param sequence the event's place in the aggregate, at least 0
   * @param event the event
   * @throws IllegalArgumentException if the kind is blank or holds {@code /}, or the sequence is negative
   */
  public static EventEnvelope of(String kind, Object key, long sequence, DomainEvent event) {
    if (kind.isBlank() || kind.indexOf('/') >= 0) {
      throw new IllegalArgumentException("kind was '" + kind + "' but must be a word without '/'");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence was " + sequence + " but must be at least 0");
    }
    return new EventEnvelope(kind, Objects.requireNonNull(key, "key"), sequence, Objects.requireNonNull(event, "event"),
        SCHEMA_VERSION);
  }

  /**
   * The envelope of an event of a versioned aggregate (an order, a PO, an RMA, a ticket): sequence
   * {@code version × PER_VERSION + index}.
   *
   * @param index the event's place among those written with this version, 0 to {@code PER_VERSION - 1}
   * @throws IllegalArgumentException if the index is out of range or the version negative
   */
  public static EventEnvelope ofVersion(String kind, Object key, long version, int index, DomainEvent event) {
    if (index < 0 || index >= PER_VERSION) {
      throw new IllegalArgumentException("index was " + index + " but must be from 0 to " + (PER_VERSION - 1));
    }
    if (version < 0 || version > Long.MAX_VALUE / PER_VERSION - 1) {
      throw new IllegalArgumentException("version was " + version + " but must be from 0 to "
          + (Long.MAX_VALUE / PER_VERSION - 1));
    }
    return of(kind, key, version * PER_VERSION + index, event);
  }

  /**
   * An envelope read back from storage, of any schema version.
   *
   * @param aggregate {@code kind/key}
   * @throws IllegalArgumentException if the aggregate has no {@code /}, or the sequence or schema version is negative
   */
  public static EventEnvelope restore(String aggregate, long sequence, int schemaVersion, DomainEvent event) {
    int slash = aggregate.indexOf('/');
    if (slash <= 0 || slash == aggregate.length() - 1) {
      throw new IllegalArgumentException("aggregate was '" + aggregate + "' but must be kind/key");
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schemaVersion was " + schemaVersion + " but must be at least 1");
    }
    EventEnvelope e = of(aggregate.substring(0, slash), aggregate.substring(slash + 1), sequence, event);
    return schemaVersion == SCHEMA_VERSION ? e : new EventEnvelope(e.kind, e.key, sequence, event, schemaVersion);
  }

  /** The aggregate: {@code kind/key}. */
  public String aggregate() {
    String a = aggregate;
    if (a == null) {
      a = kind + "/" + key;
      aggregate = a; // racy but idempotent: every thread computes the same text
    }
    return a;
  }

  /** The aggregate's kind. */
  public String kind() {
    return kind;
  }

  /** The event's place in its aggregate. */
  public long sequence() {
    return sequence;
  }

  /** The stable, unique id: {@code aggregate#sequence}. */
  public String id() {
    return aggregate() + "#" + sequence;
  }

  /** The schema version of the event's shape. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** The event. */
  public DomainEvent event() {
    return event;
  }

  /** Equal when id, schema version and event are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof EventEnvelope e && sequence == e.sequence && schemaVersion == e.schemaVersion
        && aggregate().equals(e.aggregate()) && event.equals(e.event);
  }

  @Override
  public int hashCode() {
    return aggregate().hashCode() * 31 + Long.hashCode(sequence);
  }

  /** {@code id: event}. */
  @Override
  public String toString() {
    return id() + ": " + event;
  }
}
