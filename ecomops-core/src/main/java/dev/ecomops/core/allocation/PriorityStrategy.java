package dev.ecomops.core.allocation;

/**
 * Location priority: the lowest {@link dev.ecomops.core.catalog.Location#priority()} first, ties
 * by id (the catalog's order). The classic "fulfilment priority list" of order management systems,
 * and the baseline the other strategies are measured against.
 */
public final class PriorityStrategy extends RankingStrategy {
  private static final PriorityStrategy INSTANCE = new PriorityStrategy();

  private PriorityStrategy() {}

  /** The strategy (stateless, shared). */
  public static PriorityStrategy create() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "priority";
  }

  @Override
  String measure() {
    return "priority";
  }

  @Override
  double score(Planning p, int candidate) {
    return p.candidates.get(candidate).location().priority();
  }
}
