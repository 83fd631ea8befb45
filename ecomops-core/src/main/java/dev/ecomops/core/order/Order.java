package dev.ecomops.core.order;

import dev.ecomops.core.Address;
import dev.ecomops.core.Check;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.AllocationPolicy;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An order as stored: what was placed, and each line's progress. Its {@link #status()} follows
 * from its lines; {@link #holds()} keep it from fulfilment. Each stored change bumps {@link
 * #version()}. Orders change only through {@code OrderManager}.
 *
 * <p>Rules checked on build: at least one line; line ids unique; every line in one currency.
 */
@Value.Immutable
public abstract class Order {

  /** A new builder (for repositories that rebuild stored orders). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Order}. */
  public static class Builder extends ImmutableOrder.Builder {}

  /** The order's id. */
  public abstract OrderId id();

  /** Where it was placed. */
  public abstract Channel channel();

  /** The host's customer reference. */
  public abstract String customerId();

  /** Where it ships. */
  public abstract Address shipTo();

  /** The ship-to position, when the host geocoded it (for nearest-location allocation). */
  public abstract Optional<GeoPoint> shipToPosition();

  /** The billing country (ISO 3166-1 alpha-2), when known. */
  public abstract Optional<String> billingCountry();

  /** A fingerprint of the payment instrument (a token hash), when known, for risk rules. */
  public abstract Optional<String> paymentFingerprint();

  /** The shipping service asked for, for example {@code standard} or {@code express}. */
  public abstract String service();

  /** When it was promised to ship by. */
  public abstract Optional<Instant> shipBy();

  /** When it was promised to arrive by. */
  public abstract Optional<Instant> deliverBy();

  /** When it was placed. */
  public abstract Instant placedAt();

  /** How its lines may be split and what happens when short. */
  public abstract AllocationPolicy policy();

  /** The lines with their progress, in order. */
  public abstract List<OrderLineState> lines();

  /**
   * The holds keeping the order from fulfilment, oldest first, at most one per reason: each team
   * (risk review, payment, address, customer) lifts its own.
   */
  public abstract List<Hold> holds();

  /** The oldest hold, if the order is held. */
  public Optional<Hold> hold() {
    return holds().isEmpty() ? Optional.empty() : Optional.of(holds().get(0));
  }

  /** The reasons it is held for, oldest first, as text ({@code RISK_REVIEW, PAYMENT}). */
  public String holdReasons() {
    return holds().stream().map(h -> h.reason().name()).collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * A stock command recorded and not yet seen through (see {@link StockIntent}); empty when the
   * order and its stock agree.
   */
  public abstract Optional<StockIntent> pending();

  /** Stored changes so far, from 1. */
  public abstract long version();

  /** The status its lines give it. */
  public OrderStatus status() {
    return OrderStatus.ofLines(lines());
  }

  /**
   * The ship-to address reduced to what identifies a delivery point: first line, postal code and
   * country, lower case, spaces collapsed. Equal keys are treated as one address by risk rules.
   */
  public String shipToKey() {
    return key(shipTo().line1() + "|" + shipTo().postalCode().orElse("") + "|" + shipTo().country());
  }

  /**
   * Lower case, runs of white space ({@code \s}: space, tab, line feed, vertical tab, form feed,
   * carriage return) as one space, then trimmed; what {@code toLowerCase(ROOT).replaceAll("\\s+",
   * " ").trim()} gives, without a regular expression, as every order placed asks for it.
   */
  static String key(String raw) {
    String lower = raw.toLowerCase(java.util.Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    boolean inRun = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!white) {
        key.append(c);
      } else if (!inRun) {
        key.append(' ');
      }
      inRun = white;
    }
    return key.toString().trim();
  }

  /** Whether it is held. */
  public boolean isOnHold() {
    return !holds().isEmpty();
  }

  /**
   * A line by id.
   *
   * @throws ValidationException naming {@code lineId} if the order has no such line
   */
  public OrderLineState line(String lineId) {
    for (OrderLineState l : lines()) {
      if (l.lineId().equals(lineId)) {
        return l;
      }
    }
    throw ValidationException.of("lineId", "must be a line of order " + id(), lineId);
  }

  /**
   * What the customer pays for the lines not cancelled, in the lines' currency. Worked out once per
   * order version (risk rules read it for every earlier order of a customer).
   */
  @Value.Lazy
  public Money total() {
    Money sum = Money.zero(lines().get(0).line().unitPrice().currency());
    for (OrderLineState l : lines()) {
      if (l.status() != LineStatus.CANCELLED) {
        sum = sum.plus(l.line().total());
      }
    }
    return sum;
  }

  @Value.Check
  protected void check() {
    // runs on every copy an order write makes: no allocation for the usual one to four lines
    List<Hold> holds = holds();
    for (int i = 0; i < holds.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (holds.get(j).reason() == holds.get(i).reason()) {
          throw ValidationException.of("holds", "must hold at most once per reason", holds.get(i).reason());
        }
      }
    }
    Check.text("customerId", customerId(), 100);
    Check.text("service", service(), 50);
    List<OrderLineState> lines = lines();
    if (lines.isEmpty()) {
      throw ValidationException.of("lines", "must not be empty", "[]");
    }
    Set<String> ids = lines.size() > 8 ? new HashSet<>() : null;
    java.util.Currency currency = lines.get(0).line().unitPrice().currency();
    for (int i = 0; i < lines.size(); i++) {
      String id = lines.get(i).lineId();
      boolean repeated = false;
      if (ids != null) {
        repeated = !ids.add(id);
      } else {
        for (int j = 0; j < i; j++) {
          repeated |= lines.get(j).lineId().equals(id);
        }
      }
      if (repeated) {
        throw ValidationException.of("lines", "line ids must be unique", id);
      }
      java.util.Currency c = lines.get(i).line().unitPrice().currency();
      if (!c.equals(currency)) {
        throw new dev.ecomops.core.CurrencyMismatchException(currency, c);
      }
    }
  }

  // Copies with one attribute changed; the generated implementation provides them. Values only: the
  // order service decides when a change is allowed.

  /** This order with {@code holds} instead of its holds. */
  public abstract Order withHolds(Iterable<? extends Hold> holds);

  /** This order with {@code intent} recorded as its pending stock command. */
  public abstract Order withPending(StockIntent intent);

  /** This order with {@code intent} as its pending stock command, or none. */
  public abstract Order withPending(Optional<? extends StockIntent> intent);

  /** This order with a new ship-to address. */
  public abstract Order withShipTo(Address shipTo);

  /** This order with a new ship-to position, or none. */
  public abstract Order withShipToPosition(Optional<? extends GeoPoint> position);

  /** This order with {@code lines} instead of its lines. */
  public abstract Order withLines(Iterable<? extends OrderLineState> lines);

  /** This order as stored version {@code version} (for repositories and the order service's writes). */
  public abstract Order withVersion(long version);
}
