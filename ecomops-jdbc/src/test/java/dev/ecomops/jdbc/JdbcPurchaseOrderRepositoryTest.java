package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import dev.ecomops.testkit.supply.PurchaseOrderRepositoryContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcPurchaseOrderRepository on PostgreSQL: the PurchaseOrderRepository contract")
class JdbcPurchaseOrderRepositoryTest extends PurchaseOrderRepositoryContract {
  private String schema;

  @Override
  protected PurchaseOrderRepository newRepository() {
    schema = Pg.freshSchema();
    return JdbcPurchaseOrderRepository.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    PurchaseOrderRepository first = newRepository();
    var po = po("PO-1", "ACME", 1, 0);
    var held = unexpected("U-1", 1, false);
    assertThat(first.save(po, 0)).isTrue();
    assertThat(first.saveUnexpected(held, 0)).isTrue();
    PurchaseOrderRepository restarted = JdbcPurchaseOrderRepository.create(Pg.dataSource(), schema);
    assertThat(restarted.find(PurchaseOrderId.of("PO-1"))).contains(po);
    assertThat(restarted.bySupplier("ACME")).containsExactly(po);
    assertThat(restarted.heldUnexpected()).containsExactly(held);
  }
}
