package dev.ecomops.forecasting.series;

import dev.ecomops.core.Check;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderLineState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Demand of one series (a SKU, a SKU at a location) on regular periods, oldest first, with the
 * periods a stockout censored: demand seen then is a lower bound, not demand, and forecasting
 * methods skip those periods rather than learn from them. Immutable.
 */
public final class DemandSeries {
  private final String id;
  private final Period period;
  private final LocalDate start;
  private final int seasonLength;
  private final double[] values;
  private final boolean[] censored;

  private DemandSeries(String id, Period period, LocalDate start, int seasonLength, double[] values, boolean[] censored) {
    this.id = Check.text("id", id, 200);
    this.period = Objects.requireNonNull(period, "period");
    this.start = period.start(Objects.requireNonNull(start, "start"));
    if (seasonLength < 1) {
      throw ValidationException.of("seasonLength", "must be at least 1", seasonLength);
    }
    this.seasonLength = seasonLength;
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
        throw ValidationException.of("values[" + i + "]", "must be a finite number at least 0", values[i]);
      }
    }
    this.values = values;
    this.censored = censored;
  }

  /**
   * A series of the given values, one per period from {@code start}.
   *
   * @throws ValidationException naming the field if the id is blank, the season length below 1, or a value negative or not finite
   */
  public static DemandSeries of(String id, Period period, LocalDate start, int seasonLength, double... values) {
    return new DemandSeries(id, period, start, seasonLength, values.clone(), new boolean[values.length]);
  }

  /**
   * A series built from dated demand (order lines, for example): quantities summed per period,
   * periods without demand zero, from the period of {@code from} to that of {@code to}.
   *
   * @param demand quantity per day; days outside the range are ignored
   * @throws ValidationException if {@code to} is before {@code from} or a quantity is negative
   */
  public static DemandSeries fromDaily(String id, Period period, LocalDate from, LocalDate to, Map<LocalDate, Double> demand) {
    if (to.isBefore(from)) {
      throw ValidationException.of("to", "must not be before from", to);
    }
    int n = (int) period.between(from, to) + 1;
    double[] values = new double[n];
    NavigableMap<LocalDate, Double> sorted = new TreeMap<>(demand);
    for (Map.Entry<LocalDate, Double> e : sorted.subMap(period.start(from), true, to, true).entrySet()) {
      if (e.getValue() < 0) {
        throw ValidationException.of("demand[" + e.getKey() + "]", "must be at least 0", e.getValue());
      }
      values[(int) period.between(from, e.getKey())] += e.getValue();
    }
    return new DemandSeries(id, period, from, period.defaultSeasonLength(), values, new boolean[n]);
  }

  /**
   * The demand for one SKU from orders: each line's ordered quantity counted on the day its order
   * was placed (in {@code zone}), summed per period, periods without orders zero. Every line
   * counts, whatever became of it: a line cut short or cancelled for want of stock was still
   * demand, and leaving it out would teach the forecast the stockout. The series' id is the SKU.
   *
   * @param zone the business's time zone, which decides an order's day
   * @throws ValidationException if {@code to} is before {@code from}
   */
  public static DemandSeries fromOrders(Sku sku, Period period, LocalDate from, LocalDate to, ZoneId zone,
      Collection<Order> orders) {
    Map<LocalDate, Double> daily = new HashMap<>();
    for (Order o : orders) {
      LocalDate day = o.placedAt().atZone(zone).toLocalDate();
      for (OrderLineState l : o.lines()) {
        if (l.line().sku().equals(sku)) {
          daily.merge(day, (double) l.line().quantity(), Double::sum);
        }
      }
    }
    return fromDaily(sku.value(), period, from, to, daily);
  }

  /** The series id. */
  public String id() {
    return id;
  }

  /** The period length. */
  public Period period() {
    return period;
  }

  /** The first day of the first period. */
  public LocalDate start() {
    return start;
  }

  /** Periods per season (1 for none). */
  public int seasonLength() {
    return seasonLength;
  }

  /** Number of periods. */
  public int length() {
    return values.length;
  }

  /** The demand of each period, oldest first (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** The demand of period {@code i} (0 is the oldest). */
  public double value(int i) {
    return values[i];
  }

  /** Whether a stockout censored period {@code i}. */
  public boolean isCensored(int i) {
    return censored[i];
  }

  /** The values of the periods not censored, oldest first: what methods learn from. */
  public double[] uncensoredValues() {
    int n = 0;
    for (boolean c : censored) {
      n += c ? 0 : 1;
    }
    double[] out = new double[n];
    int j = 0;
    for (int i = 0; i < values.length; i++) {
      if (!censored[i]) {
        out[j++] = values[i];
      }
    }
    return out;
  }

  /**
   * The same series with some periods marked censored by a stockout.
   *
   * @param periods indices of censored periods
   * @throws ValidationException naming {@code periods} if an index is out of range
   */
  public DemandSeries withCensored(int... periods) {
    boolean[] c = censored.clone();
    for (int p : periods) {
      if (p < 0 || p >= values.length) {
        throw ValidationException.of("periods", "must be between 0 and " + (values.length - 1), p);
      }
      c[p] = true;
    }
    return new DemandSeries(id, period, start, seasonLength, values, c);
  }

  /** The same values with another season length. */
  public DemandSeries withSeasonLength(int seasonLength) {
    return new DemandSeries(id, period, start, seasonLength, values, censored);
  }

  /**
   * This daily or weekly series summed into longer periods (day to week or month, week to month
   * by the day each week starts on). A longer period is censored if any of its parts is. Partial
   * periods at either end are kept as they are.
   *
   * @throws ValidationException naming {@code to} unless it is longer than this series' period
   */
  public DemandSeries aggregate(Period to) {
    if (to.ordinal() <= period.ordinal()) {
      throw ValidationException.of("to", "must be a longer period than " + period, to);
    }
    LocalDate first = to.start(start);
    LocalDate lastDay = period.plus(start, values.length - 1);
    int n = (int) to.between(first, lastDay) + 1;
    double[] out = new double[n];
    boolean[] cens = new boolean[n];
    for (int i = 0; i < values.length; i++) {
      int k = (int) to.between(first, period.plus(start, i));
      out[k] += values[i];
      cens[k] |= censored[i];
    }
    return new DemandSeries(id, to, first, to.defaultSeasonLength(), out, cens);
  }

  @Override
  public String toString() {
    return "DemandSeries{" + id + ", " + period + " from " + start + ", " + values.length + " periods}";
  }
}
