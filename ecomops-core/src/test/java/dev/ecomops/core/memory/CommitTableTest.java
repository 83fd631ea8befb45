package dev.ecomops.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.ecomops.core.inventory.StockKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Commit table")
class CommitTableTest {
  private final KeyRegistry keys = new KeyRegistry();
  private final KeyState tee = keys.state(StockKey.of("TEE", "DC1"));
  private final KeyState mug = keys.state(StockKey.of("MUG", "DC1"));

  /** A record decoded from {@code code}: the common shape, or one of the shapes kept whole. */
  private StoredCommit record(int code) {
    return switch (Math.floorMod(code, 4)) {
      case 0 -> new StoredCommit(Long.toHexString(code * 7919L + 1), new KeyState[] {tee}, new int[] {code, 1},
          new Object[] {"R-" + code});
      case 1 -> new StoredCommit(Long.toHexString(code * 7919L + 1), new KeyState[] {mug}, new int[] {code, 2},
          new Object[0]);
      case 2 -> new StoredCommit("not hex " + code, new KeyState[] {tee}, new int[] {code, 1}, new Object[0]);
      default -> new StoredCommit(Long.toHexString(code + 1L), new KeyState[] {mug, tee}, new int[] {0, 1, code, 1},
          new Object[] {"R-a", "R-b"});
    };
  }

  private static void assertSame(StoredCommit actual, StoredCommit expected) {
    assertThat(actual.fingerprint()).isEqualTo(expected.fingerprint());
    assertThat(actual.states()).containsExactly(expected.states());
    assertThat(actual.ranges()).containsExactly(expected.ranges());
    assertThat(actual.reservations()).containsExactly(expected.reservations());
  }

  @Test
  @DisplayName("every stored record reads back under its key, whatever the key's text (any chars, 1 to 200 long)")
  void readsBack() {
    qt().withExamples(30)
        .forAll(lists().of(strings().allPossible().ofLengthBetween(1, 200)).ofSizeBetween(1, 400), integers().all())
        .checkAssert((texts, salt) -> {
          CommitTable t = new CommitTable(keys, 0);
          Map<String, StoredCommit> model = new HashMap<>();
          for (int i = 0; i < texts.size(); i++) {
            String key = texts.get(i);
            if (model.containsKey(key)) {
              continue;
            }
            CommitTable.Pending mine = new CommitTable.Pending();
            assertThat(t.claim(key, mine)).isNull();
            StoredCommit r = record(salt + i);
            t.store(key, mine, r);
            model.put(key, r);
          }
          model.forEach((key, r) -> {
            assertSame(t.get(key), r);
            Object again = t.claim(key, new CommitTable.Pending());
            assertThat(again).isInstanceOf(StoredCommit.class);
            assertSame((StoredCommit) again, r);
          });
          assertThat(t.get("never stored \u0000")).isNull();
        });
  }

  @Test
  @DisplayName("a hundred thousand keys of 200 chars cross many text chunks and all read back")
  void longKeys() {
    CommitTable t = new CommitTable(keys, 0);
    char[] pad = new char[190];
    Arrays.fill(pad, 'é');
    for (int i = 0; i < 100_000; i++) {
      String key = new String(pad) + i;
      CommitTable.Pending mine = new CommitTable.Pending();
      t.claim(key, mine);
      t.store(key, mine, record(4 * i));
    }
    for (int i = 0; i < 100_000; i += 1009) {
      assertSame(t.get(new String(pad) + i), record(4 * i));
    }
    // a key differing only in its last char is another key
    assertThat(t.get(new String(pad) + "x")).isNull();
  }

