package dev.ecomops.core.allocation.service;

import static dev.ecomops.core.allocation.service.World.CHI;
import static dev.ecomops.core.allocation.service.World.CHICAGO;
import static dev.ecomops.core.allocation.service.World.LAX;
import static dev.ecomops.core.allocation.service.World.LOS_ANGELES;
import static dev.ecomops.core.allocation.service.World.NEW_YORK;
import static dev.ecomops.core.allocation.service.World.NYC;
import static dev.ecomops.core.allocation.service.World.X;
import static dev.ecomops.core.allocation.service.World.Y;
import static dev.ecomops.core.allocation.service.World.YYZ;
import static dev.ecomops.core.allocation.service.World.Z;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationOutcome;
import dev.ecomops.core.allocation.AllocationPlan;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationPolicy.Split;
import dev.ecomops.core.allocation.AllocationPolicy.WhenShort;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.Alternative;
import dev.ecomops.core.allocation.Candidate;
import dev.ecomops.core.allocation.MinCostStrategy;
import dev.ecomops.core.allocation.MinSplitStrategy;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.PlannedShipment;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.RoutingRule;
import dev.ecomops.core.allocation.RuleChainStrategy;
import dev.ecomops.core.allocation.Shipment;
import dev.ecomops.core.allocation.StockView;
import dev.ecomops.core.catalog.LocationCapability;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllocatorTest {
  final World w = new World();

  Allocator with(AllocationStrategy s) {
    return Allocator.of(w.keeper, s);
  }

  static List<LocationId> locations(Allocation a) {
    return a.shipments().stream().map(Shipment::location).toList();
  }

  @Nested
  class Strategies {
    @Test
    @DisplayName("priority takes the lowest priority number that can fill a line, even when farther")
    void priority_prefersPriority() {
      w.stock(X, NYC, 5).stock(X, LAX, 5);
      Allocation a = with(PriorityStrategy.create()).allocate(w.order("o1", LOS_ANGELES, X, 3).build());
      assertThat(a.outcome()).isEqualTo(AllocationOutcome.ALLOCATED);
      assertThat(locations(a)).containsExactly(NYC);
      assertThat(a.shipments().get(0).decidedBy()).isEqualTo("priority");
      assertThat(w.reserved(X, NYC)).isEqualTo(3);
    }

    @Test
    @DisplayName("priority splits a line down the ranking when no location holds it all")
    void priority_splitsDownTheRanking() {
      w.stock(X, NYC, 2).stock(X, LAX, 2).stock(X, CHI, 5);
      Allocation a = with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 6).build());
      // CHI alone could fill 5 of 6, but no one location fills 6: NYC, LAX, then CHI for the rest
      assertThat(locations(a)).containsExactly(NYC, LAX, CHI);
      assertThat(a.heldFor("l1")).isEqualTo(6);
      assertThat(w.reserved(X, CHI)).isEqualTo(2);
    }

    @Test
    @DisplayName("a later line ships from a location already used rather than opening a better-ranked one")
    void priority_reusesOpenShipment() {
      w.stock(X, LAX, 1).stock(Y, NYC, 1).stock(Y, LAX, 1);
      Allocation a = with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 1, Y, 1).build());
      assertThat(locations(a)).containsExactly(LAX);
    }

    @Test
    @DisplayName("nearest ships from the location closest to the destination")
    void nearest_closest() {
      w.stock(X, NYC, 5).stock(X, LAX, 5).stock(X, CHI, 5);
      Allocation a = with(NearestStrategy.create()).allocate(w.order("o1", LOS_ANGELES, X, 1).build());
      assertThat(locations(a)).containsExactly(LAX);
      Shipment s = a.shipments().get(0);
      assertThat(s.decidedBy()).isEqualTo("nearest");
      // every location holding the SKU, nearest first (Toronto holds none, so it is no alternative)
      assertThat(s.alternatives()).extracting(Alternative::location).containsExactly(LAX, CHI, NYC);
      assertThat(s.alternatives().get(0).measure()).isEqualTo("distanceKm");
      assertThat(s.alternatives().get(2).score()).isBetween(3900.0, 4000.0); // LA to New York
    }

    @Test
    @DisplayName("nearest without a destination position falls back to priority order")
    void nearest_withoutPosition() {
      w.stock(X, LAX, 5).stock(X, CHI, 5);
      AllocationRequest r = AllocationRequest.builder().orderId("o1").shipToCountry("US")
          .addLines(AllocationLine.of("l1", X, 1)).idempotencyKey(w.key()).build();
      assertThat(locations(with(NearestStrategy.create()).allocate(r))).containsExactly(LAX);
    }

    @Test
    @DisplayName("min-split ships from one farther location rather than two nearer ones")
    void minSplit_oneShipment() {
      w.stock(X, NYC, 1).stock(Y, LAX, 1).stock(X, CHI, 1).stock(Y, CHI, 1);
      Allocation a = with(MinSplitStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 1, Y, 1).build());
      assertThat(locations(a)).containsExactly(CHI);
      assertThat(a.shipments().get(0).decidedBy()).isEqualTo("fewest shipments (exact)");
      Allocation nearest = with(NearestStrategy.create()).allocate(w.order("o2", NEW_YORK, X, 1, Y, 1).build());
      assertThat(locations(nearest)).hasSize(2);
    }

    @Test
    @DisplayName("min-split breaks ties between equally small sets by total distance")
    void minSplit_tieByDistance() {
      w.stock(X, LAX, 1).stock(X, CHI, 1).stock(X, NYC, 1);
      Allocation a = with(MinSplitStrategy.create()).allocate(w.order("o1", CHICAGO, X, 1).build());
      assertThat(locations(a)).containsExactly(CHI);
    }

    @Test
    @DisplayName("min-cost picks the set with the lowest handling plus shipping estimate")
    void minCost_cheapest() {
      w.stock(X, NYC, 5).stock(X, LAX, 5);
      Money zero = Money.of("0", "USD");
      // shipping costs 1 USD per 100 km per unit; NYC handles expensively
      MinCostStrategy s = MinCostStrategy.of((from, req, lines) -> Money.of(BigDecimal.valueOf(
          Math.round(from.position().distanceKm(req.shipTo().orElseThrow()) / 100) * lines.get(0).quantity()), zero.currency()),
          Map.of(NYC, Money.of("100", "USD")), zero);
      Allocation toChicago = with(s).allocate(w.order("o1", CHICAGO, X, 1).build());
      // NYC: 100 + 11; LAX: 0 + 28
      assertThat(locations(toChicago)).containsExactly(LAX);
      assertThat(toChicago.shipments().get(0).decidedBy()).isEqualTo("lowest cost (exact)");
      assertThat(toChicago.shipments().get(0).alternatives()).extracting(Alternative::location).containsExactly(LAX, NYC);
    }

    @Test
    @DisplayName("a rule chain ships complete from one location, then picks the nearest such, and says so")
    void ruleChain_shipCompleteThenNearest() {
      w.stock(X, NYC, 1).stock(X, LAX, 1).stock(Y, LAX, 1).stock(X, CHI, 1).stock(Y, CHI, 1);
      RuleChainStrategy chain = RuleChainStrategy.of(RoutingRule.SHIP_COMPLETE_FROM_ONE, RoutingRule.NEAREST,
          RoutingRule.PRIORITY);
      Allocation a = with(chain).allocate(w.order("o1", NEW_YORK, X, 1, Y, 1).build());
      assertThat(locations(a)).containsExactly(CHI);
      assertThat(a.shipments().get(0).decidedBy()).isEqualTo("ship complete from one location, then nearest");
    }

    @Test
    @DisplayName("a rule chain ranks by priority before distance when priority comes first")
    void ruleChain_priorityFirst() {
      w.stock(X, LAX, 1).stock(X, CHI, 1);
      Allocation a = with(RuleChainStrategy.of(RoutingRule.PRIORITY, RoutingRule.NEAREST))
          .allocate(w.order("o1", CHICAGO, X, 1).build());
      assertThat(locations(a)).containsExactly(LAX);
      assertThat(a.shipments().get(0).decidedBy()).isEqualTo("priority");
    }

    @Test
    @DisplayName("a rule chain refuses an empty or repeating list of rules")
    void ruleChain_badRules() {
      assertThatThrownBy(RuleChainStrategy::of).isInstanceOf(ValidationException.class).hasMessageContaining("rules");
      assertThatThrownBy(() -> RuleChainStrategy.of(RoutingRule.NEAREST, RoutingRule.NEAREST))
          .isInstanceOf(ValidationException.class).hasMessageContaining("must not repeat");
    }
  }

  @Nested
  class Policies {
    @Test
    @DisplayName("ship complete uses one location that holds everything, even if a better-ranked one holds part")
    void shipComplete_oneLocation() {
      w.stock(X, NYC, 1).stock(X, LAX, 1).stock(Y, LAX, 1);
      Allocation a = with(PriorityStrategy.create())
          .allocate(w.order("o1", NEW_YORK, X, 1, Y, 1).policy(AllocationPolicy.defaults().withSplit(Split.SHIP_COMPLETE)).build());
      assertThat(locations(a)).containsExactly(LAX);
      assertThat(a.shipments().get(0).decidedBy()).startsWith("ship complete from one location");
    }

    @Test
    @DisplayName("ship complete with backorder holds nothing when no location holds everything")
    void shipComplete_backorder() {
      w.stock(X, NYC, 1).stock(Y, LAX, 1);
      Allocation a = with(PriorityStrategy.create())
          .allocate(w.order("o1", NEW_YORK, X, 1, Y, 1).policy(AllocationPolicy.defaults().withSplit(Split.SHIP_COMPLETE)).build());
      assertThat(a.outcome()).isEqualTo(AllocationOutcome.BACKORDERED);
      assertThat(a.shipments()).isEmpty();
      assertThat(a.backordered()).extracting(AllocationLine::lineId).containsExactly("l1", "l2");
      assertThat(w.reserved(X, NYC) + w.reserved(Y, LAX)).isZero();
    }

    @Test
    @DisplayName("ship complete with partial ships what the best single location has and gives up the rest")
    void shipComplete_partial() {
      w.stock(X, NYC, 1).stock(Y, LAX, 1);
      Allocation a = with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 1, Y, 1)
          .policy(new AllocationPolicy(Split.SHIP_COMPLETE, WhenShort.PARTIAL, 5)).build());
      assertThat(a.outcome()).isEqualTo(AllocationOutcome.PARTLY_ALLOCATED);
      assertThat(locations(a)).containsExactly(NYC);
      assertThat(a.unfilled()).containsExactly(AllocationLine.of("l2", Y, 1));
    }

    @Test
    @DisplayName("reject holds nothing when anything is short, and everything when nothing is")
    void reject() {
      w.stock(X, NYC, 2);
      AllocationPolicy reject = AllocationPolicy.defaults().withWhenShort(WhenShort.REJECT);
      Allocation short1 = with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 3).policy(reject).build());
      assertThat(short1.outcome()).isEqualTo(AllocationOutcome.REJECTED);
      assertThat(short1.unfilled()).containsExactly(AllocationLine.of("l1", X, 3));
      assertThat(w.reserved(X, NYC)).isZero();
      Allocation fits = with(PriorityStrategy.create()).allocate(w.order("o2", NEW_YORK, X, 2).policy(reject).build());
      assertThat(fits.outcome()).isEqualTo(AllocationOutcome.ALLOCATED);
    }

    @Test
    @DisplayName("backorder holds what there is and backorders the rest")
    void backorder() {
      w.stock(X, NYC, 2);
      Allocation a = with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 5, Y, 1).build());
      assertThat(a.outcome()).isEqualTo(AllocationOutcome.PARTLY_ALLOCATED);
      assertThat(a.backordered()).containsExactly(AllocationLine.of("l1", X, 3), AllocationLine.of("l2", Y, 1));
      assertThat(a.unfilled()).isEmpty();
      assertThat(w.reserved(X, NYC)).isEqualTo(2);
    }

    @Test
    @DisplayName("partial holds what there is and gives up the rest")
    void partial() {
      w.stock(X, NYC, 2);
      Allocation a = with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 5)
          .policy(AllocationPolicy.defaults().withWhenShort(WhenShort.PARTIAL)).build());
      assertThat(a.outcome()).isEqualTo(AllocationOutcome.PARTLY_ALLOCATED);
      assertThat(a.unfilled()).containsExactly(AllocationLine.of("l1", X, 3));
      assertThat(a.backordered()).isEmpty();
    }

    @Test
    @DisplayName("nothing anywhere: backorder backorders everything, partial and reject reject")
    void nothingAnywhere() {
      Allocator alloc = with(NearestStrategy.create());
      assertThat(alloc.allocate(w.order("o1", NEW_YORK, X, 1).build()).outcome()).isEqualTo(AllocationOutcome.BACKORDERED);
      assertThat(alloc.allocate(w.order("o2", NEW_YORK, X, 1).policy(AllocationPolicy.defaults()
          .withWhenShort(WhenShort.PARTIAL)).build()).outcome()).isEqualTo(AllocationOutcome.REJECTED);
    }

    @Test
    @DisplayName("a shipment limit keeps the plan to that many locations, the rest per the shortfall rule")
    void maxShipments() {
      w.stock(X, NYC, 1).stock(Y, LAX, 1).stock(Z, CHI, 1);
      for (AllocationStrategy s : List.of(PriorityStrategy.create(), NearestStrategy.create(), MinSplitStrategy.create(),
          RuleChainStrategy.of(RoutingRule.NEAREST))) {
        World fresh = new World().stock(X, NYC, 1).stock(Y, LAX, 1).stock(Z, CHI, 1);
        Allocation a = Allocator.of(fresh.keeper, s).allocate(fresh.order("o1", NEW_YORK, X, 1, Y, 1, Z, 1)
            .policy(AllocationPolicy.defaults().withMaxShipments(2)).build());
        assertThat(a.shipments()).as(s.name()).hasSize(2);
        assertThat(a.backordered()).as(s.name()).hasSize(1);
      }
    }

    @Test
    @DisplayName("a policy refuses a shipment limit below 1")
    void maxShipments_invalid() {
      assertThatThrownBy(() -> AllocationPolicy.defaults().withMaxShipments(0)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("maxShipments");
    }
  }

  @Nested
  class Filters {
    @Test
    @DisplayName("excluded locations, missing capabilities and country restrictions are skipped")
    void filters() {
      w.stock(X, NYC, 5).stock(X, LAX, 5).stock(X, CHI, 5).stock(X, YYZ, 5);
      Allocator alloc = with(PriorityStrategy.create());
      assertThat(locations(alloc.allocate(w.order("o1", NEW_YORK, X, 1).addExcludedLocations(NYC).build())))
          .containsExactly(LAX);
      assertThat(locations(alloc.allocate(w.order("o2", NEW_YORK, X, 1)
          .addRequiredCapabilities(LocationCapability.SAME_DAY).build()))).containsExactly(CHI);
      // only Toronto ships internationally: a French order goes there
      assertThat(locations(alloc.allocate(w.order("FR", w.key(), "o3", NEW_YORK, X, 1).build())))
          .containsExactly(YYZ);
    }

    @Test
    @DisplayName("safety stock is not promised")
    void safetyStock() {
      w.stock(X, NYC, 5);
      w.keeper.setSafetyStock(StockKey.of(X, NYC), 4, w.key());
      Allocation a = with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 2).build());
      assertThat(a.heldFor("l1")).isEqualTo(1);
    }
  }

  @Nested
  class Atomicity {
    @Test
    @DisplayName("a keyed allocation that held nothing answers the same when replayed after stock arrived: the key is claimed, so two nodes completing one order's intent never both decide")
    void nothingHeld_replaysAsNothing() {
      AllocationRequest r = w.order("o1", NEW_YORK, X, 2).build();
      Allocation first = with(NearestStrategy.create()).allocate(r);
      assertThat(first.outcome()).isEqualTo(AllocationOutcome.BACKORDERED);
      w.stock(X, NYC, 5);
      // the same key again (another node completing the same intent, or a retry): the first answer,
      // not a reservation nobody will attach (it stranded stock in a two-node run on PostgreSQL)
      Allocation again = with(NearestStrategy.create()).allocate(r);
      assertThat(again.outcome()).isEqualTo(AllocationOutcome.BACKORDERED);
      assertThat(again.shipments()).isEmpty();
      assertThat(w.reserved(X, NYC)).isZero();
      // a new key allocates the stock that arrived
      Allocation fresh = with(NearestStrategy.create()).allocate(w.order("US", dev.ecomops.core.IdempotencyKey.of("alloc-o1-2"), "o1",
          NEW_YORK, X, 2).build());
      assertThat(fresh.outcome()).isEqualTo(AllocationOutcome.ALLOCATED);
      assertThat(w.reserved(X, NYC)).isEqualTo(2);
    }

    @Test
    @DisplayName("reserveAll holds every request or none")
    void reserveAll_allOrNothing() {
      w.stock(X, NYC, 5).stock(Y, NYC, 1);
      List<ReserveRequest> requests = List.of(
          ReserveRequest.builder().sku(X).location(NYC).quantity(3).reference("a").idempotencyKey(w.key()).build(),
          ReserveRequest.builder().sku(Y).location(NYC).quantity(2).reference("b").idempotencyKey(w.key()).build());
      assertThatThrownBy(() -> w.keeper.reserveAll(requests, w.key())).isInstanceOf(InsufficientStockException.class);
      assertThat(w.reserved(X, NYC)).isZero();
      assertThat(w.keeper.ledger(StockKey.of(X, NYC))).hasSize(1);
    }

    @Test
    @DisplayName("reserveAll counts two requests on one key against it together")
    void reserveAll_sameKeyTwice() {
      w.stock(X, NYC, 5);
      ReserveRequest three = ReserveRequest.builder().sku(X).location(NYC).quantity(3).reference("a").idempotencyKey(w.key()).build();
      assertThatThrownBy(() -> w.keeper.reserveAll(List.of(three, three), w.key())).isInstanceOf(InsufficientStockException.class);
      ReserveRequest two = ReserveRequest.builder().sku(X).location(NYC).quantity(2).reference("b").idempotencyKey(w.key()).build();
      assertThat(w.keeper.reserveAll(List.of(three, two), w.key())).hasSize(2);
      assertThat(w.available(X, NYC)).isZero();
    }

    @Test
    @DisplayName("a replay with the same key returns the first allocation and holds nothing more")
    void replay() {
      w.stock(X, NYC, 5).stock(Y, LAX, 5);
      Allocator alloc = with(NearestStrategy.create());
      AllocationRequest r = w.order("o1", NEW_YORK, X, 2, Y, 1).build();
      Allocation first = alloc.allocate(r);
      Allocation again = alloc.allocate(r);
      assertThat(again.reservations()).extracting(Reservation::id)
          .containsExactlyElementsOf(first.reservations().stream().map(Reservation::id).toList());
      assertThat(again.shipments()).extracting(Shipment::location).containsExactly(NYC, LAX);
      assertThat(again.outcome()).isEqualTo(AllocationOutcome.ALLOCATED);
      assertThat(w.reserved(X, NYC)).isEqualTo(2);
      assertThat(w.keeper.ledger(StockKey.of(X, NYC))).hasSize(2);
    }

    @Test
    @DisplayName("a key reused for another order is refused")
    void replay_otherOrder() {
      w.stock(X, NYC, 5);
      Allocator alloc = with(PriorityStrategy.create());
      alloc.allocate(w.order("o1", NEW_YORK, X, 1).build());
      AllocationRequest other = w.order("US", dev.ecomops.core.IdempotencyKey.of("alloc-o1"), "o2", NEW_YORK, X, 1).build();
      assertThatThrownBy(() -> alloc.allocate(other)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("idempotencyKey");
    }

    @Test
    @DisplayName("a strategy that plans more than is available is stopped before anything is held")
    void brokenStrategy() {
      w.stock(X, NYC, 1);
      AllocationStrategy greedy = new AllocationStrategy() {
        @Override
        public String name() {
          return "greedy";
        }

        @Override
        public AllocationPlan plan(AllocationRequest request, List<Candidate> candidates, StockView stock) {
          return new AllocationPlan("greedy", List.of(new PlannedShipment(NYC, request.lines(), "want", List.of())), List.of());
        }
      };
      assertThatThrownBy(() -> with(greedy).allocate(w.order("o1", NEW_YORK, X, 2).build()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("strategy greedy plans 2 of X at NYC where 1");
      assertThat(w.reserved(X, NYC)).isZero();
    }

    @Test
    @DisplayName("an unknown SKU is refused naming the line")
    void unknownSku() {
      assertThatThrownBy(() -> with(PriorityStrategy.create()).allocate(w.order("o1", NEW_YORK, X, 1, Sku.of("NOPE"), 1).build()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("lines[1].sku");
    }

    @Test
    @DisplayName("a request refuses duplicate line ids, no lines and a bad country")
    void badRequest() {
      assertThatThrownBy(() -> w.order("o1", NEW_YORK, X, 1).addLines(AllocationLine.of("l1", Y, 1)).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
      assertThatThrownBy(() -> w.order("o1", NEW_YORK).build()).isInstanceOf(ValidationException.class)
          .hasMessageContaining("lines");
      assertThatThrownBy(() -> w.order("us", w.key(), "o1", NEW_YORK, X, 1).build())
          .isInstanceOf(ValidationException.class).hasMessageContaining("shipToCountry");
      assertThatThrownBy(() -> AllocationLine.of("l1", X, 0)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("quantity");
    }
  }

  @Nested
  class Reallocation {
    @Test
    @DisplayName("re-allocation moves a failed location's lines elsewhere and releases its reservations")
    void reallocate() {
      w.stock(X, NYC, 5).stock(X, LAX, 5).stock(Y, NYC, 5);
      Allocator alloc = with(PriorityStrategy.create());
      AllocationRequest r = w.order("o1", NEW_YORK, X, 2, Y, 1).build();
      Allocation first = alloc.allocate(r);
      assertThat(locations(first)).containsExactly(NYC);
      Allocation moved = alloc.reallocate(r, first, NYC, w.key());
      assertThat(locations(moved)).containsExactly(LAX);
      assertThat(moved.outcome()).isEqualTo(AllocationOutcome.PARTLY_ALLOCATED);
      assertThat(moved.backordered()).containsExactly(AllocationLine.of("l2", Y, 1));
      assertThat(w.reserved(X, NYC) + w.reserved(Y, NYC)).isZero();
      assertThat(w.reserved(X, LAX)).isEqualTo(2);
      assertThat(first.reservations()).allSatisfy(res ->
          assertThat(w.keeper.reservation(res.id()).orElseThrow().status()).isEqualTo(ReservationStatus.RELEASED));
    }

    @Test
    @DisplayName("re-allocation under reject releases everything when the lines cannot move")
    void reallocate_reject() {
      w.stock(X, NYC, 5).stock(Y, LAX, 5);
      Allocator alloc = with(PriorityStrategy.create());
      AllocationRequest r = w.order("o1", NEW_YORK, X, 1, Y, 1).policy(AllocationPolicy.defaults()
          .withWhenShort(WhenShort.REJECT)).build();
      Allocation first = alloc.allocate(r);
      Allocation after = alloc.reallocate(r, first, NYC, w.key());
      assertThat(after.outcome()).isEqualTo(AllocationOutcome.REJECTED);
      assertThat(w.reserved(X, NYC) + w.reserved(Y, LAX)).isZero();
    }

    @Test
    @DisplayName("cancelling an allocation releases every reservation, and again changes nothing")
    void cancel() {
      w.stock(X, NYC, 5);
      Allocator alloc = with(PriorityStrategy.create());
      Allocation a = alloc.allocate(w.order("o1", NEW_YORK, X, 2).build());
      alloc.cancel(a);
      alloc.cancel(a);
      assertThat(w.available(X, NYC)).isEqualTo(5);
      assertThat(w.keeper.ledger(StockKey.of(X, NYC))).hasSize(3);
    }
  }
}
