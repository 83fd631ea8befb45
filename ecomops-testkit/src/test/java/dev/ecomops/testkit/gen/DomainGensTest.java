package dev.ecomops.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Domain generators")
class DomainGensTest {

  @Test
  @DisplayName("valid generators make values that pass validation and keep their ranges")
  void valid() {
    qt().withExamples(300).forAll(DomainGens.addresses()).checkAssert(a -> assertThat(a.postalCode()).isPresent());
    qt().withExamples(300).forAll(DomainGens.products()).checkAssert(p -> assertThat(p.sku().value()).startsWith("SKU-"));
    qt().withExamples(200).forAll(DomainGens.orders()).checkAssert(o -> {
      assertThat(o.lines()).hasSizeBetween(1, 5);
      assertThat(o.total().isNegative()).isFalse();
    });
    qt().withExamples(300).forAll(DomainGens.quantities()).checkAssert(q -> assertThat(q).isBetween(1L, 50L));
    qt().withExamples(100).forAll(DomainGens.demandSeries(60, 12, true)).checkAssert(y -> {
      assertThat(y).hasSize(60);
      for (double v : y) {
        assertThat(v).isGreaterThanOrEqualTo(0);
      }
    });
    qt().withExamples(100).forAll(DomainGens.money("EUR")).checkAssert(m -> assertThat(m.isNegative()).isFalse());
  }

  @Test
  @DisplayName("invalid generators make values the domain refuses")
  void invalid() {
    qt().withExamples(200).forAll(DomainGens.invalidQuantities()).checkAssert(q -> assertThatThrownBy(
        () -> OrderLine.builder().lineId("1").sku(Sku.of("A")).quantity(q).unitPrice(Money.of("1.00", "USD")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("quantity"));
    qt().withExamples(200).forAll(DomainGens.invalidUsPostalCodes()).checkAssert(p -> assertThatThrownBy(
        () -> Address.builder().line1("1 Main St").city("Town").postalCode(p).country("US").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("postalCode"));
  }
}
