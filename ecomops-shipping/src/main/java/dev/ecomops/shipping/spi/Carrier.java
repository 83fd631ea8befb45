package dev.ecomops.shipping.spi;

import dev.ecomops.core.Address;
import java.util.List;

/**
 * A carrier as the host connects it (its API client, or a rate table). The library never calls a
 * network itself. Implementations must be thread safe; failures of the carrier's own systems are
 * the implementation's exceptions to throw.
 */
public interface Carrier {

  /** The carrier's name, as quotes report it. */
  String name();

  /**
   * Prices a shipment with every service that can carry it; services that cannot (too heavy, no
   * rate to that zone) are left out.
   */
  List<RateQuote> quote(ShipmentRequest shipment);

  /**
   * Buys a label.
   *
   * @throws dev.ecomops.core.ValidationException naming {@code service} when the carrier cannot carry the shipment with it
   */
  Label buyLabel(ShipmentRequest shipment, String service);

  /** Voids an unused label; false when it was used or is unknown. */
  boolean voidLabel(String trackingNumber);

  /** The events of a parcel so far, oldest first, mapped to {@link TrackingStatus}. */
  List<TrackingEvent> track(String trackingNumber);

  /** Checks whether an address can be delivered to. */
  AddressCheck validate(Address address);
}
