package dev.ecomops.core.allocation;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntToDoubleFunction;

/**
 * A plan's alternatives, built on read: most plans are held and never explained, so the
 * candidates' scores are not turned into objects until someone looks. Immutable.
 */
final class Alternatives extends AbstractList<Alternative> implements RandomAccess {
  private final Planning p;
  private final int[] ranked;
  private final String measure;
  private final double[] scores;

  Alternatives(Planning p, int[] ranked, String measure, IntToDoubleFunction score) {
    this.p = p;
    this.ranked = ranked;
    this.measure = measure;
    this.scores = new double[ranked.length];
    for (int i = 0; i < ranked.length; i++) {
      scores[i] = score.applyAsDouble(ranked[i]);
    }
  }

  @Override
  public Alternative get(int index) {
    int c = ranked[index];
    return new Alternative(p.candidates.get(c).location().id(), measure, scores[index], p.coverable(c));
  }

  @Override
  public int size() {
    return ranked.length;
  }
}
