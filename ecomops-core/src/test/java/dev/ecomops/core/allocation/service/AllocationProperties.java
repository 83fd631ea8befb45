package dev.ecomops.core.allocation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationPlan;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationPolicy.Split;
import dev.ecomops.core.allocation.AllocationPolicy.WhenShort;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.Candidate;
import dev.ecomops.core.allocation.MinCostStrategy;
import dev.ecomops.core.allocation.MinSplitStrategy;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.PlanCheck;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.RoutingRule;
import dev.ecomops.core.allocation.RuleChainStrategy;
import dev.ecomops.core.allocation.StockView;
import dev.ecomops.core.catalog.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of the strategies on small random instances (up to 7 locations, 3 SKUs, 4 lines),
 * each decoded from a list of ints so that QuickTheories shrinks a failure to a small instance.
 */
@DisplayName("Allocation properties")
class AllocationProperties {

  /** One random instance. */
  record Instance(AllocationRequest request, List<Candidate> candidates, StockView stock, long[][] available,
      List<Sku> skus) {}

  static Instance decode(List<Integer> codes) {
    int[] at = {0};
    java.util.function.IntUnaryOperator next = bound -> Math.floorMod(codes.get(at[0]++ % codes.size()), bound);
    int n = 1 + next.applyAsInt(7);
    int m = 1 + next.applyAsInt(3);
    List<Sku> skus = new ArrayList<>();
    for (int s = 0; s < m; s++) {
      skus.add(Sku.of("S" + s));
    }
    List<Candidate> candidates = new ArrayList<>();
    StockView stock = StockView.create();
    long[][] available = new long[n][m];
    GeoPoint to = GeoPoint.of(40, -90);
    for (int c = 0; c < n; c++) {
      GeoPoint p = GeoPoint.of(30 + next.applyAsInt(20), -120 + next.applyAsInt(50));
      Location l = Location.builder().id(LocationId.of("L" + c)).name("l" + c).country("US").position(p)
          .priority(next.applyAsInt(4)).build();
      candidates.add(new Candidate(l, p.distanceKm(to)));
      for (int s = 0; s < m; s++) {
        available[c][s] = next.applyAsInt(5);
        stock.put(skus.get(s), l.id(), available[c][s]);
      }
    }
    AllocationPolicy policy = new AllocationPolicy(next.applyAsInt(4) == 0 ? Split.SHIP_COMPLETE : Split.ALLOW_SPLIT,
        WhenShort.values()[next.applyAsInt(3)], 1 + next.applyAsInt(n + 1));
    AllocationRequest.Builder b = AllocationRequest.builder().orderId("o").shipToCountry("US").shipTo(to)
        .idempotencyKey(IdempotencyKey.of("k")).policy(policy);
    int lines = 1 + next.applyAsInt(4);
    for (int i = 0; i < lines; i++) {
      b.addLines(AllocationLine.of("l" + i, skus.get(next.applyAsInt(m)), 1 + next.applyAsInt(5)));
    }
    return new Instance(b.build(), candidates, stock, available, skus);
  }

  static List<AllocationStrategy> strategies() {
    Money zero = Money.of("0", "USD");
    return List.of(PriorityStrategy.create(), NearestStrategy.create(), MinSplitStrategy.create(),
        MinCostStrategy.of((from, req, lines) -> Money.of(BigDecimal.valueOf(1 + lines.size()), zero.currency()),
            Map.of(), zero),
        RuleChainStrategy.of(RoutingRule.SHIP_COMPLETE_FROM_ONE, RoutingRule.NEAREST),
        RuleChainStrategy.of(RoutingRule.FEWEST_SHIPMENTS, RoutingRule.PRIORITY));
  }

  @Test
  @DisplayName("every strategy keeps its contract: within stock and the shipment limit, every unit accounted for")
  void everyStrategy_keepsContract() {
    qt().withExamples(2000).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(10, 60)).checkAssert(codes -> {
      Instance in = decode(codes);
      for (AllocationStrategy s : strategies()) {
        AllocationPlan plan = s.plan(in.request(), in.candidates(), in.stock());
        assertThatCode(() -> PlanCheck.verify(s, in.request(), in.candidates(), in.stock(), plan))
            .as("%s on %s", s.name(), in.request()).doesNotThrowAnyException();
      }
    });
  }

  @Test
  @DisplayName("min-split is exact: as few shipments as brute force finds, and as little shortfall")
  void minSplit_equalsBruteForce() {
    // 5,000 examples: with fewer, instances where Chvátal's greedy rule is beaten are too rare to
    // be found reliably (checked by running this property against the greedy rule alone)
    qt().withExamples(5000).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(10, 60)).checkAssert(codes -> {
      Instance in = decode(codes);
      if (in.request().policy().split() == Split.SHIP_COMPLETE) {
        return; // one location by definition; covered by the contract property
      }
      int limit = in.request().policy().shipmentLimit();
      long[] best = bruteForce(in, limit); // {least shortfall, fewest locations for it}
      AllocationPlan plan = MinSplitStrategy.create().plan(in.request(), in.candidates(), in.stock());
      long shortfall = plan.shortfall().stream().mapToLong(AllocationLine::quantity).sum();
      assertThat(shortfall).as("shortfall of %s", in.request()).isEqualTo(best[0]);
      if (shortfall < in.request().units()) {
        assertThat((long) plan.shipments().size()).as("shipments of %s", in.request()).isEqualTo(best[1]);
      }
    });
  }

  /** Over every subset of at most {@code limit} locations: the least shortfall, and the fewest locations achieving it. */
  static long[] bruteForce(Instance in, int limit) {
    int n = in.candidates().size();
    long[] demand = new long[in.skus().size()];
    for (AllocationLine l : in.request().lines()) {
      demand[in.skus().indexOf(l.sku())] += l.quantity();
    }
    long bestShort = in.request().units();
    long bestSize = 0;
    for (int mask = 1; mask < 1 << n; mask++) {
      int size = Integer.bitCount(mask);
      if (size > limit) {
        continue;
      }
      long shortfall = 0;
      for (int s = 0; s < demand.length; s++) {
        long sum = 0;
        for (int c = 0; c < n; c++) {
          if ((mask >> c & 1) != 0) {
            sum += in.available()[c][s];
          }
        }
        shortfall += Math.max(0, demand[s] - sum);
      }
      if (shortfall < bestShort || (shortfall == bestShort && size < bestSize)) {
        bestShort = shortfall;
        bestSize = size;
      }
    }
    return new long[] {bestShort, bestSize};
  }
}
