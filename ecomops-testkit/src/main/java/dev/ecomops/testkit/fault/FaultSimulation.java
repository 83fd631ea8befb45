package dev.ecomops.testkit.fault;

import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryOrderRepository;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.returns.memory.InMemoryRefundLedger;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.ReturnRepository;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Deterministic simulation of a store under faults: drives the real services ({@code
 * StockKeeper}, {@code Allocator}, {@code OrderManager}, {@code PurchaseOrders}, {@code
 * ReturnService}, {@code SupportDesk}, the outbox relays) through a seeded sequence of commands
 * on a simulated clock, over the host's stores wrapped in fault injectors, retrying each failed
 * command a few times as a host would and remembering the ones it gave up on. After every step it
 * checks: no balance negative and nothing oversold; every order's lines hold exactly what their
 * reservations hold (orders with a pending intent aside); every PO line adds up; refunds never exceed what was paid and
 * each is paid once; and, every {@link #fullCheckEvery} steps, that the ledger replays to the
 * balances and every unit reserved or picked is accounted for by an order or a cart.
 * After the run the host recovers (faults off, abandoned commands retried, pending intents
 * settled, time moved past every lease and time-to-live, outboxes drained), and the simulation
 * checks that everything agrees and that every committed event arrived exactly once after
 * deduplication, in order per aggregate, and nothing uncommitted arrived.
 *
 * <p>A violation stops the run; {@link #runAndShrink} then shortens the step list to one that
 * still fails, for the report. The same seed gives the same run.
 *
 * <pre>{@code
 * Report r = FaultSimulation.against(myStores).faultRate(0.05).run(42, 10_000);
 * assertThat(r.violations()).as(r.describe()).isEmpty();
 * }</pre>
 *
 * <p>Not thread safe; a run is single-threaded by design (that is what makes it repeatable).
 * Concurrency is covered by the contract kits' threaded tests.
 */
public final class FaultSimulation {

  /**
   * The host's stores, made fresh for each run (a shortened run starts from empty stores too).
   *
   * @param inventory makes an empty inventory store
   * @param orders makes an empty order repository
   * @param purchaseOrders makes an empty purchase-order repository
   * @param returns makes an empty return repository
   * @param tickets makes an empty ticket repository
   * @param refunds makes an empty refund ledger
   */
  public record Stores(Supplier<InventoryStore> inventory, Supplier<OrderRepository> orders,
      Supplier<PurchaseOrderRepository> purchaseOrders, Supplier<ReturnRepository> returns,
      Supplier<TicketRepository> tickets, Supplier<RefundLedger> refunds) {

    /** These stores with the refunds in an in-memory ledger. */
    public Stores(Supplier<InventoryStore> inventory, Supplier<OrderRepository> orders,
        Supplier<PurchaseOrderRepository> purchaseOrders, Supplier<ReturnRepository> returns,
        Supplier<TicketRepository> tickets) {
      this(inventory, orders, purchaseOrders, returns, tickets, InMemoryRefundLedger::new);
    }

    /** The embedded in-memory stores. */
    public static Stores inMemory() {
      return new Stores(InMemoryInventoryStore::create, InMemoryOrderRepository::create,
          InMemoryPurchaseOrderRepository::new, InMemoryReturnRepository::new, InMemoryTicketRepository::new);
    }

    /** A store of each kind, made now, in the order of the components. */
    Made fresh() {
      return new Made(inventory.get(), orders.get(), purchaseOrders.get(), returns.get(), tickets.get(), refunds.get());
    }

    /** One set of stores. */
    record Made(InventoryStore inventory, OrderRepository orders, PurchaseOrderRepository purchaseOrders,
        ReturnRepository returns, TicketRepository tickets, RefundLedger refunds) {}
  }

  /**
   * How a run ended.
   *
   * @param seed the seed
   * @param steps steps run (up to and including a failing one)
   * @param commands commands issued, host retries included
   * @param faults faults injected
   * @param gaveUp commands the host gave up on during the run (retried at recovery)
   * @param eventsDelivered distinct events delivered
   * @param duplicatesDropped deliveries the consumer dropped as duplicates
   * @param violations what broke, empty when nothing did
   * @param reproduction the steps of a (shortened) run that fails, empty when nothing did
   */
  public record Report(long seed, int steps, long commands, long faults, long gaveUp, long eventsDelivered,
      long duplicatesDropped, List<String> violations, List<String> reproduction) {

    /** Copies the lists. */
    public Report {
      violations = List.copyOf(violations);
      reproduction = List.copyOf(reproduction);
    }

    /** Whether every invariant held. */
    public boolean ok() {
      return violations.isEmpty();
    }

    /** A report for people: the seed, the figures, and on failure what broke and the steps that reproduce it. */
    public String describe() {
      StringBuilder b = new StringBuilder("seed ").append(seed).append(": ").append(steps).append(" steps, ")
          .append(commands).append(" commands, ").append(faults).append(" faults injected, ").append(gaveUp)
          .append(" commands given up and retried at recovery, ").append(eventsDelivered).append(" events delivered (")
          .append(duplicatesDropped).append(" duplicates dropped)");
      if (!ok()) {
        b.append("\nVIOLATIONS:");
        violations.forEach(v -> b.append("\n  ").append(v));
        b.append("\nreproduce with seed ").append(seed).append(" and these ").append(reproduction.size())
            .append(" steps:");
        reproduction.forEach(s -> b.append("\n  ").append(s));
      }
      return b.toString();
    }
  }

  private final Stores stores;
  private double faultRate = 0.03;
  private int fullCheckEvery = 16;
  private UnaryOperator<RetryPolicy.Builder> retry = b -> b;
  private int stepCallBudget = 50_000;
  private double storms = 0.002;

  private FaultSimulation(Stores stores) {
    this.stores = Objects.requireNonNull(stores, "stores");
  }

  /** A simulation over the host's stores. */
  public static FaultSimulation against(Stores stores) {
    return new FaultSimulation(stores);
  }

  /** A simulation over the embedded in-memory stores. */
  public static FaultSimulation inMemory() {
    return against(Stores.inMemory());
  }

  /**
   * The probability that any one SPI call fails; 0.03 by default.
   *
   * @throws IllegalArgumentException if outside 0 to 1
   */
  public FaultSimulation faultRate(double rate) {
    FaultInjector.seeded(0, rate); // checks the rate
    this.faultRate = rate;
    return this;
  }

  /**
   * The probability that a step is a conflict storm, in which every write answers a version
   * conflict; 0.002 by default. Commands then exhaust their retry policy and the host gives up
   * on them until recovery.
   *
   * @throws IllegalArgumentException if outside 0 to 1
   */
  public FaultSimulation conflictStorms(double rate) {
    FaultInjector.seeded(0, rate); // checks the rate
    this.storms = rate;
    return this;
  }

  /**
   * How often, in steps, the checks whose cost grows with the run are made (the ledgers replayed
   * against the balances, every unit held accounted for by an order or a cart); 16 by default, and
   * always after recovery. 1 checks everything after every step.
   *
   * @throws IllegalArgumentException if below 1
   */
  public FaultSimulation fullCheckEvery(int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("steps was " + steps + " but must be at least 1");
    }
    this.fullCheckEvery = steps;
    return this;
  }

  /**
   * Adjusts the services' retry policy (time and jitter are the simulation's own); the defaults
   * otherwise.
   */
  public FaultSimulation retry(UnaryOperator<RetryPolicy.Builder> retry) {
    this.retry = Objects.requireNonNull(retry, "retry");
    return this;
  }

  /**
   * The most SPI calls one step may make before the simulation calls it a livelock (an unbounded
   * retry loop); 50,000 by default.
   *
   * @throws IllegalArgumentException if below 1
   */
  public FaultSimulation stepCallBudget(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls was " + calls + " but must be at least 1");
    }
    this.stepCallBudget = calls;
    return this;
  }

  /**
   * Runs {@code steps} steps drawn from {@code seed}, then recovers and checks everything.
   *
   * @throws IllegalArgumentException if {@code steps} is below 1
   */
  public Report run(long seed, int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("steps was " + steps + " but must be at least 1");
    }
    List<SimStep> plan = SimStep.generate(seed, steps);
    Outcome o = execute(seed, plan);
    return o.report(seed, o.violations.isEmpty() ? List.of() : plan.subList(0, o.stepsRun));
  }

  /**
   * As {@link #run}, and on a violation shortens the failing step list (first to the failing
   * prefix, then by dropping runs of steps while it still fails, at most {@code budget} reruns) so
   * the report's reproduction is short.
   */
  public Report runAndShrink(long seed, int steps, int budget) {
    Report first = run(seed, steps);
    if (first.ok()) {
      return first;
    }
    List<SimStep> failing = new ArrayList<>(SimStep.generate(seed, steps).subList(0, first.steps()));
    int reruns = 0;
    for (int chunk = Math.max(1, failing.size() / 2); chunk >= 1 && reruns < budget; chunk /= 2) {
      for (int from = 0; from < failing.size() && reruns < budget; ) {
        List<SimStep> tried = new ArrayList<>(failing.subList(0, from));
        tried.addAll(failing.subList(Math.min(failing.size(), from + chunk), failing.size()));
        reruns++;
        Outcome o = tried.isEmpty() ? null : execute(seed, tried);
        if (o != null && !o.violations.isEmpty()) {
          // it still fails: keep the removal, and drop whatever comes after the step that failed
          failing = new ArrayList<>(tried.subList(0, Math.min(o.stepsRun, tried.size())));
        } else {
          from += chunk;
        }
      }
    }
    Outcome last = execute(seed, failing);
    return new Report(seed, first.steps(), first.commands(), first.faults(), first.gaveUp(), first.eventsDelivered(),
        first.duplicatesDropped(), last.violations.isEmpty() ? first.violations() : last.violations,
        failing.stream().map(SimStep::toString).toList());
  }

  private Outcome execute(long seed, List<SimStep> plan) {
    FaultInjector faults = FaultInjector.seeded(seed, faultRate);
    SimWorld world = new SimWorld(stores, faults, retry.apply(RetryPolicy.builder()), seed);
    SimChecks checks = new SimChecks(world);
    faults.callBudget(stepCallBudget);
    faults.storms(storms);
    int run = 0;
    for (SimStep s : plan) {
      run++;
      faults.reseed(s.faultSeed());
      faults.enabled(true);
      List<String> broken;
      try {
        world.run(s);
        faults.enabled(false);
        broken = checks.afterStep(run % fullCheckEvery == 0);
      } catch (SimWorld.UnexpectedFailure | FaultInjector.BudgetExceeded e) {
        broken = List.of(e.getMessage());
      } finally {
        faults.enabled(false);
      }
      if (!broken.isEmpty()) {
        return new Outcome(world, faults, run, prefixed(s, broken));
      }
    }
    List<String> broken;
    try {
      world.recover();
      broken = checks.afterRecovery();
    } catch (RuntimeException e) {
      broken = List.of("recovery threw " + e);
    }
    return new Outcome(world, faults, run, prefixed(null, broken));
  }

  private static List<String> prefixed(SimStep s, List<String> broken) {
    return broken.stream().map(v -> (s == null ? "after recovery: " : "after " + s + ": ") + v).toList();
  }

  private record Outcome(SimWorld world, FaultInjector faults, int stepsRun, List<String> violations) {
    Report report(long seed, List<SimStep> reproduction) {
      return new Report(seed, stepsRun, world.commands, faults.injected(), world.gaveUp, world.delivered.distinct(),
          world.delivered.duplicates, violations, reproduction.stream().map(SimStep::toString).toList());
    }
  }
}
