package dev.ecomops.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reservation table")
class ReservationTableTest {
  private static final StockKey TEE = StockKey.of("TEE", "DC1");
  private static final StockKey MUG = StockKey.of("MUG", "DC1");
  private static final Instant T0 = Instant.parse("2026-11-27T10:15:30.123456789Z");

  private final KeyRegistry keys = new KeyRegistry();
  private final ReservationTable table = new ReservationTable(keys, 0);

  /**
   * A reservation decoded from {@code code}: any status with counts that fit it, with or without
   * an expiry, a plain one or a kit's.
   */
  private static Reservation reservation(String id, int code, long version) {
    long q = Math.floorMod(code, 5) + 1;
    ReservationStatus status = ReservationStatus.values()[Math.floorMod(code / 5, ReservationStatus.values().length)];
    long open = 0;
    long picked = 0;
    long shipped = 0;
    long released = 0;
    long expired = 0;
    switch (status) {
      case ACTIVE -> open = q;
      case CONFIRMED -> picked = q;
      case SHIPPED -> shipped = q;
      case RELEASED -> released = q;
      case EXPIRED -> expired = q;
    }
    boolean kit = Math.floorMod(code / 50, 4) == 0;
    Reservation.Builder b = Reservation.builder().id(ReservationId.of(id)).reference("line-" + code)
        .sku(kit ? dev.ecomops.core.Sku.of("GIFT") : TEE.sku()).location(TEE.location()).quantity(q).open(open)
        .picked(picked).shipped(shipped).released(released).expired(expired).status(status)
        .createdAt(T0.plusNanos(code)).version(version);
    if (kit) {
      b.addLines(new ReservationLine(TEE, 1), new ReservationLine(MUG, 2));
    } else {
      b.addLines(new ReservationLine(TEE, 1));
    }
    if (Math.floorMod(code / 200, 2) == 0) {
      b.expiresAt(T0.plusSeconds(code));
    }
    return b.build();
  }

  /**
   * One of 6,000 ids of four shapes: numbered and dense (found directly), numbered and far apart
   * (mostly hashed), and two kept as text.
   */
  private static String id(int code) {
    int n = Math.floorMod(code, 1500);
    return switch (Math.floorMod(code / 1500, 4)) {
      case 0 -> "R-" + n;
      case 1 -> "R-" + n * 1_000_003L;
      case 2 -> "R-0" + n;
      default -> "order-" + n;
    };
  }

  private int keyIndex(Reservation r) {
    return r.lines().size() == 1 ? keys.state(r.lines().get(0).key()).index : -1;
  }

