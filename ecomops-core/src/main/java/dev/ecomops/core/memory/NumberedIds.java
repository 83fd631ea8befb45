package dev.ecomops.core.memory;

/**
 * Reservation ids of the shape the embedded id generator issues, {@code R-} and a decimal number
 * ({@code R-1}, {@code R-2}, ...), held as that number. The store's tables keep such an id as a
 * {@code long} rather than a string, and its reservation table addresses it directly by number
 * rather than by hash: consecutive ids land in neighbouring slots, so a growing table stays
 * cache friendly and retains no object per reservation. Any other text is kept as it is.
 *
 * <p>The mapping is exact both ways: {@link #number} accepts only the canonical form (no sign, no
 * leading zero, at most 18 digits), which is what {@link #text} prints back.
 */
final class NumberedIds {
  /** What {@link #number} returns for text of another shape. */
  static final long NONE = -1;
  /** The prefix of the ids {@code StockKeeper} asks its id generator for, with the separator. */
  private static final String PREFIX = "R-";
  private static final int MAX_DIGITS = 18;

  private NumberedIds() {}

  /** The number of {@code R-n}, or {@link #NONE} if {@code text} is not exactly that form. */
  static long number(String text) {
    int n = text.length();
    int p = PREFIX.length();
    if (n <= p || n > p + MAX_DIGITS || !text.startsWith(PREFIX) || (text.charAt(p) == '0' && n > p + 1)) {
      return NONE;
    }
    long v = 0;
    for (int i = p; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return NONE;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The id text of number {@code n}, at least 0. */
  static String text(long n) {
    return PREFIX + n;
  }
}
