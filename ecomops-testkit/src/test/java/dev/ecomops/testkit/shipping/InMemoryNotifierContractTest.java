package dev.ecomops.testkit.shipping;

import dev.ecomops.shipping.memory.InMemoryNotifier;
import dev.ecomops.shipping.spi.Notifier;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

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
}