  @Test
  @DisplayName("keys numbered in sequence, the same numbers zero-padded, and bare numbers: 300,000 keys sharing hash blocks, all apart")
  void numberedKeys() {
    CommitTable t = new CommitTable(keys, 0);
    List<String> shapes = List.of("order-%d", "order-0%d", "%d");
    for (int i = 0; i < 100_000; i++) {
      for (int s = 0; s < shapes.size(); s++) {
        String key = String.format(shapes.get(s), i);
        CommitTable.Pending mine = new CommitTable.Pending();
        assertThat(t.claim(key, mine)).as(key).isNull();
        t.store(key, mine, record(4 * (3 * i + s)));
      }
    }
    for (int i = 0; i < 100_000; i += 13) {
      for (int s = 0; s < shapes.size(); s++) {
        assertSame(t.get(String.format(shapes.get(s), i)), record(4 * (3 * i + s)));
      }
    }
    assertThat(t.get("order-100000")).isNull();
    assertThat(t.get("order-000")).isNull();
  }

  @Test
  @DisplayName("keys whose String hashes are equal (\"AaAa\", \"BBBB\", ...) stay apart: the text decides")
  void hashCollisions() {
    CommitTable t = new CommitTable(keys, 0);
    List<String> same = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    assertThat(same).extracting(String::hashCode).containsOnly("AaAa".hashCode());
    CommitTable.Pending mine = new CommitTable.Pending();
    t.claim("AaAa", mine);
    t.store("AaAa", mine, record(0));
    assertThat(t.get("BBBB")).isNull();
    assertThat(t.get("AaBB")).isNull();
    for (int i = 1; i < same.size(); i++) {
      CommitTable.Pending p = new CommitTable.Pending();
      assertThat(t.claim(same.get(i), p)).isNull();
      t.store(same.get(i), p, record(4 * i));
    }
    for (int i = 0; i < same.size(); i++) {
      assertSame(t.get(same.get(i)), record(4 * i));
    }
  }

  @Test
  @DisplayName("a fingerprint is kept as a long exactly when Long.toHexString prints it back unchanged")
  void hexDigests() {
    qt().forAll(org.quicktheories.generators.SourceDSL.longs().all()).checkAssert(v -> {
      if (v != 0) {
        assertThat(CommitTable.hexDigest(Long.toHexString(v))).isEqualTo(v);
      }
    });
    assertThat(CommitTable.hexDigest("ffffffffffffffff")).isEqualTo(-1L);
    for (String notCanonical : List.of("", "0", "0f", "F", "1g", "1ffffffffffffffff", "-1", " 1")) {
      assertThat(CommitTable.hexDigest(notCanonical)).as(notCanonical).isZero();
    }
  }

  @Test
  @DisplayName("a key is claimed by one commit at a time; a second claim sees the first, an abandoned claim frees the key")
  void claims() {
    CommitTable t = new CommitTable(keys, 0);
    CommitTable.Pending first = new CommitTable.Pending();
    CommitTable.Pending second = new CommitTable.Pending();
    assertThat(t.claim("k", first)).isNull();
    assertThat(t.claim("k", second)).isSameAs(first);
    assertThat(t.get("k")).isNull();
    t.abandon(first);
    assertThat(t.claim("k", second)).isNull();
    t.store("k", second, record(0));
    assertThat(t.claim("k", first)).isInstanceOf(StoredCommit.class);
  }

  @Test
  @DisplayName("threads claiming overlapping keys at once: each key is stored exactly once")
  void concurrentClaims() throws Exception {
    CommitTable t = new CommitTable(keys, 0);
    int threads = 4;
    int perThread = 20_000;
    AtomicInteger stored = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int th = 0; th < threads; th++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            String key = "key-" + i; // every thread walks the same keys
            CommitTable.Pending mine = new CommitTable.Pending();
            Object prior;
            while ((prior = t.claim(key, mine)) != null) {
              if (prior instanceof StoredCommit) {
                break;
              }
              ((CommitTable.Pending) prior).await();
            }
            if (prior == null) {
              t.store(key, mine, record(4 * i));
              mine.done = true;
              stored.incrementAndGet();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(stored.get()).isEqualTo(perThread);
    for (int i = 0; i < perThread; i += 101) {
      assertSame(t.get("key-" + i), record(4 * i));
    }
  }
}
