package dev.ecomops.shipping.shopping;

import dev.ecomops.core.Money;
import dev.ecomops.shipping.spi.Carrier;
import dev.ecomops.shipping.spi.RateQuote;
import dev.ecomops.shipping.spi.ShipmentRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rate shopping across carriers and services: the cheapest quote that arrives by a date, or the
 * fastest within a budget. Every other quote comes back as rejected, with the reason. Quotes are
 * compared by total (all in one currency) and by the delivery date a function gives for each
 * (usually a {@link dev.ecomops.shipping.promise.DeliveryPromise} over the quote's transit days).
 * Thread safe when the carriers are.
 */
public final class RateShopper {
  private final List<Carrier> carriers;

  /** Shops across these carriers. */
  public RateShopper(List<Carrier> carriers) {
    this.carriers = List.copyOf(carriers);
  }

  /**
   * A quote that lost, and why.
   *
   * @param quote the quote
   * @param arrives when it would arrive (empty when shopping by transit days)
   * @param reason why it was not chosen
   */
  public record Rejected(RateQuote quote, Optional<LocalDate> arrives, String reason) {}

  /**
   * The outcome.
   *
   * @param chosen the winner, if any quote qualified
   * @param arrives the winner's delivery date, if any
   * @param rejected every other quote, with the reason
   */
  public record Choice(Optional<RateQuote> chosen, Optional<LocalDate> arrives, List<Rejected> rejected) {
    /** Copies the list. */
    public Choice {
      rejected = List.copyOf(rejected);
    }
  }

  /** Every carrier's quotes for a shipment. */
  public List<RateQuote> quotes(ShipmentRequest shipment) {
    List<RateQuote> all = new ArrayList<>();
    for (Carrier c : carriers) {
      all.addAll(c.quote(shipment));
    }
    return all;
  }

  /** The cheapest quote arriving on or before {@code deadline} (earlier arrival breaks ties). */
  public Choice cheapestBy(ShipmentRequest shipment, LocalDate deadline, Function<RateQuote, LocalDate> arrival) {
    Objects.requireNonNull(deadline, "deadline");
    return choose(quotes(shipment), arrival, s -> !s.arrives.isAfter(deadline),
        Comparator.<Scored, Money>comparing(s -> s.quote.total()).thenComparing(s -> s.arrives),
        s -> "arrives " + s.arrives + ", after the promised " + deadline, "costs more than the chosen");
  }

  /**
   * The cheapest quote with at most {@code maxTransitDays} business days in transit (fewer days
   * break ties), when no calendar is at hand; {@link Choice#arrives} is then empty.
   */
  public Choice cheapestWithin(ShipmentRequest shipment, int maxTransitDays) {
    Choice c = choose(quotes(shipment), q -> LocalDate.EPOCH.plusDays(q.transitDays()),
        s -> s.quote.transitDays() <= maxTransitDays,
        Comparator.<Scored, Money>comparing(s -> s.quote.total()).thenComparing(s -> s.arrives),
        s -> "takes " + s.quote.transitDays() + " transit days, more than the " + maxTransitDays + " allowed",
        "costs more than the chosen");
    return new Choice(c.chosen(), Optional.empty(),
        c.rejected().stream().map(r -> new Rejected(r.quote(), Optional.empty(), r.reason())).toList());
  }

  /** The earliest-arriving quote costing at most {@code budget} (the cheaper breaks ties). */
  public Choice fastestWithin(ShipmentRequest shipment, Money budget, Function<RateQuote, LocalDate> arrival) {
    Objects.requireNonNull(budget, "budget");
    return choose(quotes(shipment), arrival, s -> s.quote.total().compareTo(budget) <= 0,
        Comparator.<Scored, LocalDate>comparing(s -> s.arrives).thenComparing(s -> s.quote.total()),
        s -> "costs more than the budget " + budget, "arrives later than (or costs more than) the chosen");
  }

  private record Scored(RateQuote quote, LocalDate arrives) {}

  private static Choice choose(List<RateQuote> quotes, Function<RateQuote, LocalDate> arrival,
      java.util.function.Predicate<Scored> eligible, Comparator<Scored> order, Function<Scored, String> whyNot,
      String lost) {
    List<Scored> ok = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (RateQuote q : quotes) {
      Scored s = new Scored(q, arrival.apply(q));
      if (eligible.test(s)) {
        ok.add(s);
      } else {
        rejected.add(new Rejected(q, Optional.of(s.arrives), whyNot.apply(s)));
      }
    }
    if (ok.isEmpty()) {
      return new Choice(Optional.empty(), Optional.empty(), rejected);
    }
    ok.sort(order);
    Scored best = ok.get(0);
    for (Scored s : ok.subList(1, ok.size())) {
      rejected.add(new Rejected(s.quote, Optional.of(s.arrives), lost + " " + best.quote.carrier() + " "
          + best.quote.service()));
    }
    return new Choice(Optional.of(best.quote), Optional.of(best.arrives), rejected);
  }
}
