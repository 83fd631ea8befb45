package dev.ecomops.core.spi;

/** The argument rules of the SPIs' paged reads, shared by their defaults and implementations. */
public final class Pages {
  /** The largest page a paged read returns. */
  public static final int MAX_LIMIT = 10_000;

  private Pages() {}

  /**
   * Checks a page's arguments.
   *
   * @param afterSequence the position to read after, at least 0
   * @param limit the page size, from 1 to {@link #MAX_LIMIT}
   * @throws IllegalArgumentException naming the argument out of range
   */
  public static void check(long afterSequence, int limit) {
    if (afterSequence < 0) {
      throw new IllegalArgumentException("afterSequence was " + afterSequence + " but must be at least 0");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit was " + limit + " but must be from 1 to " + MAX_LIMIT);
    }
  }
}
