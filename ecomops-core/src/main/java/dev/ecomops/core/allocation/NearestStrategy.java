package dev.ecomops.core.allocation;

/**
 * Nearest first: candidates by great-circle (haversine) distance from the location to the
 * request's destination, ties by priority. A request without a destination position ranks by
 * priority alone.
 */
public final class NearestStrategy extends RankingStrategy {
  private static final NearestStrategy INSTANCE = new NearestStrategy();

  private NearestStrategy() {}

  /** The strategy (stateless, shared). */
  public static NearestStrategy create() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "nearest";
  }

  @Override
  String measure() {
    return "distanceKm";
  }

  @Override
  double score(Planning p, int candidate) {
    // candidates arrive in priority order, so equal distances (or none) keep priority order
    return p.distance(candidate);
  }
}
