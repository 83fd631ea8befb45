package dev.ecomops.testkit.fault;

import dev.ecomops.core.RmaId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@link ReturnRepository} whose writes and reads fail as a database's do (see {@link FaultInjector}). */
public final class FaultyReturnRepository implements ReturnRepository {
  private final ReturnRepository delegate;
  private final FaultInjector faults;
  private final Outbox outbox;

  /**
   * A wrapper.
   *
   * @param delegate the real repository
   * @param faults the source of faults
   */
  public FaultyReturnRepository(ReturnRepository delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.outbox = new FaultyOutbox(delegate.outbox(), faults);
  }

  @Override
  public boolean save(Rma rma, long expectedVersion, List<EventEnvelope> events) {
    return faults.write("ReturnRepository.save", () -> delegate.save(rma, expectedVersion, events), false);
  }

  @Override
  public Optional<Rma> find(RmaId id) {
    faults.read("ReturnRepository.find");
    return delegate.find(id);
  }

  @Override
  public List<Rma> byOrder(OrderId orderId) {
    faults.read("ReturnRepository.byOrder");
    return delegate.byOrder(orderId);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
