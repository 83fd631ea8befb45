package dev.ecomops.testkit.gen;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ecomops.core.Address;
import dev.ecomops.core.Dimensions;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators (QuickTheories {@link Gen}) of domain values for property tests. Every value they
 * make passes the domain's validation; the {@code invalid…} generators make values it must refuse.
 * Quantities and line counts are skewed small, as real orders are.
 */
public final class DomainGens {
  private DomainGens() {}

  /** Amounts from 0.00 to 10,000.00 in a currency with two decimals. */
  public static Gen<Money> money(String currency) {
    return longs().between(0, 1_000_000).map(cents -> Money.ofMinor(cents, Money.currency(currency)));
  }

  /** SKUs {@code SKU-0} to {@code SKU-9999}. */
  public static Gen<Sku> skus() {
    return integers().between(0, 9_999).map(i -> Sku.of("SKU-" + i));
  }

  /** Addresses valid for their country: US, CA, GB, DE, FR, NL or JP, each with its postal format. */
  public static Gen<Address> addresses() {
    return integers().between(0, 6).zip(integers().between(0, 99_999), (c, n) -> {
      String[] country = {"US", "CA", "GB", "DE", "FR", "NL", "JP"};
      String postal = switch (c) {
        case 0 -> String.format("%05d", n);
        case 1 -> "K" + (n % 10) + "A " + (n / 10 % 10) + "B" + (n / 100 % 10);
        case 2 -> "SW" + (1 + n % 9) + "A " + (n / 10 % 10) + "AA";
        case 5 -> String.format("%04d AB", 1000 + n % 9000);
        case 6 -> String.format("%03d-%04d", n % 1000, n % 10_000);
        default -> String.format("%05d", n);
      };
      return Address.builder().line1(n + " Main St").city("Town " + n).postalCode(postal).country(country[c]).build();
    });
  }

  /** Boxes from 1 to 120 cm a side. */
  public static Gen<Dimensions> dimensions() {
    return integers().between(1, 120).zip(integers().between(1, 120), integers().between(1, 120),
        (l, w, h) -> Dimensions.of(l, w, h, LengthUnit.CM));
  }

  /** Weights from 1 g to 30 kg. */
  public static Gen<Weight> weights() {
    return integers().between(1, 30_000).map(g -> Weight.of(g, WeightUnit.G));
  }

  /** Products with a name, dimensions and weight. */
  public static Gen<Product> products() {
    return skus().zip(dimensions(), weights(), (s, d, w) -> Product.builder().sku(s).name("product " + s.value())
        .dimensions(d).weight(w).build());
  }

  /** Quantities skewed small: mostly 1 to 3, sometimes up to 50. */
  public static Gen<Long> quantities() {
    return integers().between(1, 100).map(r -> r <= 60 ? 1L : r <= 85 ? 2L : r <= 95 ? 3L : (long) (r - 50));
  }

  /** Placed orders of 1 to 5 lines, quantities skewed small, prices 1.00 to 200.00 USD. */
  public static Gen<Order> orders() {
    Gen<long[]> line = integers().between(0, 9_999).zip(quantities(), longs().between(100, 20_000),
        (sku, q, cents) -> new long[] {sku, q, cents});
    return lists().of(line).ofSizeBetween(1, 5).zip(addresses(), integers().between(1, 1_000_000), (specs, address, id) -> {
      List<OrderLineState> lines = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        long[] spec = specs.get(i);
        OrderLine l = OrderLine.builder().lineId(Integer.toString(i + 1)).sku(Sku.of("SKU-" + spec[0])).quantity(spec[1])
            .unitPrice(Money.ofMinor(spec[2], Money.currency("USD"))).build();
        lines.add(new OrderLineState(l, LineStatus.PLACED, 0, 0, List.of()));
      }
      return Order.builder().id(OrderId.of("O-" + id)).channel(Channel.WEB).customerId("C-" + id % 1000).shipTo(address)
          .service("standard").placedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id))
          .policy(AllocationPolicy.defaults()).version(1).addAllLines(lines).build();
    });
  }

  /**
   * Demand series of a length: level, trend, a yearly season of the given length, noise, and
   * optionally intermittency (demand in about a third of the periods); never negative.
   */
  public static Gen<double[]> demandSeries(int length, int season, boolean intermittent) {
    return doubles().between(5, 500).zip(doubles().between(-1, 1), doubles().between(0, 0.5), longs().all(),
        (level, trend, amplitude, seed) -> {
          java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
          double[] y = new double[length];
          for (int t = 0; t < length; t++) {
            double mean = level + trend * t;
            mean *= 1 + amplitude * Math.sin(2 * Math.PI * t / Math.max(1, season));
            double v = Math.max(0, mean + rnd.nextGaussian() * 0.1 * level);
            y[t] = intermittent && rnd.nextInt(3) != 0 ? 0 : Math.rint(v);
          }
          return y;
        });
  }

  /** Quantities the domain must refuse: zero and negative. */
  public static Gen<Long> invalidQuantities() {
    return longs().between(-1_000, 0);
  }

  /** US addresses' postal codes the domain must refuse. */
  public static Gen<String> invalidUsPostalCodes() {
    return integers().between(0, 9_999).map(n -> n % 2 == 0 ? Integer.toString(n) : "ABC" + n);
  }
}
