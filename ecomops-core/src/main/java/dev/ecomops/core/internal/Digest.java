package dev.ecomops.core.internal;

/**
 * A 64-bit FNV-1a digest (Fowler, Noll and Vo) of a command's canonical text, fed piece by
 * piece so that a hot command need not build the text first: {@code new Digest().add("a|").add(7)}
 * equals the digest of {@code "a|7"}. What idempotency records keep, in hex, to tell a true replay
 * from a reused key. Not thread safe; one per command.
 */
public final class Digest {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private long h = OFFSET;

  /** The hex digest of {@code text}. */
  public static String of(String text) {
    return new Digest().add(text).hex();
  }

  public Digest add(String text) {
    long x = h;
    for (int i = 0; i < text.length(); i++) {
      x = (x ^ text.charAt(i)) * PRIME;
    }
    h = x;
    return this;
  }

  public Digest add(char c) {
    h = (h ^ c) * PRIME;
    return this;
  }

  /** Adds {@code v} as {@link Long#toString(long)} writes it. */
  public Digest add(long v) {
    if (v < 0) {
      return add(Long.toString(v));
    }
    long p = 1;
    while (p <= v / 10) {
      p *= 10;
    }
    for (; p > 0; p /= 10) {
      add((char) ('0' + (v / p) % 10));
    }
    return this;
  }

  /** The digest so far, as {@link Long#toHexString(long)} writes it. */
  public String hex() {
    return Long.toHexString(h);
  }
}
