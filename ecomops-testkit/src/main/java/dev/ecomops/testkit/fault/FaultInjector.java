package dev.ecomops.testkit.fault;

import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The one seeded source of faults for a simulation: every wrapper asks it, at every call, whether
 * to fail and how. With the same seed and the same sequence of calls it answers the same, so a
 * run is repeatable. Not thread safe: a simulation runs on one thread.
 *
 * <p>Rates are per call: with rate {@code r}, a write fails with probability {@code r}, split
 * evenly between the write kinds ({@link Fault#THROW_BEFORE}, {@link Fault#LOST_ACK}, {@link
 * Fault#TIMEOUT}, {@link Fault#CONFLICT}); a read fails with probability {@code r / 4}; an event
 * delivery fails or repeats with probability {@code r}.
 */
public final class FaultInjector {

  /** The ways a call can fail. */
  public enum Fault {
    /** No fault: the call goes through. */
    NONE,
    /** Throws before anything is written. */
    THROW_BEFORE,
    /** Writes, then throws: the caller never hears that it worked. */
    LOST_ACK,
    /** Throws after a time-out; whether it wrote is a coin toss the caller cannot see. */
    TIMEOUT,
    /** Answers a version conflict without writing. */
    CONFLICT,
    /** Delivers an event twice. */
    DUPLICATE
  }

  private SplittableRandom random;
  private double rate;
  private boolean enabled = true;
  private long injected;
  private int budget = Integer.MAX_VALUE;
  private int calls;
  private double stormRate;
  private boolean storm;

  private FaultInjector(long seed, double rate) {
    this.random = new SplittableRandom(seed);
    this.rate = rate;
  }

  /**
   * A source of faults.
   *
   * @param seed the seed
   * @param rate the probability that a call fails, 0 to 1
   * @throws IllegalArgumentException if the rate is outside 0 to 1
   */
  public static FaultInjector seeded(long seed, double rate) {
    checkRate(rate);
    return new FaultInjector(seed, rate);
  }

  private static void checkRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate was " + rate + " but must be from 0 to 1");
    }
  }

  /** Starts a fresh stream of decisions from {@code seed}, and a fresh call budget (a simulation does this at each step). */
  public void reseed(long seed) {
    this.random = new SplittableRandom(seed);
    this.calls = 0;
    this.storm = stormRate > 0 && random.nextDouble() < stormRate;
  }

  /**
   * The probability that a step is a conflict storm: until the next {@link #reseed}, every write
   * answers a version conflict (a hot row, a partition), so only a retry loop that gives up ends.
   *
   * @throws IllegalArgumentException if outside 0 to 1
   */
  public void storms(double rate) {
    checkRate(rate);
    this.stormRate = rate;
  }

  /**
   * The most calls allowed between two {@link #reseed}s: past it, a call throws {@link
   * BudgetExceeded}, which nothing in ecomops catches (it is an {@link Error}), so a retry loop
   * that never gives up is caught rather than run forever.
   *
   * @throws IllegalArgumentException if below 1
   */
  public void callBudget(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls was " + calls + " but must be at least 1");
    }
    this.budget = calls;
  }

  /** Thrown past the call budget: a loop that did not give up. */
  public static final class BudgetExceeded extends Error {
    private static final long serialVersionUID = 1L;

    BudgetExceeded(int calls) {
      super("more than " + calls + " SPI calls in one step: a retry loop that does not give up", null, false, false);
    }
  }

  private void count() {
    if (enabled && ++calls > budget) {
      throw new BudgetExceeded(budget);
    }
  }

  /**
   * Sets the fault rate.
   *
   * @throws IllegalArgumentException if outside 0 to 1
   */
  public void rate(double rate) {
    checkRate(rate);
    this.rate = rate;
  }

  /** Turns faults on or off (a simulation turns them off to check invariants and to recover). */
  public void enabled(boolean on) {
    this.enabled = on;
  }

  /** Whether faults are on. */
  public boolean enabled() {
    return enabled;
  }

  /** How many faults were injected so far. */
  public long injected() {
    return injected;
  }

  /** The fault for a write: none, or one of the four write faults. */
  public Fault write() {
    count();
    if (enabled && storm) {
      injected++;
      return Fault.CONFLICT;
    }
    if (!enabled || random.nextDouble() >= rate) {
      return Fault.NONE;
    }
    injected++;
    return switch (random.nextInt(4)) {
      case 0 -> Fault.THROW_BEFORE;
      case 1 -> Fault.LOST_ACK;
      case 2 -> Fault.TIMEOUT;
      default -> Fault.CONFLICT;
    };
  }

  /** Whether a read fails (before reading). */
  public boolean readFails() {
    count();
    // in a storm reads go through: a hot row is readable, only its writes collide
    if (!enabled || storm || random.nextDouble() >= rate / 4) {
      return false;
    }
    injected++;
    return true;
  }

  /** The fault for an event delivery: none, a throw, or a duplicate. */
  public Fault delivery() {
    if (!enabled || random.nextDouble() >= rate) {
      return Fault.NONE;
    }
    injected++;
    return random.nextBoolean() ? Fault.THROW_BEFORE : Fault.DUPLICATE;
  }

  /** A coin toss: whether a timed-out write took effect. */
  boolean timedOutWrote() {
    return random.nextBoolean();
  }

  /**
   * Runs a conditional write ({@code write} answers whether it applied) under a fault: throws
   * before it, answers a conflict ({@code conflict}) without it, or runs it and then throws.
   *
   * @param site what is called, for the message
   * @return what the write (or the injected conflict) answered
   * @throws InjectedFault as the fault says
   */
  <T> T write(String site, Supplier<T> write, T conflict) {
    Fault f = write();
    return f == Fault.CONFLICT ? conflict : apply(site, f, write);
  }

  /**
   * Runs a write that cannot conflict (a payment, a label bought, a 3PL hand-over, an outbox
   * acknowledgement) under a fault: throws before it, or runs it and then throws (a lost response
   * or a time-out after the write). A drawn conflict counts as a refusal before the write.
   *
   * @param site what is called, for the message
   * @return what the write returned
   * @throws InjectedFault as the fault says
   */
  <T> T call(String site, Supplier<T> write) {
    Fault f = write();
    return apply(site, f == Fault.CONFLICT ? Fault.THROW_BEFORE : f, write);
  }

  /** Runs a write under a fault other than a conflict. */
  private <T> T apply(String site, Fault f, Supplier<T> write) {
    switch (f) {
      case NONE -> {
        return write.get();
      }
      case THROW_BEFORE -> throw new InjectedFault(site, f, false);
      case TIMEOUT -> {
        boolean wrote = timedOutWrote();
        if (wrote) {
          write.get();
        }
        throw new InjectedFault(site, f, wrote);
      }
      default -> {
        write.get();
        throw new InjectedFault(site, f, true);
      }
    }
  }

  /** {@link #call(String, Supplier)} for a write that returns nothing. */
  void run(String site, Runnable write) {
    call(site, () -> {
      write.run();
      return Boolean.TRUE;
    });
  }

  /** Throws before a read if a read fault is drawn. */
  void read(String site) {
    if (readFails()) {
      throw new InjectedFault(site, Fault.THROW_BEFORE, false);
    }
  }
}
