package dev.ecomops.core.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The balances of one (SKU, location), derived from its ledger: the fold of its movements in
 * sequence order, starting from {@link #EMPTY}. Immutable; {@link #apply(Movement)} returns the
 * next balance.
 *
 * <p>Buckets, all in units and never negative: {@code onHand} (physically here, any state) of
 * which {@code damaged} and {@code onHold} are not sellable; {@code reserved} (promised, never more
 * than sellable); {@code picked} (off the shelf, awaiting shipment, no longer on hand); {@code
 * inTransit} (transfers on their way here); {@code incoming} (expected supply); {@code
 * safetyStock} (held back from promises). {@code version} counts the movements applied.
 */
public final class Balance {

  /** The balance of a key with no movements. */
  public static final Balance EMPTY = new Balance(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());

  private final long onHand;
  private final long reserved;
  private final long picked;
  private final long damaged;
  private final long onHold;
  private final long inTransit;
  private final long incoming;
  private final long safetyStock;
  private final long version;
  private final List<LotBalance> lots;
  private final List<ScheduledSupply> schedule;

  private Balance(long onHand, long reserved, long picked, long damaged, long onHold, long inTransit,
      long incoming, long safetyStock, long version, List<LotBalance> lots, List<ScheduledSupply> schedule) {
    this.onHand = onHand;
    this.reserved = reserved;
    this.picked = picked;
    this.damaged = damaged;
    this.onHold = onHold;
    this.inTransit = inTransit;
    this.incoming = incoming;
    this.safetyStock = safetyStock;
    this.version = version;
    this.lots = lots;
    this.schedule = schedule;
  }

  /**
   * A balance from stored fields, for a store that keeps balances in columns instead of folding
   * the ledger on every read (a database). The figures are taken as a store wrote them from
   * {@link #apply}; only their ranges are checked.
   *
   * @param onHand units on hand, with every state's below
   * @param lots the lots, earliest first as {@link #lots()} lists them
   * @param schedule scheduled supply as {@link #schedule()} lists it
   * @return the balance
   * @throws dev.ecomops.core.ValidationException naming the first figure that is negative
   */
  public static Balance restore(long onHand, long reserved, long picked, long damaged, long onHold, long inTransit,
      long incoming, long safetyStock, long version, List<LotBalance> lots, List<ScheduledSupply> schedule) {
    String[] names = {"onHand", "reserved", "picked", "damaged", "onHold", "inTransit", "incoming", "safetyStock",
        "version"};
    long[] values = {onHand, reserved, picked, damaged, onHold, inTransit, incoming, safetyStock, version};
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0) {
        throw dev.ecomops.core.ValidationException.of(names[i], "must be at least 0", values[i]);
      }
    }
    if (version == 0 && !(onHand == 0 && reserved == 0 && picked == 0 && damaged == 0 && onHold == 0 && inTransit == 0
        && incoming == 0 && safetyStock == 0 && lots.isEmpty() && schedule.isEmpty())) {
      throw dev.ecomops.core.ValidationException.of("version", "is 0 only for the empty balance", version);
    }
    return version == 0 ? EMPTY : new Balance(onHand, reserved, picked, damaged, onHold, inTransit, incoming, safetyStock,
        version, List.copyOf(lots), List.copyOf(schedule));
  }

  /**
   * Folds a ledger from empty.
   *
   * @param movements one key's movements in sequence order
   * @return the balance they derive
   * @throws InsufficientStockException if a movement would make a bucket negative
   * @throws IllegalArgumentException if the sequence numbers are not 1, 2, 3, ...
   */
  public static Balance replay(Iterable<Movement> movements) {
    Balance b = EMPTY;
    for (Movement m : movements) {
      b = b.apply(m);
    }
    return b;
  }

  /**
   * The balance after {@code m}.
   *
   * @param m the next movement of this key; its sequence must be {@code version() + 1}
   * @return the new balance
   * @throws InsufficientStockException if the movement would make a bucket negative or reserve
   *     more than is sellable
   * @throws IllegalArgumentException if the sequence is not the next one
   */
  public Balance apply(Movement m) {
    if (m.sequence() != version + 1) {
      throw new IllegalArgumentException("movement sequence was " + m.sequence() + " but must be " + (version + 1) + " at " + m.key());
    }
    long q = m.quantity();
    MovementKind kind = m.kind();
    if (kind == MovementKind.RESERVE || kind == MovementKind.RELEASE || kind == MovementKind.EXPIRE) {
      // the hot path of every reservation: only the reserved bucket moves
      long r = kind == MovementKind.RESERVE ? reserved + q : reserved - q;
      if (r >= 0 && r <= sellable()) {
        return new Balance(onHand, r, picked, damaged, onHold, inTransit, incoming, safetyStock, m.sequence(), lots, schedule);
      }
    }
    return applyAny(m);
  }

  /** {@link #apply} for any movement; apply itself stays small enough to inline on the hot path. */
  private Balance applyAny(Movement m) {
    long q = m.quantity();
    Mutable n = new Mutable(this);
    String lot = m.lot().orElse(null);
    switch (m.kind()) {
      case RECEIPT, RETURN -> {
        n.onHand += q;
        n.enter(m.state(), q, lot, m);
        if (m.kind() == MovementKind.RECEIPT && m.reference().isPresent()) {
          n.incoming -= n.unschedule(m.reference().get(), q, false);
        }
      }
      case ADJUSTMENT, COUNT_CORRECTION -> {
        n.onHand += q;
        if (lot != null) {
          n.lot(lot, q, m);
        }
      }
      case TRANSFER_OUT -> {
        n.onHand -= q;
        n.leave(StockState.SELLABLE, q, lot, m);
      }
      case TRANSFER_IN_TRANSIT -> {
        n.inTransit += q;
        n.schedule(new ScheduledSupply(m.reference().orElseThrow(), m.expectedDate().orElseThrow(), q, true));
      }
      case TRANSFER_IN -> {
        n.inTransit -= q;
        m.reference().ifPresent(ref -> n.unschedule(ref, q, true));
        n.onHand += q;
        n.enter(StockState.SELLABLE, q, lot, m);
      }
      case RESERVE -> n.reserved += q;
      case RELEASE, EXPIRE -> n.reserved -= q;
      case PICK -> {
        n.reserved -= q;
        n.onHand -= q;
        n.picked += q;
        n.leave(StockState.SELLABLE, q, lot, m);
      }
      case SHIP -> n.picked -= q;
      case PUT_BACK -> {
        n.picked -= q;
        n.onHand += q;
        n.enter(StockState.SELLABLE, q, lot, m);
      }
      case STATE_CHANGE -> {
        n.leave(m.state(), q, lot, m);
        n.enter(m.toState().orElseThrow(), q, lot, m);
      }
      case SUPPLY_EXPECTED -> {
        n.incoming += q;
        n.schedule(new ScheduledSupply(m.reference().orElseThrow(), m.expectedDate().orElseThrow(), q, false));
      }
      case SUPPLY_CANCELLED -> n.incoming -= n.unschedule(m.reference().orElse(""), q, false);
      case SAFETY_STOCK -> n.safetyStock = q;
    }
    n.version = m.sequence();
    return n.checked(m);
  }

  /** Units physically here, in any state. */
  public long onHand() {
    return onHand;
  }

  /** Units promised to reservations. */
  public long reserved() {
    return reserved;
  }

  /** Units picked for reservations and not yet shipped (no longer on hand). */
  public long picked() {
    return picked;
  }

  /** Damaged units on hand. */
  public long damaged() {
    return damaged;
  }

  /** Units on quality hold. */
  public long onHold() {
    return onHold;
  }

  /** Units on hand that are fit to sell: on hand minus damaged minus on hold. */
  public long sellable() {
    return onHand - damaged - onHold;
  }

  /** Units on their way here by transfer. */
  public long inTransit() {
    return inTransit;
  }

  /** Units of expected supply (purchase orders). */
  public long incoming() {
    return incoming;
  }

  /** Units held back from promises. */
  public long safetyStock() {
    return safetyStock;
  }

  /** Movements applied so far; the sequence of the last one. */
  public long version() {
    return version;
  }

  /** Sellable units per lot, in order of first receipt; empty for products without lots. */
  public List<LotBalance> lots() {
    return lots;
  }

  /** Expected supply and transfers in transit, in order of arrival in the ledger. */
  public List<ScheduledSupply> schedule() {
    return schedule;
  }

  /** Sellable units of lots that have expired on {@code day}. */
  public long expiredOn(LocalDate day) {
    long e = 0;
    for (LotBalance l : lots) {
      if (l.expiredOn(day)) {
        e += l.quantity();
      }
    }
    return e;
  }

  /**
   * Available to promise, for a balance without lots (lots need a date to tell which expired):
   * sellable minus reserved minus safety stock, never below zero.
   *
   * @throws IllegalStateException if the balance has lots
   */
  public long availableToPromise() {
    if (!lots.isEmpty()) {
      throw new IllegalStateException("a balance with lots needs a date to exclude expired lots");
    }
    return Math.max(0, sellable() - reserved - safetyStock);
  }

  /**
   * Available to promise on {@code today}: sellable minus reserved minus safety stock minus
   * expired lots, and never below zero.
   */
  public long availableToPromise(LocalDate today) {
    return Math.max(0, sellable() - reserved - safetyStock - expiredOn(today));
  }

  /**
   * Available to promise on a future {@code day}: today's promise (less lots expired by then)
   * plus scheduled supply and transfers expected on or before that day.
   */
  public long availableToPromiseOn(LocalDate day) {
    long scheduled = 0;
    for (ScheduledSupply s : schedule) {
      if (!s.expectedDate().isAfter(day)) {
        scheduled += s.quantity();
      }
    }
    return availableToPromise(day) + scheduled;
  }

  /** Whether the buckets and lots equal (the version is compared too). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Balance b && b.onHand == onHand && b.reserved == reserved && b.picked == picked
        && b.damaged == damaged && b.onHold == onHold && b.inTransit == inTransit && b.incoming == incoming
        && b.safetyStock == safetyStock && b.version == version && b.lots.equals(lots) && b.schedule.equals(schedule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(onHand, reserved, picked, damaged, onHold, inTransit, incoming, safetyStock, version, lots, schedule);
  }

  @Override
  public String toString() {
    return "Balance{onHand=" + onHand + ", reserved=" + reserved + ", picked=" + picked + ", damaged=" + damaged
        + ", onHold=" + onHold + ", inTransit=" + inTransit + ", incoming=" + incoming + ", safetyStock=" + safetyStock
        + ", version=" + version + (lots.isEmpty() ? "" : ", lots=" + lots) + "}";
  }

  /** Scratch state for one {@link #apply}; lists are copied only when a movement touches them. */
  private static final class Mutable {
    long onHand;
    long reserved;
    long picked;
    long damaged;
    long onHold;
    long inTransit;
    long incoming;
    long safetyStock;
    long version;
    List<LotBalance> lots;
    List<ScheduledSupply> schedule;
    private boolean lotsCopied;
    private boolean scheduleCopied;

    Mutable(Balance b) {
      onHand = b.onHand;
      reserved = b.reserved;
      picked = b.picked;
      damaged = b.damaged;
      onHold = b.onHold;
      inTransit = b.inTransit;
      incoming = b.incoming;
      safetyStock = b.safetyStock;
      lots = b.lots;
      schedule = b.schedule;
    }

    void enter(StockState state, long q, String lot, Movement m) {
      switch (state) {
        case DAMAGED -> damaged += q;
        case QUALITY_HOLD -> onHold += q;
        case SELLABLE -> {
          if (lot != null) {
            lot(lot, q, m);
          }
        }
      }
    }

    void leave(StockState state, long q, String lot, Movement m) {
      switch (state) {
        case DAMAGED -> damaged -= q;
        case QUALITY_HOLD -> onHold -= q;
        case SELLABLE -> {
          if (lot != null) {
            lot(lot, -q, m);
          }
        }
      }
    }

    void lot(String lot, long delta, Movement m) {
      if (!lotsCopied) {
        lots = new ArrayList<>(lots);
        lotsCopied = true;
      }
      for (int i = 0; i < lots.size(); i++) {
        LotBalance l = lots.get(i);
        if (l.lot().equals(lot)) {
          long left = l.quantity() + delta;
          if (left < 0) {
            throw new InsufficientStockException(m.key() + " lot " + lot, "lot on hand", -delta, l.quantity());
          }
          if (left == 0) {
            lots.remove(i);
          } else {
            lots.set(i, new LotBalance(lot, l.expiryDate(), l.firstSequence(), left));
          }
          return;
        }
      }
      if (delta < 0) {
        throw new InsufficientStockException(m.key() + " lot " + lot, "lot on hand", -delta, 0);
      }
      lots.add(new LotBalance(lot, m.lotExpiry().orElse(null), m.sequence(), delta));
    }

    void schedule(ScheduledSupply s) {
      copySchedule();
      schedule.add(s);
    }

    /** Removes up to {@code q} units of {@code ref} from the schedule; returns how many. */
    long unschedule(String ref, long q, boolean transfer) {
      for (int i = 0; i < schedule.size(); i++) {
        ScheduledSupply s = schedule.get(i);
        if (s.reference().equals(ref) && s.transfer() == transfer) {
          copySchedule();
          long taken = Math.min(q, s.quantity());
          if (taken == s.quantity()) {
            schedule.remove(i);
          } else {
            schedule.set(i, new ScheduledSupply(ref, s.expectedDate(), s.quantity() - taken, transfer));
          }
          return taken;
        }
      }
      return 0;
    }

    private void copySchedule() {
      if (!scheduleCopied) {
        schedule = new ArrayList<>(schedule);
        scheduleCopied = true;
      }
    }

    Balance checked(Movement m) {
      long sellable = onHand - damaged - onHold;
      if ((onHand | picked | damaged | onHold | inTransit | incoming | reserved | sellable) < 0 || reserved > sellable) {
        throw violation(m, sellable);
      }
      return new Balance(onHand, reserved, picked, damaged, onHold, inTransit, incoming, safetyStock, version,
          lotsCopied ? List.copyOf(lots) : lots, scheduleCopied ? List.copyOf(schedule) : schedule);
    }

    /** The exception for a broken rule, built only on the failure path (it formats the key). */
    private InsufficientStockException violation(Movement m, long sellable) {
      String k = m.key().toString();
      long q = Math.abs(m.quantity());
      long[] values = {onHand, picked, damaged, onHold, inTransit, incoming, reserved, sellable};
      String[] names = {"on hand", "picked", "damaged", "on hold", "in transit", "incoming", "reserved", "sellable"};
      for (int i = 0; i < values.length; i++) {
        if (values[i] < 0) {
          return new InsufficientStockException(k, names[i], q, q + values[i]);
        }
      }
      return new InsufficientStockException(k, "sellable on hand not promised to reservations", q,
          Math.max(0, sellable - (reserved - q)));
    }
  }
}
