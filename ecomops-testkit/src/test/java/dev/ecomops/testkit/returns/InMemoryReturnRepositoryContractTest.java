package dev.ecomops.testkit.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryReturnRepository meets the ReturnRepository contract")
class InMemoryReturnRepositoryContractTest extends ReturnRepositoryContract {
  @Override
  protected ReturnRepository newRepository() {
    return new InMemoryReturnRepository();
  }

  @Test
  @DisplayName("an order's RMAs are listed by id, whatever order they were saved in")
  void byOrder_sortedById() {
    ReturnRepository r = newRepository();
    r.save(rma("R3", "1001", 1, 0), 0);
    r.save(rma("R1", "1001", 1, 0), 0);
    r.save(rma("R2", "1001", 1, 0), 0);
    assertThat(r.byOrder(OrderId.of("1001"))).extracting(r2 -> r2.id().value()).containsExactly("R1", "R2", "R3");
  }
}
