package dev.ecomops.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.spi.IdGenerator;
import dev.ecomops.testkit.Concurrently;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link IdGenerator}: extend with a factory. Ids start with their prefix, are 1
 * to 100 characters, and never repeat, also when many threads ask at once.
 */
public abstract class IdGeneratorContract {

  /** A new generator. */
  protected abstract IdGenerator newGenerator();

  @Test
  @DisplayName("ids start with their prefix and are at most 100 characters")
  void nextId_prefixAndLength() {
    IdGenerator g = newGenerator();
    for (String prefix : List.of("R", "T", "C")) {
      String id = g.nextId(prefix);
      assertThat(id).startsWith(prefix).hasSizeBetween(1, 100);
    }
  }

  @Test
  @DisplayName("no id repeats, even from 4 threads at once")
  void nextId_uniqueUnderConcurrency() throws Exception {
    IdGenerator g = newGenerator();
    int threads = 4;
    int each = 5_000;
    List<List<String>> perThread = Concurrently.run(threads, id -> {
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        mine.add(g.nextId("R"));
      }
      return mine;
    });
    Set<String> seen = new HashSet<>();
    perThread.forEach(seen::addAll);
    assertThat(seen).hasSize(threads * each);
  }
}
