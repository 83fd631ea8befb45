package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.shipping.spi.Notifier;
import dev.ecomops.shipping.spi.Notifier.Kind;
import dev.ecomops.shipping.spi.Notifier.Notification;
import dev.ecomops.testkit.Concurrently;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Notifier}: extend with a factory of notifiers and a way to read back
 * what reached the customer (a sandbox inbox). Each test traces to the SPI's javadoc: what is
 * sent arrives once, and sending is thread safe (nothing lost from many threads).
 */
public abstract class NotifierContract {

  /** A new notifier, delivering to the inbox {@link #delivered()} reads. */
  protected abstract Notifier newNotifier();

  /** What the notifier made last has delivered so far. */
  protected abstract List<Notification> delivered();

  static Notification note(int i, Kind kind) {
    return new Notification(OrderId.of("O" + i), "TRK" + i, kind, Instant.EPOCH.plusSeconds(i));
  }

  @Test
  @DisplayName("every kind sent arrives once, unchanged")
  void sends() {
    Notifier n = newNotifier();
    for (Kind k : Kind.values()) {
      n.send(note(k.ordinal(), k));
    }
    assertThat(delivered()).containsExactlyInAnyOrder(java.util.Arrays.stream(Kind.values()).map(k -> note(k.ordinal(), k))
        .toArray(Notification[]::new));
  }

  @Test
  @DisplayName("8 threads sending 200 each at once: all 1,600 arrive")
  void concurrent() throws Exception {
    Notifier n = newNotifier();
    Concurrently.run(8, t -> {
      for (int i = 0; i < 200; i++) {
        n.send(note(t * 1000 + i, Kind.SHIPPED));
      }
      return null;
    });
    assertThat(delivered()).hasSize(1_600).doesNotHaveDuplicates();
  }
}
