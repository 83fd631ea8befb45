package dev.ecomops.testkit.fault;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.EventPublisher;
import java.util.Objects;

/**
 * An {@link EventPublisher} in front of the host's bus that fails as a bus does: it may refuse an
 * event (throw before delivering it) or deliver it twice.
 */
public final class FaultyPublisher implements EventPublisher {
  private final EventPublisher delegate;
  private final FaultInjector faults;

  /**
   * A wrapper.
   *
   * @param delegate where events go when they go through
   * @param faults the source of faults
   */
  public FaultyPublisher(EventPublisher delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public void publish(DomainEvent event) {
    if (faults.delivery() == FaultInjector.Fault.THROW_BEFORE) {
      throw new InjectedFault("EventPublisher.publish", FaultInjector.Fault.THROW_BEFORE, false);
    }
    delegate.publish(event);
  }

  @Override
  public void deliver(EventEnvelope envelope) {
    FaultInjector.Fault f = faults.delivery();
    if (f == FaultInjector.Fault.THROW_BEFORE) {
      throw new InjectedFault("EventPublisher.deliver", f, false);
    }
    delegate.deliver(envelope);
    if (f == FaultInjector.Fault.DUPLICATE) {
      delegate.deliver(envelope);
    }
  }
}