  @Test
  @DisplayName("every reservation reads back equal to the last one written under its id, whatever its shape, across chunk boundaries; a write against a stale version writes nothing")
  void readsBackLastWrite() {
    qt().withExamples(40).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 3000))
        .checkAssert(codes -> {
          ReservationTable t = new ReservationTable(keys, 0);
          Map<String, Reservation> model = new HashMap<>();
          for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            // ids repeat so that rows are overwritten, with the version one past the last
            String id = id(code);
            long version = model.containsKey(id) ? model.get(id).version() + 1 : 1;
            Reservation r = reservation(id, code, version);
            long stored = model.containsKey(id) ? model.get(id).version() : 0;
            // a write against any other version is refused and writes nothing
            assertThat(t.putIfVersion(reservation(id, code + 1, version + 5), keyIndex(r), stored + 1))
                .isSameAs(ReservationTable.STALE);
            t.putIfVersion(r, keyIndex(r), stored);
            model.put(id, r);
          }
          model.forEach((id, r) -> {
            assertThat(t.get(ReservationId.of(id))).isEqualTo(r);
            assertThat(t.version(ReservationId.of(id))).isEqualTo(r.version());
          });
          assertThat(t.get(ReservationId.of("R-missing"))).isNull();
          assertThat(t.version(ReservationId.of("R-missing"))).isZero();
        });
  }

  @Test
  @DisplayName("a hundred thousand settled reservations, far past one chunk per segment, all read back")
  void manyRows() {
    for (int i = 0; i < 100_000; i++) {
      Reservation r = reservation("R-" + i, 55 + (i % 5), 2); // RELEASED, plain, with expiry
      table.putIfVersion(r, keyIndex(r), 0);
    }
    for (int i = 0; i < 100_000; i += 997) {
      Reservation back = table.get(ReservationId.of("R-" + i));
      assertThat(back).isEqualTo(reservation("R-" + i, 55 + (i % 5), 2));
      assertThat(back.status()).isEqualTo(ReservationStatus.RELEASED);
    }
  }

  @Test
  @DisplayName("a numbered id hashed while its number was beyond the direct index is still found once the direct index grows past it")
  void numberedIdHashedThenCovered() {
    // ids that are multiples of the segment count share one segment; 1,024 of them fill its first direct chunk
    long far = 64L * 1024;
    Reservation early = reservation("R-" + far, 55, 2);
    table.putIfVersion(early, keyIndex(early), 0);
    for (long k = 0; k < 1024; k++) {
      Reservation r = reservation("R-" + 64 * k, 56, 2);
      table.putIfVersion(r, keyIndex(r), 0);
    }
    Reservation next = reservation("R-" + (far + 64), 57, 2);
    table.putIfVersion(next, keyIndex(next), 0);
    assertThat(table.directSlots()).isEqualTo(2 * 1024);
    assertThat(table.get(ReservationId.of("R-" + far))).isEqualTo(early);
    assertThat(table.version(ReservationId.of("R-" + far))).isEqualTo(2);
    assertThat(table.get(ReservationId.of("R-" + (far + 64)))).isEqualTo(next);
    assertThat(table.get(ReservationId.of("R-" + (far + 128)))).isNull();
    // a second write of the hashed one finds it, and does not add it again
    assertThat(table.putIfVersion(reservation("R-" + far, 58, 3), keyIndex(early), 1)).isSameAs(ReservationTable.STALE);
    table.putIfVersion(reservation("R-" + far, 58, 3), keyIndex(early), 2);
    assertThat(table.get(ReservationId.of("R-" + far))).isEqualTo(reservation("R-" + far, 58, 3));
  }

  @Test
  @DisplayName("numbered ids far apart do not grow the direct index: they go to the hash index")
  void sparseNumbersAreHashed() {
    for (long k = 1; k <= 2000; k++) {
      Reservation r = reservation("R-" + k * 1_000_000_007L, 55, 2);
      table.putIfVersion(r, keyIndex(r), 0);
    }
    // the smallest is a billion, past the first direct chunk of any segment: none is made
    assertThat(table.directSlots()).isZero();
    for (long k = 1; k <= 2000; k += 37) {
      assertThat(table.get(ReservationId.of("R-" + k * 1_000_000_007L))).isEqualTo(reservation("R-" + k * 1_000_000_007L, 55, 2));
    }
    assertThat(table.get(ReservationId.of("R-3"))).isNull();
  }

  @Test
  @DisplayName("ids whose String hashes are equal stay apart")
  void hashCollisions() {
    Reservation a = reservation("AaAa", 55, 2);
    Reservation b = reservation("BBBB", 62, 2);
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode());
    table.putIfVersion(a, keyIndex(a), 0);
    assertThat(table.get(ReservationId.of("BBBB"))).isNull();
    table.putIfVersion(b, keyIndex(b), 0);
    assertThat(table.get(ReservationId.of("AaAa"))).isEqualTo(a);
    assertThat(table.get(ReservationId.of("BBBB"))).isEqualTo(b);
  }

  @Test
  @DisplayName("a write reports when the replaced reservation was due only if it was active with an expiry")
  void putReportsDue() {
    Reservation active = reservation("R-1", 50, 1); // ACTIVE, plain, with expiry
    assertThat(active.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(table.putIfVersion(active, keyIndex(active), 0)).isNull();
    Reservation released = Reservation.builder().id(active.id()).reference(active.reference()).sku(active.sku())
        .location(active.location()).quantity(active.quantity()).open(0).picked(0).shipped(0)
        .released(active.quantity()).expired(0).addAllLines(active.lines()).status(ReservationStatus.RELEASED)
        .createdAt(active.createdAt()).expiresAt(active.expiresAt()).version(2).build();
    assertThat(table.putIfVersion(released, keyIndex(released), 1)).isEqualTo(active.expiresAt().orElseThrow());
    // the settled row is not active, so replacing it reports nothing
    Reservation again = reservation("R-1", 55, 3);
    assertThat(again.status()).isEqualTo(ReservationStatus.RELEASED);
    assertThat(table.putIfVersion(again, keyIndex(again), 2)).isNull();
  }

  @Test
  @DisplayName("created() gives the reservation as first written: everything open, version 1")
  void created() {
    Reservation settled = reservation("R-7", 62, 3); // EXPIRED, plain, quantity 3
    table.putIfVersion(settled, keyIndex(settled), 0);
    Reservation first = table.created(ReservationId.of("R-7"));
    assertThat(first.status()).isEqualTo(ReservationStatus.ACTIVE);
    assertThat(first.open()).isEqualTo(settled.quantity());
    assertThat(first.expired()).isZero();
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.expiresAt()).isEqualTo(settled.expiresAt());
    assertThat(first.lines()).isEqualTo(List.of(new ReservationLine(TEE, 1)));
    assertThat(table.created(ReservationId.of("R-none"))).isNull();
    assertThat(Optional.ofNullable(table.get(ReservationId.of("R-7")))).contains(settled);
  }
}
