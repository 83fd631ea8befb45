package dev.ecomops.core.allocation.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationOutcome;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationPolicy.Split;
import dev.ecomops.core.allocation.AllocationPolicy.WhenShort;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.Shipment;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.StockKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Allocator under real threads")
class AllocatorConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ORDERS_PER_THREAD = 400;
  private static final List<LocationId> LOCS = List.of(World.NYC, World.LAX, World.CHI);
  private static final List<Sku> SKUS = List.of(World.X, World.Y, World.Z);
  private static final long STOCK = 60;

  record Placed(AllocationRequest request, Allocation allocation) {}

  @Test
  @DisplayName("8 threads allocating random orders with random policies and strategies over shared stock: never oversold, every outcome as its policy says, no reservation left behind")
  void competingOrders() throws Exception {
    World w = new World();
    for (LocationId l : LOCS) {
      for (Sku s : SKUS) {
        w.stock(s, l, STOCK);
      }
    }
    List<AllocationStrategy> strategies = AllocationProperties.strategies();
    ConcurrentLinkedQueue<Placed> placed = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      threads.add(new Thread(() -> {
        SplittableRandom rnd = new SplittableRandom(id);
        try {
          start.await();
          for (int i = 0; i < ORDERS_PER_THREAD; i++) {
            AllocationRequest r = randomOrder(rnd, "t" + id + "-" + i);
            Allocation a = Allocator.of(w.keeper, strategies.get(rnd.nextInt(strategies.size()))).allocate(r);
            placed.add(new Placed(r, a));
            if (rnd.nextInt(4) == 0) {
              Allocator.of(w.keeper, PriorityStrategy.create()).cancel(a);
              placed.add(new Placed(r, new Allocation(r.orderId(), AllocationOutcome.REJECTED, "cancelled", List.of(),
                  List.of(), r.lines())));
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();

    Map<String, Placed> last = new HashMap<>();
    for (Placed p : placed) {
      last.merge(p.request().orderId(), p, (a, b) -> b.allocation().strategy().equals("cancelled") ? b : a);
    }
    Map<StockKey, Long> held = new HashMap<>();
    for (Placed p : last.values()) {
      Allocation a = p.allocation();
      AllocationPolicy policy = p.request().policy();
      long units = p.request().units();
      long heldUnits = a.shipments().stream().flatMap(s -> s.lines().stream()).mapToLong(AllocationLine::quantity).sum();
      long back = a.backordered().stream().mapToLong(AllocationLine::quantity).sum();
      long unfilled = a.unfilled().stream().mapToLong(AllocationLine::quantity).sum();
      assertThat(heldUnits + back + unfilled).as("every unit of %s accounted for", a.orderId()).isEqualTo(units);
      if (!a.strategy().equals("cancelled")) {
        switch (policy.whenShort()) {
          case REJECT -> assertThat(heldUnits == units || (heldUnits == 0 && a.outcome() == AllocationOutcome.REJECTED))
              .as("reject: all or nothing for %s", a).isTrue();
          case BACKORDER -> assertThat(unfilled).isZero();
          case PARTIAL -> assertThat(back).isZero();
        }
        if (policy.split() == Split.SHIP_COMPLETE) {
          assertThat(a.shipments()).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(a.shipments()).hasSizeLessThanOrEqualTo(policy.shipmentLimit());
        for (Shipment s : a.shipments()) {
          for (Reservation r : s.reservations()) {
            held.merge(StockKey.of(r.sku(), r.location()), r.quantity(), Long::sum);
          }
        }
      }
    }
    for (LocationId l : LOCS) {
      for (Sku s : SKUS) {
        StockKey k = StockKey.of(s, l);
        long reserved = w.keeper.balance(k).reserved();
        assertThat(reserved).as("reserved at %s equals what live allocations hold (nothing stranded)", k)
            .isEqualTo(held.getOrDefault(k, 0L));
        assertThat(reserved).as("never oversold at %s", k).isLessThanOrEqualTo(STOCK);
        assertThat(w.keeper.available(k)).isGreaterThanOrEqualTo(0);
      }
    }
    // some orders had to compete: the stock ran out for at least one SKU somewhere
    assertThat(last.values()).anyMatch(p -> p.allocation().outcome() != AllocationOutcome.ALLOCATED
        && !p.allocation().strategy().equals("cancelled"));
  }

  private static AllocationRequest randomOrder(SplittableRandom rnd, String id) {
    AllocationPolicy policy = new AllocationPolicy(rnd.nextInt(4) == 0 ? Split.SHIP_COMPLETE : Split.ALLOW_SPLIT,
        WhenShort.values()[rnd.nextInt(3)], 1 + rnd.nextInt(3));
    AllocationRequest.Builder b = AllocationRequest.builder().orderId(id).shipToCountry("US")
        .shipTo(GeoPoint.of(30 + rnd.nextInt(15), -120 + rnd.nextInt(50))).policy(policy)
        .idempotencyKey(IdempotencyKey.of("alloc-" + id));
    int lines = 1 + rnd.nextInt(3);
    for (int i = 0; i < lines; i++) {
      b.addLines(AllocationLine.of("l" + i, SKUS.get(rnd.nextInt(SKUS.size())), 1 + rnd.nextInt(4)));
    }
    return b.build();
  }
}
