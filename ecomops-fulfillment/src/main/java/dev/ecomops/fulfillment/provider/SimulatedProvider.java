package dev.ecomops.fulfillment.provider;

import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.spi.FulfillmentProvider;
import dev.ecomops.fulfillment.spi.FulfillmentRequest;
import dev.ecomops.fulfillment.spi.ShipmentConfirmation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An in-memory 3PL for tests, demos and the simulator: an order ships a fixed processing time after
 * it was submitted (by the injected clock, checked when polled), with carrier {@code SIM} and
 * tracking numbers {@code SIM000001}, … in shipping order. Cancelling works until it ships.
 * Thread safe.
 */
public final class SimulatedProvider implements FulfillmentProvider {
  private final String name;
  private final Clock clock;
  private final Duration processing;
  private final Map<String, Pending> byReference = new LinkedHashMap<>();
  private final Map<String, String> referenceByOrder = new HashMap<>();
  private int sequence;
  private int shipped;

  private static final class Pending {
    final FulfillmentRequest request;
    final Instant due;
    boolean cancelled;
    boolean done;

    Pending(FulfillmentRequest request, Instant due) {
      this.request = request;
      this.due = due;
    }
  }

  /**
   * @param processing how long after submission an order ships, at least 0
   * @throws ValidationException naming {@code processing} when negative
   */
  public SimulatedProvider(String name, Clock clock, Duration processing) {
    if (processing.isNegative()) {
      throw ValidationException.of("processing", "must not be negative", processing);
    }
    this.name = Objects.requireNonNull(name, "name");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.processing = processing;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized String submit(FulfillmentRequest request) {
    String existing = referenceByOrder.get(request.orderId().value());
    if (existing != null) {
      return existing;
    }
    String reference = String.format("%s-%06d", name, ++sequence);
    byReference.put(reference, new Pending(request, clock.instant().plus(processing)));
    referenceByOrder.put(request.orderId().value(), reference);
    return reference;
  }

  @Override
  public synchronized boolean cancel(String reference) {
    Pending p = byReference.get(reference);
    if (p == null || p.done) {
      return false;
    }
    p.cancelled = true;
    return true;
  }

  @Override
  public synchronized List<ShipmentConfirmation> poll() {
    Instant now = clock.instant();
    List<ShipmentConfirmation> out = new ArrayList<>();
    for (Map.Entry<String, Pending> e : byReference.entrySet()) {
      Pending p = e.getValue();
      if (!p.cancelled && !p.done && !p.due.isAfter(now)) {
        p.done = true;
        out.add(new ShipmentConfirmation(e.getKey(), p.request.orderId(), "SIM", String.format("SIM%06d", ++shipped),
            p.request.units(), p.due));
      }
    }
    return out;
  }
}
