package dev.ecomops.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hash index")
class HashIndexTest {

  @Test
  @DisplayName("keys that differ only in the last four bits of a numeric suffix of one length share a segment and a block of sixteen neighbouring slots")
  void numberedKeysShareBlocks() {
    // the suffix's digit count is part of the hash (7 and 07 are different keys), so a run of
    // sixteen that crosses a power of ten (0..15, 96..111) is two runs: the property is per length
    qt().forAll(strings().betweenCodePoints('A', 'z').ofLengthBetween(0, 30), longs().between(0, 99_999_999_999_999L))
        .assuming((prefix, v) -> Long.toString(v - v % 16).length() == Long.toString(v - v % 16 + 15).length())
        .checkAssert((prefix, v) -> {
          long base = v - v % 16;
          int first = HashIndex.hash(prefix + "-" + base);
          for (int j = 0; j < 16; j++) {
            int h = HashIndex.hash(prefix + "-" + (base + j));
            assertThat(HashIndex.segment(h)).isEqualTo(HashIndex.segment(first));
            assertThat(h & -16).isEqualTo(first & -16);
            assertThat(h & 15).isEqualTo(j);
          }
        });
  }

  @Test
  @DisplayName("a key without a numeric suffix is spread whole")
  void otherKeysSpread() {
    qt().forAll(strings().betweenCodePoints('A', 'z').ofLengthBetween(1, 30)).checkAssert(key ->
        assertThat(HashIndex.hash(key)).isEqualTo(HashIndex.spread(key.hashCode())));
  }

  @Test
  @DisplayName("rows added far past the first size are all found, and a missing key is not")
  void findsWhatWasAdded() {
    String[] keys = new String[50_000];
    HashIndex index = new HashIndex(0);
    HashIndex.Rows rows = (row, key) -> keys[row].equals(key);
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (i % 2 == 0 ? "client-" : "other-") + i;
      assertThat(index.find(HashIndex.hash(keys[i]), keys[i], rows)).isEqualTo(-1);
      index.add(HashIndex.hash(keys[i]), i);
    }
    for (int i = 0; i < keys.length; i++) {
      assertThat(index.find(HashIndex.hash(keys[i]), keys[i], rows)).isEqualTo(i);
    }
    assertThat(index.find(HashIndex.hash("client-1"), "client-1", rows)).isEqualTo(-1);
  }
}
