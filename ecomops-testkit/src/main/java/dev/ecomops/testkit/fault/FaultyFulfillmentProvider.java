package dev.ecomops.testkit.fault;

import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import dev.ecomops.fulfillment.spi.FulfillmentRequest;
import dev.ecomops.fulfillment.spi.ShipmentConfirmation;
import java.util.List;
import java.util.Objects;

/**
 * A {@link FulfillmentProvider} (a 3PL's API) that fails as one does: a submit or a cancel may
 * throw before it happened, or after (the 3PL has the order, the response was lost), or time out
 * either way; a poll may throw before it read anything. A poll never throws after reading: the
 * provider hands each confirmation out once, and losing one would be the provider's defect, not a
 * fault of the wire.
 */
public final class FaultyFulfillmentProvider implements FulfillmentProvider {
  private final FulfillmentProvider delegate;
  private final FaultInjector faults;

  /**
   * A wrapper.
   *
   * @param delegate the real provider
   * @param faults the source of faults
   */
  public FaultyFulfillmentProvider(FulfillmentProvider delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public String submit(FulfillmentRequest request) {
    return faults.call("FulfillmentProvider.submit", () -> delegate.submit(request));
  }

  @Override
  public boolean cancel(String reference) {
    return faults.call("FulfillmentProvider.cancel", () -> delegate.cancel(reference));
  }

  @Override
  public List<ShipmentConfirmation> poll() {
    faults.read("FulfillmentProvider.poll");
    return delegate.poll();
  }
}
