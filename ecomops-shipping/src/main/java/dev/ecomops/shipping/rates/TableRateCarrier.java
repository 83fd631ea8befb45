package dev.ecomops.shipping.rates;

import dev.ecomops.core.Address;
import dev.ecomops.core.DataFileException;
import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.shipping.parcel.BillableWeight;
import dev.ecomops.shipping.parcel.Parcel;
import dev.ecomops.shipping.parcel.UnitSystem;
import dev.ecomops.shipping.spi.AddressCheck;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.Label;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.RateQuote.Charge;
import dev.ecomops.shipping.spi.ShipmentRequest;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.shipping.spi.TrackingStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A carrier priced from rate tables, as carriers publish them: a zone chart from origin to
 * destination, prices by zone and billable-weight break per service, a dimensional divisor and
 * rounding per service, transit days by zone, and surcharges (residential, oversize by length plus
 * girth, additional handling by longest side or weight, remote areas) with a fuel percentage on
 * the lot. {@link #load} reads the tables from a directory (formats in the README). Labels,
 * voids and tracking are simulated, for tests and demos: tracking numbers are the carrier's name
 * and a sequence, and a label's only event is {@code PRE_TRANSIT}. Immutable tables; thread safe.
 */
public final class TableRateCarrier implements Carrier {
  private final String name;
  private final Currency currency;
  private final UnitSystem units;
  /** The fuel percentage as a factor (10% → 0.10). */
  private final BigDecimal fuelFactor;
  private final List<ZoneRule> zones;
  private final Map<String, Service> services;
  private final Surcharges surcharges;
  private final Clock clock;
  private final AtomicLong labels = new AtomicLong();
  private final Map<String, Label> bought = new ConcurrentHashMap<>();
  /** The live label of each shipment id, so a second purchase returns it (the SPI's rule 3). */
  private final Map<String, Label> byShipment = new ConcurrentHashMap<>();
  private final Map<String, String> shipmentOf = new ConcurrentHashMap<>();

  /** One zone chart row. */
  record ZoneRule(Place origin, Place destination, String zone) {
    int specificity() {
      return origin.prefix().length() + destination.prefix().length();
    }
  }

  /**
   * One service: its billable-weight rule, and per zone the weight breaks (ascending upper
   * bounds, in the carrier's weight unit) with their prices, and the transit days.
   */
  record Service(String name, BillableWeight rule, Map<String, BigDecimal[]> breaks, Map<String, Money[]> prices,
      Map<String, Integer> transit) {}

  /** Surcharge amounts and thresholds, in the carrier's currency and units; null when not charged. */
  record Surcharges(@Nullable Money residential, @Nullable Money oversize, @Nullable BigDecimal oversizeLengthPlusGirth,
      @Nullable Money handling, @Nullable BigDecimal handlingLongestSide, @Nullable BigDecimal handlingWeight,
      @Nullable Money remote, List<Place> remoteAreas) {}

  TableRateCarrier(String name, Currency currency, UnitSystem units, BigDecimal fuelPercent, List<ZoneRule> zones,
      Map<String, Service> services, Surcharges surcharges, Clock clock) {
    this.name = name;
    this.currency = currency;
    this.units = units;
    this.fuelFactor = fuelPercent.movePointLeft(2);
    this.zones = List.copyOf(zones);
    this.services = Map.copyOf(services);
    this.surcharges = surcharges;
    this.clock = clock;
  }

  /**
   * Loads a carrier from its directory.
   *
   * @throws DataFileException naming the file, line and field of the first bad value
   */
  public static TableRateCarrier load(Path directory, Clock clock) {
    return RateTableLoader.load(directory, clock);
  }

  @Override
  public String name() {
    return name;
  }

  /** The carrier's unit system. */
  public UnitSystem units() {
    return units;
  }

  /** The zone from origin to destination: the most specific matching chart row, if any. */
  public Optional<String> zone(Address origin, Address destination) {
    ZoneRule best = null;
    for (ZoneRule z : zones) {
      if (z.origin().matches(origin) && z.destination().matches(destination)
          && (best == null || z.specificity() > best.specificity())) {
        best = z;
      }
    }
    return Optional.ofNullable(best).map(ZoneRule::zone);
  }

  @Override
  public List<RateQuote> quote(ShipmentRequest shipment) {
    Optional<String> zone = zone(shipment.origin(), shipment.destination());
    if (zone.isEmpty()) {
      return List.of();
    }
    // the surcharge tests depend on the parcel and the carrier only: once per parcel, not per service
    List<Parcel> parcels = shipment.parcels();
    int[] handlingKind = new int[parcels.size()]; // 0 none, 1 oversize, 2 additional handling
    for (int i = 0; i < parcels.size(); i++) {
      Parcel p = parcels.get(i);
      if (surcharges.oversize() != null
          && p.lengthPlusGirth(units.length()).compareTo(surcharges.oversizeLengthPlusGirth()) > 0) {
        handlingKind[i] = 1;
      } else if (surcharges.handling() != null && (surcharges.handlingLongestSide() != null
          && p.longestSide(units.length()).compareTo(surcharges.handlingLongestSide()) > 0
          || surcharges.handlingWeight() != null && p.weight().in(units.weight()).compareTo(surcharges.handlingWeight()) > 0)) {
        handlingKind[i] = 2; // carriers do not charge additional handling on top of oversize
      }
    }
    boolean remote = surcharges.remote() != null
        && surcharges.remoteAreas().stream().anyMatch(a -> a.matches(shipment.destination()));
    List<RateQuote> out = new ArrayList<>(services.size());
    for (Service s : services.values()) {
      RateQuote q = quote(shipment, s, zone.get(), handlingKind, remote);
      if (q != null) {
        out.add(q);
      }
    }
    out.sort(java.util.Comparator.comparing(RateQuote::service));
    return out;
  }

  private @Nullable RateQuote quote(ShipmentRequest shipment, Service s, String zone, int[] handlingKind,
      boolean remote) {
    BigDecimal[] breaks = s.breaks().get(zone);
    Money[] prices = s.prices().get(zone);
    Integer transit = s.transit().get(zone);
    if (breaks == null || transit == null) {
      return null;
    }
    Money base = Money.zero(currency);
    int parcels = shipment.parcels().size();
    int oversizeCount = 0;
    int handlingCount = 0;
    for (int p = 0; p < parcels; p++) {
      BigDecimal billable = s.rule().of(shipment.parcels().get(p));
      int i = 0;
      while (i < breaks.length && breaks[i].compareTo(billable) < 0) {
        i++;
      }
      if (i == breaks.length) {
        return null; // heavier than the service takes
      }
      base = base.plus(prices[i]);
      oversizeCount += handlingKind[p] == 1 ? 1 : 0;
      handlingCount += handlingKind[p] == 2 ? 1 : 0;
    }
    List<Charge> charges = new ArrayList<>(6);
    charges.add(new Charge("base", base));
    Money extra = Money.zero(currency);
    extra = add(charges, extra, "residential", surcharges.residential(), shipment.residential() ? parcels : 0);
    extra = add(charges, extra, "oversize", surcharges.oversize(), oversizeCount);
    extra = add(charges, extra, "additional_handling", surcharges.handling(), handlingCount);
    extra = add(charges, extra, "remote_area", surcharges.remote(), remote ? 1 : 0);
    Money subtotal = base.plus(extra);
    Money fuel = subtotal.times(fuelFactor, RoundingMode.HALF_UP);
    if (!fuel.isZero()) {
      charges.add(new Charge("fuel", fuel));
    }
    return new RateQuote(name, s.name(), subtotal.plus(fuel), transit, charges);
  }

  private static Money add(List<Charge> charges, Money sum, String name, @Nullable Money each, int count) {
    if (each == null || count == 0) {
      return sum;
    }
    Money amount = each.times(count);
    charges.add(new Charge(name, amount));
    return sum.plus(amount);
  }

  @Override
  public Label buyLabel(ShipmentRequest shipment, String service) {
    boolean offered = quote(shipment).stream().anyMatch(q -> q.service().equals(service));
    if (!offered) {
      throw ValidationException.of("service", "must be a service " + name + " offers for this shipment", service);
    }
    return byShipment.compute(shipment.id(), (id, live) -> {
      if (live != null) {
        if (!live.service().equals(service)) {
          throw ValidationException.of("service", "must be " + live.service() + ", the service of shipment " + id
              + "'s live label " + live.trackingNumber() + " (void it to buy another)", service);
        }
        return live;
      }
      String tracking = name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "")
          + String.format("%010d", labels.incrementAndGet());
      String zpl = "^XA^FO40,40^A0N,40,40^FD" + name + " " + service + "^FS^FO40,100^BCN,100^FD" + tracking + "^FS^XZ";
      Label label = new Label(name, service, tracking, zpl.getBytes(StandardCharsets.US_ASCII), "ZPL");
      bought.put(tracking, label);
      shipmentOf.put(tracking, id);
      return label;
    });
  }

  @Override
  public boolean voidLabel(String trackingNumber) {
    Label label = bought.remove(trackingNumber);
    if (label == null) {
      return false;
    }
    String id = shipmentOf.remove(trackingNumber);
    if (id != null) {
      byShipment.remove(id, label);
    }
    return true;
  }

  @Override
  public List<TrackingEvent> track(String trackingNumber) {
    return bought.containsKey(trackingNumber)
        ? List.of(new TrackingEvent(trackingNumber, TrackingStatus.PRE_TRANSIT, clock.instant(), "label created"))
        : List.of();
  }

  @Override
  public AddressCheck validate(Address address) {
    List<String> problems = new ArrayList<>();
    if (address.postalCode().isEmpty()) {
      problems.add("postalCode: missing");
    }
    if (zones.stream().noneMatch(z -> z.destination().matches(address))) {
      problems.add("destination: " + name + " does not deliver to " + address.country()
          + address.postalCode().map(p -> " " + p).orElse(""));
    }
    return new AddressCheck(problems.isEmpty(), Optional.empty(), problems);
  }
}
