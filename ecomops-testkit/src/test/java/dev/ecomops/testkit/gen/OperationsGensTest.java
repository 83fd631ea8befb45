package dev.ecomops.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.packing.Carton;
import dev.ecomops.fulfillment.packing.Cartonizer;
import dev.ecomops.fulfillment.packing.PackingObjective;
import dev.ecomops.fulfillment.routing.PickerRouter;
import dev.ecomops.kpi.KpiEngine;
import dev.ecomops.kpi.KpiSettings;
import dev.ecomops.kpi.io.FactJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Operations generators")
class OperationsGensTest {

  @Test
  @DisplayName("valid generators make values the domain accepts and uses: locations, positions, receipts, layouts, cartons, demand, facts")
  void valid() {
    qt().withExamples(100).forAll(OperationsGens.locations()).checkAssert(l -> assertThat(l.country()).isEqualTo("US"));
    qt().withExamples(100).forAll(OperationsGens.stockPositions()).checkAssert(p -> assertThat(p.onHand()).isNotNegative());
    qt().withExamples(100).forAll(OperationsGens.receipts()).checkAssert(r -> assertThat(r.quantity()).isPositive());
    // every pick position lies in its layout, and a route visits all of them
    qt().withExamples(100).forAll(OperationsGens.pickLists()).checkAssert(lp -> {
      lp.picks().forEach(lp.layout()::check);
      assertThat(PickerRouter.sShape().route(lp.layout(), lp.picks()).visits()).containsAll(lp.picks());
    });
    // every generated item packs into the generated catalog
    qt().withExamples(60).forAll(OperationsGens.cartonsAndItems()).checkAssert(ci -> assertThat(Cartonizer.withDivisor(5000)
        .pack(ci.items(), ci.cartons(), PackingObjective.COUNT).unpacked()).isEmpty());
    qt().withExamples(60).forAll(OperationsGens.promotedDemand(52, 52)).checkAssert(d -> {
      assertThat(d.demand()).hasSize(52);
      assertThat(d.promoted()).contains(true);
    });
    qt().withExamples(40).forAll(OperationsGens.factStreams()).checkAssert(facts -> {
      KpiEngine e = KpiEngine.create(KpiSettings.defaults());
      e.acceptAll(facts);
      assertThat(e.factCount()).isEqualTo(facts.size());
      facts.forEach(f -> assertThat(FactJson.parse(FactJson.write(f))).isEqualTo(f));
    });
    qt().withExamples(30).forAll(RateTables.tables()).checkAssert(t -> assertThat(t.zones()).isBetween(2, 8));
  }

  @Test
  @DisplayName("invalid generators make values the domain refuses, naming the field")
  void invalid() {
    qt().withExamples(100).forAll(OperationsGens.invalidFactLines()).checkAssert(line ->
        assertThatThrownBy(() -> FactJson.parse(line)).isInstanceOf(FactJson.FieldException.class));
    qt().withExamples(100).forAll(OperationsGens.invalidSkuCodes()).checkAssert(code ->
        assertThatThrownBy(() -> Sku.of(code)).isInstanceOf(ValidationException.class).hasMessageContaining("sku"));
    qt().withExamples(100).forAll(OperationsGens.invalidLengths()).checkAssert(len ->
        assertThatThrownBy(() -> new Carton("X", len, 10, 10, 5, 1)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("length"));
  }
}
