package dev.ecomops.shipping.memory;

import dev.ecomops.shipping.spi.Notifier;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A {@link Notifier} that keeps what it was asked to send, in order, for tests and demos. Thread safe. */
public final class InMemoryNotifier implements Notifier {
  private final ConcurrentLinkedQueue<Notification> sent = new ConcurrentLinkedQueue<>();

  @Override
  public void send(Notification notification) {
    sent.add(java.util.Objects.requireNonNull(notification, "notification"));
  }

  /** Everything sent so far, in the order it was sent. */
  public List<Notification> sent() {
    return List.copyOf(sent);
  }
}
