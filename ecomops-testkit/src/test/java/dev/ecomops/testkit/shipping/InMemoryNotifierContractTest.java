package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.shipping.memory.InMemoryNotifier;
import dev.ecomops.shipping.spi.Notifier;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryNotifier meets the Notifier contract")
class InMemoryNotifierContractTest extends NotifierContract {
  InMemoryNotifier notifier;

  @Override
  protected Notifier newNotifier() {
    notifier = new InMemoryNotifier();
    return notifier;
  }

  @Override
  protected List<Notifier.Notification> delivered() {
    return notifier.sent();
  }

  @Test
  @DisplayName("what sent() returns is a snapshot in sending order; a null notification is refused and adds nothing")
  void snapshot() {
    InMemoryNotifier n = new InMemoryNotifier();
    n.send(note(1, Notifier.Kind.SHIPPED));
    List<Notifier.Notification> before = n.sent();
    n.send(note(2, Notifier.Kind.DELIVERED));
    assertThat(before).containsExactly(note(1, Notifier.Kind.SHIPPED));
    assertThat(n.sent()).containsExactly(note(1, Notifier.Kind.SHIPPED), note(2, Notifier.Kind.DELIVERED));
    assertThatThrownBy(() -> n.send(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("notification");
    assertThat(n.sent()).hasSize(2);
  }
}
