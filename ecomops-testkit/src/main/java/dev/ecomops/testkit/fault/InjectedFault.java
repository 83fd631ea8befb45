package dev.ecomops.testkit.fault;

/**
 * What a fault-injecting wrapper throws: the failure a database, bus or provider would cause.
 * {@link #applied()} tells the simulation (not the caller, which cannot know) whether the call
 * took effect before it failed, as with a lost acknowledgement or a time-out after the write.
 */
public final class InjectedFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final FaultInjector.Fault fault;
  private final boolean applied;

  InjectedFault(String site, FaultInjector.Fault fault, boolean applied) {
    super("injected " + fault + " at " + site + (applied ? " (the call took effect)" : " (nothing written)"), null,
        false, false);
    this.fault = fault;
    this.applied = applied;
  }

  /** The kind of fault. */
  public FaultInjector.Fault fault() {
    return fault;
  }

  /** Whether the failed call had taken effect. */
  public boolean applied() {
    return applied;
  }
}
