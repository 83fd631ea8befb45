package dev.ecomops.testkit.fault;

import dev.ecomops.core.Address;
import dev.ecomops.shipping.spi.AddressCheck;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.Label;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.shipping.spi.TrackingEvent;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Carrier} whose API fails as a carrier's does: a quote, a tracking call or an address
 * check may throw; buying or voiding a label may throw before it happened, or after (the label
 * was bought, the response lost), or time out either way.
 */
public final class FaultyCarrier implements Carrier {
  private final Carrier delegate;
  private final FaultInjector faults;

  /**
   * A wrapper.
   *
   * @param delegate the real carrier
   * @param faults the source of faults
   */
  public FaultyCarrier(Carrier delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public List<RateQuote> quote(ShipmentRequest shipment) {
    faults.read("Carrier.quote");
    return delegate.quote(shipment);
  }

  @Override
  public Label buyLabel(ShipmentRequest shipment, String service) {
    return faults.call("Carrier.buyLabel", () -> delegate.buyLabel(shipment, service));
  }

  @Override
  public boolean voidLabel(String trackingNumber) {
    return faults.call("Carrier.voidLabel", () -> delegate.voidLabel(trackingNumber));
  }

  @Override
  public List<TrackingEvent> track(String trackingNumber) {
    faults.read("Carrier.track");
    return delegate.track(trackingNumber);
  }

  @Override
  public AddressCheck validate(Address address) {
    faults.read("Carrier.validate");
    return delegate.validate(address);
  }
}
