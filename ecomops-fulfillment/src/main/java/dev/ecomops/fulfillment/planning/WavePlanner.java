package dev.ecomops.fulfillment.planning;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Wave planning: released orders grouped into waves of limited capacity, the ones whose carrier
 * leaves first going first, higher priority first among equal cut-offs. Each wave is due to
 * finish by its earliest cut-off; waves run back to back from a start time, each taking its units
 * over the pick rate, and an order whose wave would finish after its cut-off is reported late.
 */
public final class WavePlanner {
  private final long capacity;
  private final double unitsPerHour;

  /**
   * One order to plan.
   *
   * @param orderId the order
   * @param cutoff when its carrier collects
   * @param priority higher goes first among equal cut-offs
   * @param units units to pick, at least 1
   */
  public record WaveOrder(OrderId orderId, Instant cutoff, int priority, long units) {
    /** @throws ValidationException naming {@code units} when below 1 */
    public WaveOrder {
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(cutoff, "cutoff");
      if (units < 1) {
        throw ValidationException.of("units", "must be at least 1", units);
      }
    }
  }

  /**
   * A wave.
   *
   * @param number from 1
   * @param orders its orders in release order
   * @param units units in it
   * @param start when it starts
   * @param finish when it is expected to finish
   * @param due its earliest cut-off
   * @param late its orders whose cut-off falls before the wave's finish
   */
  public record Wave(int number, List<WaveOrder> orders, long units, Instant start, Instant finish, Instant due,
      List<WaveOrder> late) {
    /** Copies the lists. */
    public Wave {
      orders = List.copyOf(orders);
      late = List.copyOf(late);
    }
  }

  /**
   * @param capacity units a wave holds, at least 1
   * @param unitsPerHour the floor's pick rate in units an hour, positive
   * @throws ValidationException naming the field that breaks its rule
   */
  public WavePlanner(long capacity, double unitsPerHour) {
    if (capacity < 1) {
      throw ValidationException.of("capacity", "must be at least 1", capacity);
    }
    if (!(unitsPerHour > 0) || Double.isInfinite(unitsPerHour)) {
      throw ValidationException.of("unitsPerHour", "must be positive and finite", unitsPerHour);
    }
    this.capacity = capacity;
    this.unitsPerHour = unitsPerHour;
  }

  /**
   * Plans waves starting at {@code start}.
   *
   * @throws ValidationException naming {@code orders} when one order alone exceeds a wave
   */
  public List<Wave> plan(List<WaveOrder> orders, Instant start) {
    List<WaveOrder> sorted = new ArrayList<>(orders);
    for (WaveOrder o : sorted) {
      if (o.units() > capacity) {
        throw ValidationException.of("orders", "order " + o.orderId() + " has more units than a wave holds", o.units());
      }
    }
    sorted.sort(Comparator.comparing(WaveOrder::cutoff).thenComparing(Comparator.comparingInt(WaveOrder::priority)
        .reversed()).thenComparing(WaveOrder::orderId));
    List<Wave> waves = new ArrayList<>();
    List<WaveOrder> current = new ArrayList<>();
    long units = 0;
    Instant at = start;
    for (WaveOrder o : sorted) {
      if (units + o.units() > capacity) {
        at = close(waves, current, units, at);
        current = new ArrayList<>();
        units = 0;
      }
      current.add(o);
      units += o.units();
    }
    if (!current.isEmpty()) {
      close(waves, current, units, at);
    }
    return waves;
  }

  private Instant close(List<Wave> waves, List<WaveOrder> orders, long units, Instant start) {
    Instant finish = start.plus(Duration.ofMillis(Math.round(units / unitsPerHour * 3_600_000)));
    Instant due = orders.stream().map(WaveOrder::cutoff).min(Comparator.naturalOrder()).orElseThrow();
    List<WaveOrder> late = orders.stream().filter(o -> o.cutoff().isBefore(finish)).toList();
    waves.add(new Wave(waves.size() + 1, orders, units, start, finish, due, late));
    return finish;
  }
}
