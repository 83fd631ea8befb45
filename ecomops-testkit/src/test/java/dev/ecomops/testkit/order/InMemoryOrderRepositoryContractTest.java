package dev.ecomops.testkit.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.memory.InMemoryOrderRepository;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.spi.OrderRepository;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryOrderRepository keeps the OrderRepository contract")
class InMemoryOrderRepositoryContractTest extends OrderRepositoryContract {
  @Override
  protected OrderRepository newRepository() {
    return InMemoryOrderRepository.create();
  }

  @Test
  @DisplayName("a replace whose new version is not one more than the expected one is refused")
  void replace_versionMustFollow() {
    OrderRepository r = newRepository();
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    r.insert(order("o1", "c1", 1, t, LineStatus.PLACED));
    assertThat(r.replace(order("o1", "c1", 5, t, LineStatus.ALLOCATED), 1)).isFalse();
    assertThat(r.find(OrderId.of("o1")).orElseThrow().version()).isEqualTo(1);
  }
}
