package dev.ecomops.shipping.spi;

import dev.ecomops.core.Address;
import java.util.List;

/**
 * A carrier as the host connects it (its API client, or a rate table). The library never calls a
 * network itself; an implementation that does makes the calls below.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.shipping.CarrierContract}:
 *
 * <ol>
 *   <li><b>Repeatable quotes.</b> {@link #quote} names the carrier in every quote, prices are not
 *       negative, and asking again for the same shipment gives the same quotes (cache what the
 *       carrier's API returns for the length of a rate-shopping decision).
 *   <li><b>Labels only for quoted services.</b> {@link #buyLabel} with a service {@link #quote}
 *       does not offer for the shipment throws a {@code ValidationException} naming {@code
 *       service}, and buys nothing.
 *   <li><b>Idempotent by shipment.</b> Buying again for the same {@link ShipmentRequest#id()} and
 *       service returns the label already bought and buys nothing, also when several threads or
 *       nodes ask at once, so a retry after a timeout never pays for a second label. Asking for
 *       another service while that label is live throws a {@code ValidationException} naming
 *       {@code service}; after {@link #voidLabel} the shipment may buy again (a new tracking
 *       number).
 *   <li><b>Unique tracking numbers.</b> Labels of different shipments never share one.
 *   <li><b>Void once.</b> {@link #voidLabel} is true the first time for a live label, false
 *       after, and false for a number it never issued.
 *   <li><b>Tracking oldest first.</b> {@link #track} lists the parcel's events in time order,
 *       each with its tracking number; an unknown number has none.
 *   <li><b>Bounded blocking, thread safe.</b> Every method may be called from many threads. An
 *       implementation that calls a network bounds each call with a timeout and throws when it
 *       passes (the caller retries, and rule 3 makes the retry safe); it never blocks forever.
 *       Failures of the carrier's own systems are the implementation's exceptions to throw.
 * </ol>
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
