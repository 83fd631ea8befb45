package dev.ecomops.core.allocation.service;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationOutcome;
import dev.ecomops.core.allocation.AllocationPlan;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.Candidate;
import dev.ecomops.core.allocation.PlanCheck;
import dev.ecomops.core.allocation.PlannedShipment;
import dev.ecomops.core.allocation.Shipment;
import dev.ecomops.core.allocation.StockView;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.spi.CommitRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Allocates orders: filters the catalog's locations for each request, reads what each can
 * promise, asks the strategy for a plan, applies the request's policy and holds every line of the
 * plan in one commit ({@link StockKeeper#reserveAll}), so that either the whole plan is held or
 * nothing is. When stock changed between the read and the commit, it reads again and re-plans;
 * concurrent allocations therefore never oversell and never leave a reservation behind.
 *
 * <p>Reservations are referenced {@code orderId/lineId}. Thread safe.
 */
public final class Allocator {
  /** Re-plans after a lost race before giving up; each loss means another order took stock. */

  private final StockKeeper keeper;
  private final AllocationStrategy strategy;
  /** Filtered location lists by destination country and capabilities; orders repeat a few combinations. */
  private final java.util.concurrent.ConcurrentHashMap<String, Filtered> filtered = new java.util.concurrent.ConcurrentHashMap<>();

  private Allocator(StockKeeper keeper, AllocationStrategy strategy) {
    this.keeper = keeper;
    this.strategy = strategy;
  }

  /**
   * An allocator over a keeper's stock with a default strategy.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Allocator of(StockKeeper keeper, AllocationStrategy strategy) {
    return new Allocator(Objects.requireNonNull(keeper, "keeper"), Objects.requireNonNull(strategy, "strategy"));
  }

  /** The default strategy. */
  public AllocationStrategy strategy() {
    return strategy;
  }

  /**
   * The locations a request may ship from: not excluded, allowed to ship to its country, with every
   * required capability; in the catalog's order (priority, then id), each with its distance.
   */
  public List<Candidate> candidates(AllocationRequest request) {
    List<Candidate> out = new ArrayList<>();
    for (Location l : allowed(request)) {
      out.add(new Candidate(l, request.shipTo().map(p -> l.position().distanceKm(p)).orElse(Double.NaN)));
    }
    return out;
  }

  private List<Location> allowed(AllocationRequest request) {
    List<Location> all = keeper.catalog().locations();
    String key = request.shipToCountry() + "|" + request.requiredCapabilities();
    Filtered f = filtered.get(key);
    if (f == null || f.source != all) {
      List<Location> out = new ArrayList<>();
      for (Location l : all) {
        if (l.canShipTo(request.shipToCountry()) && l.capabilities().containsAll(request.requiredCapabilities())) {
          out.add(l);
        }
      }
      f = new Filtered(all, List.copyOf(out));
      if (filtered.size() < 1_000) {
        filtered.put(key, f);
      }
    }
    if (request.excludedLocations().isEmpty()) {
      return f.allowed;
    }
    List<Location> out = new ArrayList<>(f.allowed.size());
    for (Location l : f.allowed) {
      if (!request.excludedLocations().contains(l.id())) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * The locations allowed for a country and set of capabilities, computed from one version of the
   * catalog's list (a catalog returns a new list when its locations change, so identity tells).
   */
  private record Filtered(List<Location> source, List<Location> allowed) {}

  /**
   * The candidates of an attempt with their distances, computed only for locations that hold some
   * of the order (the others cannot be chosen; their distance is left unknown).
   */
  private static List<Candidate> candidates(AllocationRequest request, List<Location> allowed, StockView view) {
    List<AllocationLine> lines = request.lines();
    long[][] rows = new long[lines.size()][];
    for (int j = 0; j < rows.length; j++) {
      rows[j] = view.row(lines.get(j).sku());
    }
    GeoPoint to = request.shipTo().orElse(null);
    Candidate[] out = new Candidate[allowed.size()];
    for (int i = 0; i < out.length; i++) {
      Location l = allowed.get(i);
      boolean holds = false;
      for (long[] row : rows) {
        if (row != null && row[i] > 0) {
          holds = true;
          break;
        }
      }
      out[i] = new Candidate(l, holds && to != null ? l.position().distanceKm(to) : Double.NaN);
    }
    return Arrays.asList(out);
  }

  /** What each candidate can promise of each of the request's SKUs, now. */
  public StockView snapshot(AllocationRequest request, List<Candidate> candidates) {
    List<Location> at = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      at.add(c.location());
    }
    return snapshotAt(request, at);
  }

  private StockView snapshotAt(AllocationRequest request, List<Location> locations) {
    Set<Sku> skus = new LinkedHashSet<>();
    for (AllocationLine l : request.lines()) {
      skus.add(l.sku());
    }
    List<LocationId> at = new ArrayList<>(locations.size());
    for (Location l : locations) {
      at.add(l.id());
    }
    StockView view = StockView.over(at);
    for (Sku sku : skus) {
      long[] units = keeper.availableAt(sku, at);
      for (int i = 0; i < units.length; i++) {
        units[i] = Math.max(0, units[i]);
      }
      view.putRow(sku, units);
    }
    return view;
  }

  /** A dry run with the default strategy: the plan it would hold now, holding nothing. */
  public AllocationPlan plan(AllocationRequest request) {
    requireKnownSkus(request);
    List<Candidate> candidates = candidates(request);
    return strategy.plan(request, candidates, snapshot(request, candidates));
  }

  /** Allocates with the default strategy; see {@link #allocate(AllocationRequest, AllocationStrategy)}. */
  public Allocation allocate(AllocationRequest request) {
    return allocate(request, strategy);
  }

  /**
   * Plans the request and holds the plan atomically, applying its policy: {@code REJECT} holds
   * nothing unless everything can be held; {@code BACKORDER} holds what can be held and backorders
   * the rest (under ship-complete it holds nothing and backorders all); {@code PARTIAL} holds what
   * can be held and gives up the rest. Idempotent under the request's key: a replay returns the
   * first allocation, rebuilt from its reservations.
   *
   * @return the allocation
   * @throws ValidationException if a SKU is unknown or the key was used for another order
   * @throws IllegalStateException if the strategy breaks its contract
   * @throws dev.ecomops.core.retry.RetriesExhaustedException if stock kept changing under it until
   *     the keeper's retry policy gave up; nothing is held then
   */
  public Allocation allocate(AllocationRequest request, AllocationStrategy with) {
    requireKnownSkus(request);
    Optional<CommitRecord> earlier = keeper.store().committed(request.idempotencyKey());
    if (earlier.isPresent()) {
      return replay(request, with, earlier.get());
    }
    dev.ecomops.core.retry.RetryPolicy.Attempts attempts = null;
    while (true) {
      List<Location> allowed = allowed(request);
      StockView view = snapshotAt(request, allowed);
      List<Candidate> candidates = candidates(request, allowed, view);
      AllocationPlan plan = with.plan(request, candidates, view);
      PlanCheck.verify(with, request, candidates, view, plan);
      AllocationPolicy policy = request.policy();
      if (plan.shipments().isEmpty() || (!plan.isComplete() && (policy.whenShort() == AllocationPolicy.WhenShort.REJECT
          || (policy.whenShort() == AllocationPolicy.WhenShort.BACKORDER
              && policy.split() == AllocationPolicy.Split.SHIP_COMPLETE)))) {
        // the key is claimed for "nothing held": a replay (another node completing the same order
        // intent) must not hold stock that arrived since, which no order line would ever attach
        Optional<CommitRecord> raced = keeper.recordNothing(request.idempotencyKey(), "allocate|" + request.orderId());
        return raced.isPresent() ? replay(request, with, raced.get()) : nothingHeld(request, with);
      }
      try {
        return hold(request, plan);
      } catch (InsufficientStockException raced) {
        if (attempts == null) {
          attempts = keeper.retryPolicy().start("allocation of order", request.orderId());
        }
        attempts.backOff();
      }
    }
  }

  /**
   * Moves the lines a location was to ship elsewhere, when it cannot fulfil them (a 3PL rejected
   * the order, a pick found a short): allocates those lines with that location excluded, then
   * releases its reservations, so the lines are never unheld in between. Under {@code REJECT}, if
   * the lines cannot all move, every reservation of the order is released.
   *
   * @param request the order as first allocated
   * @param current its allocation now
   * @param failed the location that cannot fulfil
   * @param key the key of this re-allocation
   * @return the allocation after the move ({@code current} unchanged if {@code failed} ships nothing)
   */
  public Allocation reallocate(AllocationRequest request, Allocation current, LocationId failed, IdempotencyKey key) {
    List<Shipment> kept = new ArrayList<>();
    List<AllocationLine> moved = new ArrayList<>();
    List<Reservation> toRelease = new ArrayList<>();
    for (Shipment s : current.shipments()) {
      if (s.location().equals(failed)) {
        moved.addAll(s.lines());
        toRelease.addAll(s.reservations());
      } else {
        kept.add(s);
      }
    }
    if (moved.isEmpty()) {
      return current;
    }
    Set<LocationId> excluded = new HashSet<>(request.excludedLocations());
    excluded.add(failed);
    AllocationPolicy policy = request.policy();
    AllocationRequest sub = AllocationRequest.builder().orderId(request.orderId()).addAllLines(moved)
        .shipToCountry(request.shipToCountry()).shipTo(request.shipTo()).addAllRequiredCapabilities(request.requiredCapabilities())
        .addAllExcludedLocations(excluded).idempotencyKey(key)
        .policy(policy.withMaxShipments(Math.max(1, policy.maxShipments() == Integer.MAX_VALUE ? Integer.MAX_VALUE
            : policy.maxShipments() - kept.size())))
        .build();
    Allocation moveResult = allocate(sub);
    keeper.releaseAll(toRelease.stream().map(Reservation::id).toList());
    if (policy.whenShort() == AllocationPolicy.WhenShort.REJECT && moveResult.outcome() != AllocationOutcome.ALLOCATED) {
      cancel(current);
      return new Allocation(request.orderId(), AllocationOutcome.REJECTED, moveResult.strategy(), List.of(), List.of(),
          request.lines());
    }
    List<Shipment> shipments = new ArrayList<>(kept);
    shipments.addAll(moveResult.shipments());
    List<AllocationLine> backordered = new ArrayList<>(current.backordered());
    backordered.addAll(moveResult.backordered());
    List<AllocationLine> unfilled = new ArrayList<>(current.unfilled());
    unfilled.addAll(moveResult.unfilled());
    return new Allocation(request.orderId(), outcome(request, shipments, moveResult.outcome()), current.strategy(),
        shipments, backordered, unfilled);
  }

  /**
   * Releases every unit an allocation still holds (cancelling the order), in one commit.
   * Idempotent.
   *
   * @return the reservations after release
   */
  public List<Reservation> cancel(Allocation allocation) {
    return keeper.releaseAll(allocation.reservations().stream().map(Reservation::id).toList());
  }

  private Allocation hold(AllocationRequest request, AllocationPlan plan) {
    List<ReserveRequest> requests = new ArrayList<>();
    for (PlannedShipment s : plan.shipments()) {
      for (AllocationLine l : s.lines()) {
        requests.add(ReserveRequest.builder().sku(l.sku()).location(s.location()).quantity(l.quantity())
            .reference(request.orderId() + "/" + l.lineId()).timeToLive(request.timeToLive())
            .idempotencyKey(request.idempotencyKey()).build());
      }
    }
    List<Reservation> held = keeper.reserveAll(requests, request.idempotencyKey());
    List<Shipment> shipments = new ArrayList<>();
    int i = 0;
    for (PlannedShipment s : plan.shipments()) {
      List<Reservation> mine = held.subList(i, i + s.lines().size());
      i += s.lines().size();
      shipments.add(new Shipment(s.location(), s.lines(), mine, s.decidedBy(), s.alternatives()));
    }
    boolean backorder = request.policy().whenShort() == AllocationPolicy.WhenShort.BACKORDER;
    return new Allocation(request.orderId(), plan.isComplete() ? AllocationOutcome.ALLOCATED : AllocationOutcome.PARTLY_ALLOCATED,
        plan.strategy(), shipments, backorder ? plan.shortfall() : List.of(), backorder ? List.of() : plan.shortfall());
  }

  private static Allocation nothingHeld(AllocationRequest request, AllocationStrategy with) {
    boolean backorder = request.policy().whenShort() == AllocationPolicy.WhenShort.BACKORDER;
    return new Allocation(request.orderId(), backorder ? AllocationOutcome.BACKORDERED : AllocationOutcome.REJECTED,
        with.name(), List.of(), backorder ? request.lines() : List.of(), backorder ? List.of() : request.lines());
  }

  /** Rebuilds an applied allocation from the reservations its commit recorded. */
  private static Allocation replay(AllocationRequest request, AllocationStrategy with, CommitRecord record) {
    if (record.reservations().isEmpty() && record.movements().isEmpty()) {
      return nothingHeld(request, with); // recordNothing's record: the first run held nothing
    }
    String prefix = request.orderId() + "/";
    Map<LocationId, List<Reservation>> byLocation = new LinkedHashMap<>();
    for (Reservation r : record.reservations()) {
      if (!r.reference().startsWith(prefix)) {
        throw ValidationException.of("idempotencyKey", "was already used for a different command", request.idempotencyKey());
      }
      byLocation.computeIfAbsent(r.location(), k -> new ArrayList<>()).add(r);
    }
    List<Shipment> shipments = new ArrayList<>();
    Map<String, Long> held = new LinkedHashMap<>();
    byLocation.forEach((loc, rs) -> {
      List<AllocationLine> lines = new ArrayList<>();
      for (Reservation r : rs) {
        String lineId = r.reference().substring(prefix.length());
        lines.add(AllocationLine.of(lineId, r.sku(), r.quantity()));
        held.merge(lineId, r.quantity(), Long::sum);
      }
      shipments.add(new Shipment(loc, lines, rs, "replayed", List.of()));
    });
    List<AllocationLine> shortfall = new ArrayList<>();
    for (AllocationLine l : request.lines()) {
      long missing = l.quantity() - held.getOrDefault(l.lineId(), 0L);
      if (missing > 0) {
        shortfall.add(l.withQuantity(missing));
      }
    }
    boolean backorder = request.policy().whenShort() == AllocationPolicy.WhenShort.BACKORDER;
    return new Allocation(request.orderId(), shortfall.isEmpty() ? AllocationOutcome.ALLOCATED
        : AllocationOutcome.PARTLY_ALLOCATED, with.name(), shipments, backorder ? shortfall : List.of(),
        backorder ? List.of() : shortfall);
  }

  private static AllocationOutcome outcome(AllocationRequest request, List<Shipment> shipments, AllocationOutcome ifNone) {
    long held = 0;
    for (Shipment s : shipments) {
      for (AllocationLine l : s.lines()) {
        held += l.quantity();
      }
    }
    if (held == 0) {
      return ifNone == AllocationOutcome.REJECTED ? AllocationOutcome.REJECTED : AllocationOutcome.BACKORDERED;
    }
    return held == request.units() ? AllocationOutcome.ALLOCATED : AllocationOutcome.PARTLY_ALLOCATED;
  }

  private void requireKnownSkus(AllocationRequest request) {
    for (int i = 0; i < request.lines().size(); i++) {
      Sku sku = request.lines().get(i).sku();
      if (keeper.catalog().product(sku).isEmpty()) {
        throw ValidationException.of("lines[" + i + "].sku", "must be a known product", sku);
      }
    }
  }
}
