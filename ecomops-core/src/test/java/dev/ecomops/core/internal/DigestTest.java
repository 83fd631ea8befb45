package dev.ecomops.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Command digests")
class DigestTest {

  @Test
  @DisplayName("FNV-1a 64 matches the published test vectors (Fowler, Noll and Vo)")
  void vectors() {
    assertThat(Digest.of("")).isEqualTo("cbf29ce484222325");
    assertThat(Digest.of("a")).isEqualTo("af63dc4c8601ec8c");
    assertThat(Digest.of("foobar")).isEqualTo("85944171f73967e8");
  }

  @Test
  @DisplayName("a number is digested as Long.toString writes it, and pieces as their concatenation")
  void pieces() {
    qt().forAll(longs().all(), strings().allPossible().ofLengthBetween(0, 20)).checkAssert((v, s) -> {
      assertThat(new Digest().add(v).hex()).isEqualTo(Digest.of(Long.toString(v)));
      assertThat(new Digest().add(s).add('|').add(v).hex()).isEqualTo(Digest.of(s + "|" + v));
    });
    for (long v : new long[] {0, 9, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, -1}) {
      assertThat(new Digest().add(v).hex()).as("%d", v).isEqualTo(Digest.of(Long.toString(v)));
    }
  }

  @Test
  @DisplayName("a reserve request's digest, computed piece by piece, equals the digest of its fingerprint text")
  void reserveFingerprint() {
    qt().forAll(integers().between(0, Integer.MAX_VALUE), longs().between(1, dev.ecomops.core.Check.MAX_QUANTITY),
        strings().basicLatinAlphabet().ofLengthBetween(1, 30), booleans().all())
        .checkAssert((code, quantity, text, partial) -> {
          ReserveRequest.Builder b = ReserveRequest.builder().sku(Sku.of("S" + text)).quantity(quantity)
              .reference(text.isBlank() ? "r" : text).allowPartial(partial).idempotencyKey(IdempotencyKey.of("k"));
          if (code % 2 == 0) {
            b.location(LocationId.of("L" + code));
          }
          if (code % 3 == 0) {
            b.destinationCountry("US");
          }
          if (code % 5 == 0) {
            b.reservationId(ReservationId.of("R-" + code));
          }
          b.timeToLive(code % 7 == 0 ? Optional.of(Duration.ofSeconds(code % 100_000 + 1)) : Optional.empty());
          ReserveRequest r = b.build();
          assertThat(r.fingerprintDigest()).isEqualTo(Digest.of(r.fingerprint()));
        });
  }
}
