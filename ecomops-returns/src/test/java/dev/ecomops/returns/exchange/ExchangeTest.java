package dev.ecomops.returns.exchange;

import static dev.ecomops.returns.Orders.delivered;
import static dev.ecomops.returns.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.returns.memory.InMemoryRefundLedger;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.policy.LineDecision.Outcome;
import dev.ecomops.returns.service.ReturnService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Exchanges")
class ExchangeTest {
  static final LocationId DC = LocationId.of("DC");

  @Test
  @DisplayName("even, customer-pays and refund-back differences; stock is held at approval or at receipt, once")
  void exchanges() {
    Money paid = Money.of("20.00", "USD");
    assertThat(new Exchange(RmaId.of("R"), Sku.of("TEE-L"), 1, paid, Money.of("20.00", "USD")).even()).isTrue();
    assertThat(new Exchange(RmaId.of("R"), Sku.of("HOODIE"), 1, paid, Money.of("35.00", "USD")).difference())
        .isEqualTo(Money.of("15.00", "USD"));
    assertThat(new Exchange(RmaId.of("R"), Sku.of("SOCKS"), 1, paid, Money.of("6.50", "USD")).difference())
        .isEqualTo(Money.of("-13.50", "USD"));

    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(Sku.of("TEE")).name("tee").build())
        .add(Product.builder().sku(Sku.of("TEE-L")).name("tee large").build());
    StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).build();
    keeper.receive(Receipt.builder().sku(Sku.of("TEE-L")).location(DC).quantity(5).idempotencyKey(IdempotencyKey.of("in"))
        .build());
    ReturnService returns = new ReturnService(new InMemoryReturnRepository(), new InMemoryRefundLedger(), keeper,
        (k, o, a, c) -> k,
        InMemoryEventLog.create(), Clock.systemUTC());
    var order = delivered(line("1", "TEE", 1, "20.00", "0.00", "0.00"));
    returns.open(RmaId.of("R"), order, List.of(new LineDecision("1", 1, Outcome.APPROVED, "approved", "", Money.of("0.00", "USD"),
        false, true, false)), DC);
    Exchange swap = new Exchange(RmaId.of("R"), Sku.of("TEE-L"), 1, paid, paid);
    assertThat(swap.holdIfDue(returns.approve(RmaId.of("R")), Exchange.Timing.ON_RECEIPT, keeper, Optional.of(DC))).isEmpty();
    assertThat(swap.holdIfDue(returns.approve(RmaId.of("R")), Exchange.Timing.ON_APPROVAL, keeper, Optional.of(DC))).isPresent();
    var received = returns.receive(RmaId.of("R"), "P", Map.of("1", 1L));
    swap.holdIfDue(received, Exchange.Timing.ON_RECEIPT, keeper, Optional.of(DC));
    assertThat(keeper.balance(StockKey.of(Sku.of("TEE-L"), DC)).reserved()).as("held once").isEqualTo(1);
  }
}
