package dev.ecomops.kpi;

import dev.ecomops.core.Money;
import dev.ecomops.kpi.fact.Fact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random valid facts over two months, a few segments and every fact type, from a seed. */
public final class FactGen {
  private FactGen() {}

  static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  static final String[] CHANNELS = {"web", "market", "retail"};
  static final String[] LOCATIONS = {"DC1", "DC2"};
  static final String[] CARRIERS = {"UPS", "FDX", "DHL"};
  static final String[] CATEGORIES = {"apparel", "home"};

  public static List<Fact> facts(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Fact> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(fact(r, i));
    }
    return out;
  }

  public static Fact fact(SplittableRandom r, int i) {
    Instant at = START.plusSeconds(r.nextLong(60L * 86_400));
    String ch = CHANNELS[r.nextInt(CHANNELS.length)];
    String loc = LOCATIONS[r.nextInt(LOCATIONS.length)];
    String car = CARRIERS[r.nextInt(CARRIERS.length)];
    String cat = CATEGORIES[r.nextInt(CATEGORIES.length)];
    String variant = r.nextBoolean() ? "A" : "B";
    String id = "X" + i;
    Instant before = at.minusSeconds(r.nextLong(5 * 86_400L));
    Instant around = at.plusSeconds(r.nextLong(-86_400L, 86_400L));
    return switch (r.nextInt(11)) {
      case 0 -> {
        long units = 1 + r.nextInt(6);
        long filled = r.nextLong(units + 1);
        yield new Fact.OrderPlaced(id, at, ch, loc, variant, units, filled, filled < units, filled < units || r.nextInt(8) == 0);
      }
      case 1 -> new Fact.OrderShipped(id, at, before, around, ch, loc, car, variant, 1 + r.nextInt(6), r.nextInt(20) > 0,
          cents(r, 300), cents(r, 100), cents(r, 1500), cents(r, 5000));
      case 2 -> new Fact.OrderDelivered(id, at, r.nextInt(10) == 0 ? null : before, around, ch, loc, car, variant,
          r.nextInt(15) > 0, r.nextInt(30) == 0, r.nextInt(25) > 0);
      case 3 -> new Fact.InventoryCounted(at, loc, cat, "SKU" + r.nextInt(20), r.nextInt(50), r.nextInt(50));
      case 4 -> {
        long onHand = r.nextInt(200);
        yield new Fact.InventorySnapshot(at, loc, cat, "SKU" + r.nextInt(20), onHand, r.nextLong(onHand + 1),
            cents(r, 2000));
      }
      case 5 -> new Fact.ReturnReceived(id, at, ch, loc, cat, 1 + r.nextInt(3));
      case 6 -> new Fact.ReturnResolved(id, at, before, ch, loc);
      case 7 -> new Fact.TicketFirstResponse(id, at, before, ch);
      case 8 -> new Fact.TicketResolved(id, at, before, ch);
      case 9 -> new Fact.BatchPicked(id, at, loc, 1 + r.nextInt(20), 1 + r.nextInt(60), r.nextInt(5_000));
      default -> new Fact.SurveyAnswered(id, at, ch, 1 + r.nextInt(5));
    };
  }

  static Money cents(SplittableRandom r, int max) {
    return Money.ofMinor(r.nextInt(max + 1), java.util.Currency.getInstance("USD"));
  }
}
