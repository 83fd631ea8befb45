package dev.ecomops.testkit.fault;

import dev.ecomops.core.spi.IdGenerator;
import java.util.Objects;

/** An {@link IdGenerator} backed by a sequence that may be unreachable: it may throw instead of answering. */
public final class FaultyIdGenerator implements IdGenerator {
  private final IdGenerator delegate;
  private final FaultInjector faults;

  /**
   * A wrapper.
   *
   * @param delegate the real generator
   * @param faults the source of faults
   */
  public FaultyIdGenerator(IdGenerator delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public String nextId(String prefix) {
    faults.read("IdGenerator.nextId");
    return delegate.nextId(prefix);
  }
}
