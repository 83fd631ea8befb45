package dev.ecomops.core.order.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.Sku;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OrderManager under real threads")
class OrderManagerConcurrencyTest {

  @Test
  @DisplayName("4 threads placing, editing, cancelling and releasing orders over shared stock: reserved stock equals what the orders hold, never more than on hand")
  void editsNeverLeakOrDoubleReservations() throws Exception {
    OrderManagerTest t = new OrderManagerTest();
    List<Sku> skus = List.of(OrderManagerTest.TEE, OrderManagerTest.MUG);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    Map<String, Boolean> placed = new ConcurrentHashMap<>();
    CyclicBarrier start = new CyclicBarrier(4);
    List<Thread> threads = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      int id = n;
      threads.add(new Thread(() -> {
        SplittableRandom rnd = new SplittableRandom(id);
        try {
          start.await();
          for (int step = 0; step < 150; step++) {
            int i = step;
            // ids shared between threads, so commands on one order race
            String orderId = "o" + rnd.nextInt(30);
            OrderId oid = OrderId.of(orderId);
            switch (rnd.nextInt(6)) {
              case 0, 1 -> {
                attempt(() -> {
                  t.orders.place(t.order(orderId, OrderManagerTest.line("1", OrderManagerTest.TEE, 1 + rnd.nextInt(3)),
                      OrderManagerTest.line("2", OrderManagerTest.MUG, 1 + rnd.nextInt(2))).build());
                  placed.put(orderId, true);
                });
              }
              case 2 -> attempt(() -> t.orders.changeQuantity(oid, "1", 1 + rnd.nextInt(4),
                  IdempotencyKey.of("q-" + id + "-" + i)));
              case 3 -> attempt(() -> t.orders.cancelLine(oid, "2"));
              case 4 -> attempt(() -> t.orders.cancel(oid));
              default -> attempt(() -> t.orders.release(oid));
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread th : threads) {
      th.join();
    }
    assertThat(failures).isEmpty();
    for (Sku sku : skus) {
      long held = 0;
      for (String id : placed.keySet()) {
        for (OrderLineState l : t.orders.find(OrderId.of(id)).orElseThrow().lines()) {
          if (l.line().sku().equals(sku)) {
            held += l.held();
          }
        }
      }
      long reserved = t.keeper.balance(StockKey.of(sku, OrderManagerTest.DC)).reserved();
      assertThat(reserved).as("reserved %s equals what orders hold", sku).isEqualTo(held);
      assertThat(reserved).isLessThanOrEqualTo(t.keeper.balance(StockKey.of(sku, OrderManagerTest.DC)).onHand());
    }
  }

  /** Runs a command that may be refused for the state the order is in (or that it does not exist yet). */
  private static void attempt(Runnable command) {
    try {
      command.run();
    } catch (dev.ecomops.core.EcomopsException refused) {
      // InvalidTransitionException or an unknown order: refusals are part of the mix
    }
  }
}
