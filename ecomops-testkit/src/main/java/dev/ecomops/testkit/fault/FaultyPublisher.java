package dev.ecomops.testkit.fault;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.EventPublisher;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EventPublisher} in front of the host's bus that fails as a bus does: it may refuse an
 * event (throw before delivering it) or deliver it twice; made with {@link #reordering}, it may
 * also hold an event back and deliver it after the next one (out of order), for testing consumers
 * that must put events back in sequence order. Not thread safe (a simulation is single-threaded).
 */
public final class FaultyPublisher implements EventPublisher {
  private final EventPublisher delegate;
  private final FaultInjector faults;
  private final boolean reorder;
  private @Nullable EventEnvelope held;

  /**
   * A wrapper that refuses and repeats deliveries.
   *
   * @param delegate where events go when they go through
   * @param faults the source of faults
   */
  public FaultyPublisher(EventPublisher delegate, FaultInjector faults) {
    this(delegate, faults, false);
  }

  private FaultyPublisher(EventPublisher delegate, FaultInjector faults, boolean reorder) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.reorder = reorder;
  }

  /**
   * A wrapper that, where the other would refuse or repeat a delivery, holds the event back and
   * delivers it after the next one instead. Call {@link #flush} at the end to deliver one still held.
   */
  public static FaultyPublisher reordering(EventPublisher delegate, FaultInjector faults) {
    return new FaultyPublisher(delegate, faults, true);
  }

  /** Delivers the event held back, if any. */
  public void flush() {
    if (held != null) {
      EventEnvelope e = held;
      held = null;
      delegate.deliver(e);
    }
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
    if (reorder) {
      if (f != FaultInjector.Fault.NONE && held == null) {
        held = envelope;
        return;
      }
      delegate.deliver(envelope);
      flush();
      return;
    }
    if (f == FaultInjector.Fault.THROW_BEFORE) {
      throw new InjectedFault("EventPublisher.deliver", f, false);
    }
    delegate.deliver(envelope);
    if (f == FaultInjector.Fault.DUPLICATE) {
      delegate.deliver(envelope);
    }
  }
}
